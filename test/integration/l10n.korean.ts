/** Run by the Korean suite (display language `ko`): every word the user reads is Korean. */
import { KOREAN, languageSuite } from './l10n';

languageSuite(KOREAN);
