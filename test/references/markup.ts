import type { DocumentGenre } from "../../src/document-code/index.js";

/*
 * Inline markup for reference fixtures: `<0>…</0>`, `<1>…</1>` mark the expected reference phrases of a sentence
 * written by us. Only `<digits>` and `</digits>` are tags; any other "<" is text. Tags may not nest, must close in
 * the order they open and must be numbered 0, 1, 2… from left to right, so a typo in a table fails loudly.
 */

/** One marked span of a fixture sentence, in the clean text (UTF-16, end exclusive). */
export interface MarkedSpan {
  readonly start: number;
  readonly end: number;
}

/** A fixture sentence without its tags, and the spans the tags marked, in tag order. */
export interface Unmarked {
  readonly text: string;
  readonly spans: readonly MarkedSpan[];
}

const TAG = /<(\/?)(\d{1,3})>/g;

/** Parses inline markup into clean text and spans; throws on nested, unbalanced, duplicate or misordered tags. */
export function parseMarkup(marked: string): Unmarked {
  const spans: MarkedSpan[] = [];
  let text = "";
  let last = 0;
  let open: { index: number; start: number } | undefined;
  for (const match of marked.matchAll(TAG)) {
    text += marked.slice(last, match.index);
    last = match.index + match[0].length;
    const index = Number(match[2]);
    if (match[1] === "") {
      if (open !== undefined) throw new Error(`tag <${index}> opened inside <${open.index}>: ${marked}`);
      if (index !== spans.length) throw new Error(`tag <${index}> out of order, expected <${spans.length}>: ${marked}`);
      open = { index, start: text.length };
    } else {
      if (open === undefined || open.index !== index) throw new Error(`unbalanced </${index}>: ${marked}`);
      if (text.length === open.start) throw new Error(`empty tag <${index}>: ${marked}`);
      spans.push({ start: open.start, end: text.length });
      open = undefined;
    }
  }
  if (open !== undefined) throw new Error(`tag <${open.index}> never closed: ${marked}`);
  text += marked.slice(last);
  return { text, spans };
}

/**
 * What one marked reference must carry. `code` and `resolvedCode` are strict: absent here means absent in the
 * result (a mention must not get a code, an unresolvable mention must not get a resolved code). The other fields
 * are checked when given; `null` means the field must be absent. `number` defaults to the leading number of
 * `code ?? resolvedCode`.
 */
interface ExpectedReference {
  /** Canonical form of the code written in the phrase. */
  readonly code?: string;
  /** Canonical code of a mention written without one. */
  readonly resolvedCode?: string;
  readonly documentType?: DocumentGenre | null;
  readonly number?: number;
  /** ISO date written in the phrase. */
  readonly date?: string | null;
  /** Organ id of the issuer, from the words or from the code. */
  readonly issuer?: string | null;
  /** Party or National Assembly term written beside the issuer. */
  readonly term?: number;
  /** Title as written (quoted, or introduced by "về" / "on" / "w sprawie"). */
  readonly title?: string | null;
  /** Date of the catalogue entry the reference denotes (tells apart codes reused across Party terms). */
  readonly documentDate?: string | null;
  /** Issue codes of the lenient parser's repairs, as a set (`[]`: a clean code, no repair). */
  readonly warnings?: readonly string[];
}

/**
 * One fixture row. `match: "code"` (code-only rows of other languages) compares the marked spans with the
 * returned `codeSpan`s instead of the whole phrase. `knownGap` says what the current extractor gets wrong; such
 * rows are expected to fail until it is fixed (see /work/notes/ref-failures.md).
 */
export interface FixtureRow {
  readonly text: string;
  readonly refs: readonly ExpectedReference[];
  /** Short tags of what the row covers ("list", "distractor", "title-quoted", …). */
  readonly covers: string;
  readonly match?: "phrase" | "code";
  readonly articleDate?: string;
  readonly knownGap?: string;
}

/** Article date of every row that does not set one: the seed articles were written in March 2025. */
export const DEFAULT_ARTICLE_DATE = "2025-03-17";

/** Number of marked references in a table. */
export function countReferences(rows: readonly FixtureRow[]): number {
  return rows.reduce((sum, row) => sum + row.refs.length, 0);
}

/** The parts of a returned reference the fixtures compare (a structural subset of `DocumentReference`). */
export interface ComparableReference {
  readonly span: MarkedSpan;
  readonly codeSpan?: MarkedSpan;
  readonly code?: { readonly canonical: string };
  readonly resolvedCode?: string;
  readonly documentType?: string;
  readonly number?: number;
  readonly date?: string;
  readonly issuer?: { readonly organId: string; readonly term?: number };
  readonly title?: string;
  readonly document?: { readonly date?: string };
  readonly warnings: readonly { readonly code: string }[];
}

/** The span a row compares: the whole phrase, or the code alone for code-only rows. */
export function comparedSpan(row: FixtureRow, ref: ComparableReference): MarkedSpan {
  return row.match === "code" ? (ref.codeSpan ?? ref.span) : ref.span;
}

function leadingNumber(code: string | undefined): number | undefined {
  const digits = code === undefined ? null : /^\d+/.exec(code);
  return digits === null ? undefined : Number(digits[0]);
}

/** Differences between one returned reference and what the row expects of it, as readable lines. */
function compareReference(actual: ComparableReference, expected: ExpectedReference): string[] {
  const problems: string[] = [];
  const check = (field: string, got: unknown, want: unknown): void => {
    if (want === undefined) return;
    const normalised = want === null ? undefined : want;
    if (got !== normalised) problems.push(`${field}: got ${JSON.stringify(got)}, want ${JSON.stringify(normalised)}`);
  };
  check("code", actual.code?.canonical, expected.code ?? null);
  check("resolvedCode", actual.resolvedCode, expected.code === undefined ? (expected.resolvedCode ?? null) : undefined);
  check("documentType", actual.documentType, expected.documentType);
  check("number", actual.number, expected.number ?? leadingNumber(expected.code ?? expected.resolvedCode));
  check("date", actual.date, expected.date);
  check("issuer", actual.issuer?.organId, expected.issuer);
  check("term", actual.issuer?.term, expected.term);
  check("title", actual.title, expected.title);
  check("documentDate", actual.document?.date, expected.documentDate);
  if (expected.warnings !== undefined) {
    const got = [...new Set(actual.warnings.map((w) => w.code))].sort().join(",");
    check("warnings", got, [...expected.warnings].sort().join(","));
  }
  return problems;
}

/** Everything wrong with the references returned for a row: spans first, then each reference's fields. */
export function compareRow(row: FixtureRow, actual: readonly ComparableReference[]): string[] {
  const { text, spans } = parseMarkup(row.text);
  const show = (span: MarkedSpan) => JSON.stringify(text.slice(span.start, span.end));
  const got = actual.map((ref) => comparedSpan(row, ref));
  const same =
    got.length === spans.length && got.every((span, i) => span.start === spans[i]?.start && span.end === spans[i]?.end);
  if (!same) return [`spans: got [${got.map(show).join(", ")}], want [${spans.map(show).join(", ")}]`];
  return row.refs.flatMap((expected, i) => {
    const ref = actual[i];
    return ref === undefined ? [`reference ${i} missing`] : compareReference(ref, expected).map((p) => `<${i}> ${p}`);
  });
}
