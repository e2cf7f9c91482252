/**
 * The curation commands in Restricted Mode: `.policynotes.json` is data the extension reads
 * there too, and editing it on the user's explicit command is allowed.
 */
import { describeCuration } from './curation';

describeCuration('Restricted Mode');
