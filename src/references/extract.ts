import { DATA_AS_OF, type IsoDate, safeToIsoDate } from "../core/index.js";
import type { DocumentCode, DocumentGenre } from "../document-code/index.js";
import { getOrgan } from "../organs/index.js";
import { catalogueOf } from "./catalogue.js";
import type { Draft } from "./draft.js";
import { isDigit, isLatinLetter } from "./fold-window.js";
import { gluedBefore, readLeftContext } from "./left-context.js";
import { readListBefore, withNumber } from "./lists.js";
import { resolveDrafts } from "./resolve.js";
import { readTitle } from "./right-context.js";
import { scanCode } from "./scan-code.js";
import { readTail } from "./tail.js";
import type {
  DocumentReference,
  DocumentReferenceIssuer,
  ExtractDocumentReferencesOptions,
  WellKnownDocument,
} from "./types.js";

// One cheap scan finds every place a reference can start: a digit followed by a code separator, or a number
// after white space (a mention such as "Nghị quyết 18"); everything else is read locally around it.
const MAX_MENTION_DIGITS = 4;

function genreOfCode(code: DocumentCode): DocumentGenre | undefined {
  return code.genres?.length === 1 ? code.genres[0] : undefined;
}

function isWellKnownDocument(value: unknown): value is WellKnownDocument {
  if (typeof value !== "object" || value === null) return false;
  const row = value as Record<string, unknown>;
  const title = row.title as Record<string, unknown> | undefined;
  return (
    typeof row.code === "string" &&
    typeof row.issuerId === "string" &&
    typeof row.genre === "string" &&
    typeof title === "object" &&
    title !== null &&
    typeof title.vi === "string" &&
    typeof title.en === "string"
  );
}

interface Settings {
  readonly referenceDate: IsoDate;
  readonly catalogue: readonly WellKnownDocument[];
}

function settingsOf(options: unknown): Settings {
  const opts = typeof options === "object" && options !== null ? (options as Record<string, unknown>) : {};
  const iso = (value: unknown): IsoDate | undefined => {
    if (value === undefined) return undefined;
    const result = safeToIsoDate(value);
    return result.success ? result.data : undefined;
  };
  const extra = Array.isArray(opts.catalogue) ? opts.catalogue.filter(isWellKnownDocument) : undefined;
  return {
    referenceDate: iso(opts.articleDate) ?? iso(opts.asOf) ?? DATA_AS_OF,
    catalogue: catalogueOf(extra),
  };
}

function mentionEndsCleanly(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (Number.isNaN(c)) return true;
  if (isDigit(c) || isLatinLetter(c) || c === 37) return false;
  if ((c === 44 || c === 46) && isDigit(text.charCodeAt(end + 1))) return false;
  return true;
}

function codeDraft(text: string, start: number, drafts: Draft[]): Draft | undefined {
  const scanned = scanCode(text, start);
  if (scanned === undefined) return undefined;
  const left = readLeftContext(text, start);
  if (left.distractor && left.genre === undefined) return { start, coreEnd: scanned.end, end: -1, warnings: [] };
  const tail = readTail(text, scanned.end);
  const genre = left.genre ?? genreOfCode(scanned.code);
  const list = left.genre === undefined && !left.marker ? readListBefore(text, start) : [];
  const draft: Draft = {
    start: left.start,
    coreEnd: tail.end,
    end: tail.end,
    code: scanned.code,
    codeStart: scanned.start,
    codeEnd: scanned.end,
    warnings: scanned.warnings,
    number: scanned.code.number,
    ...(genre === undefined ? {} : { genre }),
    ...(tail.date === undefined ? {} : { date: tail.date }),
    ...(tail.issuer === undefined ? {} : { issuer: tail.issuer }),
  };
  const first = list[0];
  if (first !== undefined) {
    const head = readLeftContext(text, first.start);
    if (head.genre !== undefined || head.marker) {
      // The bare numbers were taken for mentions a moment ago; they are members of this list.
      while (drafts.length > 0 && (drafts[drafts.length - 1]?.start ?? -1) >= head.start) drafts.pop();
      list.forEach((item, index) => {
        const resolved = withNumber(scanned.code, item.value);
        drafts.push({
          start: index === 0 ? head.start : item.start,
          coreEnd: item.end,
          end: item.end,
          warnings: [],
          number: item.value,
          ...(genre === undefined ? {} : { genre: head.genre ?? genre }),
          ...(resolved === undefined ? {} : { resolvedCode: resolved, resolvedBy: "list" as const }),
          ...(tail.date === undefined ? {} : { date: tail.date }),
          ...(tail.issuer === undefined ? {} : { issuer: tail.issuer }),
        });
      });
      if (head.genre !== undefined && draft.genre === undefined) draft.genre = head.genre;
    }
  }
  return draft;
}

