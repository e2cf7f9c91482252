/**
 * Messages between the summary report webview and the extension, and a hand-written
 * validator for the ones the webview sends.
 *
 * The webview renders article text, so whatever it posts is treated like input from an
 * untrusted page (docs/design.md, case H25): a message is accepted only if it is a plain
 * object whose `type` is one of four known values and whose fields have the expected
 * types and bounded sizes. Anything else (`null`, arrays, unknown types, `command:` URIs
 * smuggled into fields, a 10 MB string) yields `null` and is ignored by the host. The
 * validator never throws and copies only the fields it checked, so extra properties
 * (`__proto__`, getters) never reach the handler.
 *
 * Validation is about shape only: whether a `reveal` names a file the index knows is
 * decided by the host, which alone knows the index.
 */

import { isConfidence, type Confidence } from '../summary';

/** Export formats, named as the CLI's `--format` values. */
export type ExportFormat = 'md' | 'csv' | 'json';

/** The webview finished loading and wants the data. */
export interface ReadyMessage {
  type: 'ready';
}

/** Show a place of an indexed article in an editor. */
export interface RevealMessage {
  type: 'reveal';
  /** The article's URI string, exactly as the index keys it. */
  file: string;
  /** Offsets into the article's text (0-based, UTF-16, end exclusive). */
  start: number;
  end: number;
}

/** Save the summary in one of the CLI's formats. */
export interface ExportMessage {
  type: 'export';
  format: ExportFormat;
}

/** Show programs at this confidence level or stronger (the CLI's `--min-confidence`). */
export interface ConfidenceMessage {
  type: 'confidence';
  level: Confidence;
}

/** Every message the webview may send. */
export type WebviewMessage = ReadyMessage | RevealMessage | ExportMessage | ConfidenceMessage;

/** Longest URI a reveal may carry: real paths are far shorter, and a cap keeps lookups cheap. */
export const MAX_URI_LENGTH = 2048;

/** Largest offset a reveal may carry (the index skips files over 5 MB anyway). */
export const MAX_OFFSET = 64 * 1024 * 1024;

const FORMATS: readonly string[] = ['md', 'csv', 'json'];

function isOffset(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_OFFSET;
}

/** Reads an own data property without invoking getters or walking the prototype chain. */
function own(o: object, key: string): unknown {
  const d = Object.getOwnPropertyDescriptor(o, key);
  return d && 'value' in d ? d.value : undefined;
}

/**
 * The message as a typed value, or null when it is not exactly one of the known shapes.
 *
 * @example
 * parseWebviewMessage({ type: 'export', format: 'csv' }); // { type: 'export', format: 'csv' }
 * parseWebviewMessage({ type: 'open', uri: 'file:///etc/passwd' }); // null
 */
export function parseWebviewMessage(raw: unknown): WebviewMessage | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const type = own(raw, 'type');
  switch (type) {
    case 'ready':
      return { type };
    case 'export': {
      const format = own(raw, 'format');
      return typeof format === 'string' && FORMATS.includes(format) ? { type, format: format as ExportFormat } : null;
    }
    case 'confidence': {
      const level = own(raw, 'level');
      return isConfidence(level) ? { type, level } : null;
    }
    case 'reveal': {
      const file = own(raw, 'file');
      const start = own(raw, 'start');
      const end = own(raw, 'end');
      if (typeof file !== 'string' || file.length === 0 || file.length > MAX_URI_LENGTH) return null;
      if (!isOffset(start) || !isOffset(end) || end < start) return null;
      return { type, file, start, end };
    }
    default:
      return null;
  }
}
