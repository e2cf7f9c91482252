/** The package version (inlined at build time; read from package.json when run from source). */
import pkg from '../../package.json';

declare const __PN_VERSION__: string | undefined;

export function version(): string {
  return typeof __PN_VERSION__ === 'string' ? __PN_VERSION__ : pkg.version;
}
