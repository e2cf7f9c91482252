/** The trusted suite runs in English: every word the user reads is English. */
import { ENGLISH, languageSuite } from './l10n';

languageSuite(ENGLISH);
