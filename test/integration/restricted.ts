/** Test index for Restricted Mode (an untrusted workspace): every `*.restricted.js` suite. */
import { runSuites } from './runner';

export function run(): Promise<void> {
  return runSuites(/\.restricted\.js$/, 'restricted-mode');
}
