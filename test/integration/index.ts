/** Test index for a trusted workspace: every `*.test.js` suite. */
import { runSuites } from './runner';

export function run(): Promise<void> {
  return runSuites(/\.test\.js$/, 'trusted-workspace');
}
