import type { DocumentReference } from "../references/index.js";
import { addMention, createMentionIndex, findOverlapping, type MentionIndex } from "./mention-index.js";
import { mentionOf } from "./mention-of.js";
import { findOrganEntry, type OrganTable } from "./organs.js";
import { toPlain } from "./plain.js";
import type { DocumentCodeEntry, DocumentEntry, EntryId } from "./types.js";
import { noteKey, type UniqueKeyMap, uniqueEntry } from "./unique-key.js";

/** Document entries, with the look-ups meetings link through. */
export interface DocumentTable {
  readonly entries: DocumentEntry[];
  readonly index: MentionIndex;
  /** Entries by canonical code (written or resolved). */
  readonly byCode: UniqueKeyMap;
}

/** `"doc:<index>"`. */
function documentEntryId(index: number): EntryId {
  return `doc:${index}`;
}

function toCode(reference: DocumentReference): DocumentCodeEntry | undefined {
  const code = reference.code;
  if (code === undefined) return undefined;
  return {
    canonical: code.canonical,
    system: code.system,
    number: code.number,
    ...(code.year !== undefined && { year: code.year }),
    ...(code.type !== undefined && { type: code.type }),
    issuer: code.issuer,
  };
}

/**
 * One entry per reference, in text order: each citation keeps its own context (date, issuer, title), so the same
 * code cited twice gives two entries.
 */
export function buildDocuments(
  text: string,
  references: readonly DocumentReference[],
  organs: OrganTable,
): DocumentTable {
  const entries: DocumentEntry[] = [];
  const index = createMentionIndex();
  const byCode: UniqueKeyMap = new Map();
  for (const reference of references) {
    const at = entries.length;
    const code = toCode(reference);
    const issuer = reference.issuer;
    const issuerRef =
      issuer === undefined ? undefined : findOrganEntry(organs, issuer.organId, undefined, reference.span);
    const { span, text: written } = mentionOf(text, reference.span, reference.text);
    entries.push({
      id: documentEntryId(at),
      span,
      text: written,
      ...(code !== undefined && { code }),
      ...(reference.codeSpan !== undefined && {
        codeSpan: { start: reference.codeSpan.start, end: reference.codeSpan.end },
      }),
      ...(reference.resolvedCode !== undefined && { resolvedCode: reference.resolvedCode }),
      ...(reference.resolvedBy !== undefined && { resolvedBy: reference.resolvedBy }),
      ...(reference.documentType !== undefined && { documentType: reference.documentType }),
      ...(reference.number !== undefined && { number: reference.number }),
      ...(reference.date !== undefined && { date: reference.date }),
      ...(issuer !== undefined && { issuer: toPlain(issuer) }),
      ...(issuerRef !== undefined && { issuerRef }),
      ...(reference.title !== undefined && { title: reference.title }),
      warnings: toPlain(reference.warnings),
    });
    addMention(index, span, at);
    const canonical = code?.canonical ?? reference.resolvedCode;
    if (canonical !== undefined) noteKey(byCode, canonical, at);
  }
  return { entries, index, byCode };
}

/** The document entry of a document a meeting names: the reference written there, else the one with that code. */
export function findDocumentEntry(
  documents: DocumentTable,
  span: { readonly start: number; readonly end: number },
  code: string | undefined,
): EntryId | undefined {
  let found = findOverlapping(documents.index, span, () => true);
  if (found < 0 && code !== undefined) found = uniqueEntry(documents.byCode, code);
  return found < 0 ? undefined : documents.entries[found]?.id;
}
