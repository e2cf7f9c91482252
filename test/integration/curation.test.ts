/** The curation commands in a trusted workspace. */
import { describeCuration } from './curation';

describeCuration('trusted workspace');
