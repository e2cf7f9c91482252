/** Test index for a trusted workspace with the display language set to Korean. */
import { runSuites } from './runner';

export function run(): Promise<void> {
  return runSuites(/\.korean\.js$/, 'korean-display-language');
}