function mentionDraft(text: string, start: number, end: number): Draft | undefined {
  if (end - start > MAX_MENTION_DIGITS || !mentionEndsCleanly(text, end)) return undefined;
  const left = readLeftContext(text, start);
  if (left.genre === undefined) return undefined;
  const number = Number(text.slice(start, end));
  if (end - start === 4 && !left.marker && number >= 1900 && number <= 2100) return undefined;
  const tail = readTail(text, end);
  return {
    start: left.start,
    coreEnd: tail.end,
    end: tail.end,
    warnings: [],
    genre: left.genre,
    number,
    ...(tail.date === undefined ? {} : { date: tail.date }),
    ...(tail.issuer === undefined ? {} : { issuer: tail.issuer }),
  };
}

function scan(text: string): Draft[] {
  const drafts: Draft[] = [];
  // A digit before a code separator, or a number after white space; each candidate is read locally.
  const candidates = /\d[^\S\n]?[-/\u2010-\u2015\u2212]|\s\d/g;
  let consumed = 0;
  let match = candidates.exec(text);
  while (match !== null) {
    const at = isDigit(text.charCodeAt(match.index)) ? match.index : match.index + 1;
    let start = at;
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start -= 1;
    let end = at;
    while (end < text.length && isDigit(text.charCodeAt(end))) end += 1;
    let next = end;
    if (start >= consumed && end - start <= 6 && !gluedBefore(text, start)) {
      const draft = codeDraft(text, start, drafts) ?? mentionDraft(text, start, end);
      if (draft !== undefined) {
        if (draft.end >= 0) drafts.push(draft);
        consumed = draft.coreEnd;
        next = Math.max(next, draft.coreEnd);
      }
    }
    candidates.lastIndex = Math.max(next, match.index + 1);
    match = candidates.exec(text);
  }
  return drafts;
}

function issuerOf(draft: Draft): DocumentReferenceIssuer | undefined {
  let id = draft.issuer?.organId;
  if (id === undefined) {
    const ids = draft.code?.issuers[0]?.organIds;
    if (ids?.length === 1) id = ids[0];
  }
  const organ = id === undefined ? undefined : getOrgan(id);
  if (organ === undefined) return undefined;
  const term = draft.issuer?.term;
  return term === undefined ? { organId: organ.id, label: organ.name } : { organId: organ.id, label: organ.name, term };
}

function toReference(text: string, draft: Draft): DocumentReference {
  const issuer = issuerOf(draft);
  return {
    span: { start: draft.start, end: draft.end },
    text: text.slice(draft.start, draft.end),
    ...(draft.code === undefined ? {} : { code: draft.code }),
    ...(draft.codeStart === undefined || draft.codeEnd === undefined
      ? {}
      : { codeSpan: { start: draft.codeStart, end: draft.codeEnd } }),
    ...(draft.resolvedCode === undefined ? {} : { resolvedCode: draft.resolvedCode }),
    ...(draft.resolvedBy === undefined ? {} : { resolvedBy: draft.resolvedBy }),
    ...(draft.genre === undefined ? {} : { documentType: draft.genre }),
    ...(draft.number === undefined ? {} : { number: draft.number }),
    ...(draft.date === undefined ? {} : { date: draft.date }),
    ...(issuer === undefined ? {} : { issuer }),
    ...(draft.title === undefined ? {} : { title: draft.title }),
    ...(draft.document === undefined ? {} : { document: draft.document }),
    warnings: draft.warnings,
  };
}

/**
 * Finds every document cited in a text — codes in any language, and mentions without a code in Vietnamese,
 * English and Polish (plus French, Spanish and German type words) — with the whole phrase, date, issuer and
 * title. Mentions are resolved to a code only when the same text, the catalogue or the code's form settles it.
 * Never throws; spans always slice the caller's string.
 *
 * @example
 * ```ts
 * const refs = extractDocumentReferences(
 *   "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học.",
 * );
 * refs[0]?.code?.canonical; // "57-NQ/TW"
 * refs[0]?.date; // "2024-12-22"
 * refs[0]?.issuer?.organId; // "politburo"
 * refs[0]?.title; // "đột phá phát triển khoa học"
 * ```
 */
export function extractDocumentReferences(
  text: string,
  options?: ExtractDocumentReferencesOptions,
): DocumentReference[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const settings = settingsOf(options);
  const drafts = scan(text);
  drafts.forEach((draft, index) => {
    const limit = drafts[index + 1]?.start ?? text.length;
    const title = readTitle(text, draft.coreEnd, limit);
    if (title !== undefined) {
      draft.title = title.value;
      draft.end = title.end;
    }
  });
  resolveDrafts(drafts, settings.catalogue, settings.referenceDate);
  return drafts.map((draft) => toReference(text, draft));
}
