/**
 * Claims of open documents, computed once per document version and shared by the
 * highlights, the hover and the Claims view.
 */
import * as vscode from 'vscode';
import { findClaims } from '../core/claims';
import { anchorYear } from '../core/lint';
import type { Claim } from '../core/model';
import { parseNote } from '../core/parse/note';

export class ClaimsCache {
  private readonly entries = new Map<string, { version: number; claims: readonly Claim[] }>();

  /** The claims of a document at its current version. */
  get(doc: vscode.TextDocument): readonly Claim[] {
    const key = doc.uri.toString();
    const hit = this.entries.get(key);
    if (hit && hit.version === doc.version) return hit.claims;
    const note = parseNote({ uri: key, text: doc.getText() });
    const claims = findClaims(note.prose, { anchorYear: anchorYear(note) });
    this.entries.set(key, { version: doc.version, claims });
    return claims;
  }

  /** The claim under an offset, if any. */
  at(doc: vscode.TextDocument, offset: number): Claim | undefined {
    const claims = this.get(doc);
    let lo = 0;
    let hi = claims.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = claims[mid]!;
      if (offset < c.start) hi = mid - 1;
      else if (offset >= c.end) lo = mid + 1;
      else return c;
    }
    return undefined;
  }

  forget(uri: vscode.Uri): void {
    this.entries.delete(uri.toString());
  }
}
