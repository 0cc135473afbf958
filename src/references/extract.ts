import { DATA_AS_OF, type IsoDate, safeToIsoDate } from "../core/index.js";
import { getOrgan } from "../organs/index.js";
import { catalogueOf } from "./catalogue.js";
import type { Draft } from "./draft.js";
import { resolveDrafts } from "./resolve.js";
import { scanReferences } from "./scan.js";
import { readTitle } from "./title-after.js";
import type {
  DocumentReference,
  DocumentReferenceIssuer,
  ExtractDocumentReferencesOptions,
  WellKnownDocument,
} from "./types.js";

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

/** The issuers of one call by organ id (and term): a text names the same few organs again and again. */
type Issuers = Map<string, DocumentReferenceIssuer | null>;

function issuerOf(draft: Draft, issuers: Issuers): DocumentReferenceIssuer | undefined {
  let id = draft.issuer?.organId;
  if (id === undefined) {
    const ids = draft.code?.issuers[0]?.organIds;
    if (ids?.length === 1) id = ids[0];
  }
  if (id === undefined) return undefined;
  const term = draft.issuer?.term;
  const key = term === undefined ? id : `${id} ${term}`;
  const known = issuers.get(key);
  if (known !== undefined) return known ?? undefined;
  const organ = getOrgan(id);
  const issuer =
    organ === undefined
      ? null
      : term === undefined
        ? { organId: organ.id, label: organ.name }
        : { organId: organ.id, label: organ.name, term };
  issuers.set(key, issuer);
  return issuer ?? undefined;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

// Built by assignment in the documented key order: spreading optional parts costs more than the rest of a reference.
function toReference(text: string, draft: Draft, issuers: Issuers): DocumentReference {
  const ref = { span: { start: draft.start, end: draft.end }, text: text.slice(draft.start, draft.end) } as Writable<
    Omit<DocumentReference, "warnings">
  > as Writable<DocumentReference>;
  if (draft.code !== undefined) ref.code = draft.code;
  if (draft.codeStart !== undefined && draft.codeEnd !== undefined)
    ref.codeSpan = { start: draft.codeStart, end: draft.codeEnd };
  if (draft.resolvedCode !== undefined) ref.resolvedCode = draft.resolvedCode;
  if (draft.resolvedBy !== undefined) ref.resolvedBy = draft.resolvedBy;
  if (draft.genre !== undefined) ref.documentType = draft.genre;
  if (draft.number !== undefined) ref.number = draft.number;
  if (draft.date !== undefined) ref.date = draft.date;
  const issuer = issuerOf(draft, issuers);
  if (issuer !== undefined) ref.issuer = issuer;
  if (draft.title !== undefined) ref.title = draft.title;
  if (draft.document !== undefined) ref.document = draft.document;
  ref.warnings = draft.warnings;
  return ref;
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
  const drafts = scanReferences(text);
  for (let index = 0; index < drafts.length; index += 1) {
    const draft = drafts[index] as Draft;
    const limit = drafts[index + 1]?.start ?? text.length;
    const title = readTitle(text, draft.coreEnd, limit);
    if (title !== undefined) {
      draft.title = title.value;
      draft.end = title.end;
    }
  }
  resolveDrafts(drafts, settings.catalogue, settings.referenceDate);
  const issuers: Issuers = new Map();
  const references: DocumentReference[] = new Array(drafts.length);
  for (let index = 0; index < drafts.length; index += 1)
    references[index] = toReference(text, drafts[index] as Draft, issuers);
  return references;
}
