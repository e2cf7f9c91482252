/**
 * Bytes → text for the CLI and the workspace index. VS Code decodes open documents itself;
 * files read from disk come through here so that both sides see the same text.
 */
import { t } from '../l10n';

/** The outcome of decoding: text, or the reason there is none. */
export type Decoded = { ok: true; text: string } | { ok: false; rule: 'binary-file' | 'encoding'; message: string };

/** The one message of a file over the size limit (the limits count bytes, as on disk). */
export function tooLargeMessage(size: number, limit: number): string {
  return t('File too large ({0} bytes), expected at most {1}: skipped.', size, limit);
}

export function notAFileMessage(): string {
  return t('Not a regular file (a device, pipe or folder): skipped.');
}

export function readErrorMessage(e: unknown): string {
  return t('Cannot read the file: {0}', e instanceof Error ? e.message : String(e));
}

/** A text that an editor opened although it is binary (a NUL in its first 8 KB, as `decodeBytes` tells bytes): the same finding. */
export function binaryText(text: string): Extract<Decoded, { ok: false }> | null {
  return text.slice(0, 8192).includes('\0') ? ({ ok: false, rule: 'binary-file', message: t('Binary file skipped: it does not look like text.') } as const) : null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes UTF-8 strictly (a leading BOM is dropped, as VS Code does). Binary content (a NUL
 * byte in the first 8 KB) and other encodings are refused with a reason, never guessed at,
 * so no claim is ever read out of replacement characters.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const head = bytes.subarray(0, 8192);
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return { ok: false, rule: 'encoding', message: t('Unexpected UTF-16 file, expected UTF-8: convert it to UTF-8 to check it.') };
  }
  if (head.includes(0)) {
    return { ok: false, rule: 'binary-file', message: t('Binary file skipped: it does not look like text.') };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, rule: 'encoding', message: t('Invalid UTF-8: the file is not valid UTF-8 text, so it was not checked.') };
  }
}

/** Drops a leading byte-order mark, as `TextDocument.getText()` does. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The UTF-8 size of a text when it is over `limit` bytes (the size limits count bytes, as on
 * disk), else null. A text of up to a third of the limit in UTF-16 units is under it, so the
 * common case costs no encoding.
 */
export function bytesOver(text: string, limit: number): number | null {
  if (text.length * 3 <= limit) return null;
  const bytes = Buffer.byteLength(text, 'utf8');
  return bytes > limit ? bytes : null;
}
