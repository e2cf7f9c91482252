/**
 * Ajv, its 2020-12 flavour and ajv-formats, loaded on first use (a schema or a
 * `.policynotes.json` validated): their module code is a third of the extension's bundle,
 * and running it at load made every window's activation slower, though most windows
 * validate nothing until a note is linted.
 */
import type AjvClass from 'ajv';
import type Ajv2020Class from 'ajv/dist/2020';
import type addFormatsFn from 'ajv-formats';

export interface AjvModules {
  Ajv: typeof AjvClass;
  Ajv2020: typeof Ajv2020Class;
  addFormats: typeof addFormatsFn;
}

let loaded: AjvModules | undefined;

export function ajvModules(): AjvModules {
  if (!loaded) {
    /* eslint-disable @typescript-eslint/no-require-imports -- a lazy require is the point; the bundler keeps it lazy */
    const ajv = require('ajv') as typeof import('ajv');
    const ajv2020 = require('ajv/dist/2020') as typeof import('ajv/dist/2020');
    const formats = require('ajv-formats') as typeof import('ajv-formats');
    /* eslint-enable @typescript-eslint/no-require-imports */
    loaded = { Ajv: ajv.default, Ajv2020: ajv2020.default, addFormats: formats.default };
  }
  return loaded;
}
