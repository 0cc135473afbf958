import type { Issue } from "../core/index.js";
import { type DocumentCode, safeParseDocumentCode } from "../document-code/index.js";
import { isDigit, isLatinLetter, isLookalikeLetter, isLowerCase, isSpace, isUpperCase } from "./chars.js";

/** A code read at a position of the text. */
export interface ScannedCode {
  readonly start: number;
  readonly end: number;
  readonly code: DocumentCode;
  readonly warnings: readonly Issue[];
}

const MAX_SEGMENTS = 6;
const MAX_SEGMENT_LENGTH = 24;
const MAX_GAP = 2;

function isSeparator(code: number): boolean {
  return code === 45 || code === 47 || (code >= 0x2010 && code <= 0x2015) || code === 0x2212;
}

// Court judgments (123/2024/HS-PT) share the State code shape; their type letters and instance suffix give them away.
const COURT_TYPES = new Set(["HS", "DS", "HC", "KDTM", "LĐ", "HNGĐ", "PS", "KDTM-ST", "DS-ST"]);
const COURT_INSTANCES = new Set(["ST", "PT", "GĐT", "TT"]);

function looksLikeCourtCase(code: DocumentCode): boolean {
  if (code.type !== undefined && COURT_TYPES.has(code.type.toUpperCase())) return true;
  const parts = code.issuer.split("-");
  return parts.length === 1 && COURT_INSTANCES.has(parts[0] ?? "") && code.form === "normative";
}

/** Length of the segment at i, cut where a word glued to the code starts (`TWvề`: a run of 2+ lower-case letters after a capital). */
function segmentEnd(text: string, i: number, limit: number, sawUpper: boolean): number {
  let j = i;
  let lowerRun = 0;
  let hasUpper = sawUpper;
  while (j < limit && j - i < MAX_SEGMENT_LENGTH) {
    const c = text.charCodeAt(j);
    if (!(isLatinLetter(c) || isDigit(c) || isLookalikeLetter(c))) break;
    if (isLatinLetter(c) && isLowerCase(c)) {
      lowerRun += 1;
      if (lowerRun >= 2 && hasUpper) return j - 1;
    } else {
      lowerRun = 0;
      if (isLatinLetter(c) && isUpperCase(c)) hasUpper = true;
    }
    j += 1;
  }
  return j;
}

function acceptable(code: DocumentCode, warnings: readonly Issue[]): 0 | 1 | 2 {
  if (looksLikeCourtCase(code)) return 0;
  const unknownType = warnings.some((w) => w.code === "UNKNOWN_DOCUMENT_TYPE");
  const unknownIssuer = warnings.some((w) => w.code === "UNKNOWN_ISSUER");
  if (unknownType && unknownIssuer) return 0;
  return unknownType || unknownIssuer ? 1 : 2;
}

/** A parsed reading of some characters, and how acceptable it is as a code in running text. */
interface Reading {
  readonly code: DocumentCode;
  readonly warnings: readonly Issue[];
  readonly quality: 0 | 1 | 2;
}

/** A reading cached under the exact characters it was parsed from. */
interface CachedReading {
  readonly raw: string;
  readonly reading: Reading | null;
}

/**
 * The readings of one text, by a hash of the exact characters read (null: no code), and a buffer for the segment
 * ends of the code being read. A text cites the same codes again and again, and the code parser is pure, so each
 * spelling is parsed once per call and found again in place, without slicing it; nothing outlives the call.
 */
export interface CodeReadings {
  readonly byHash: Map<number, CachedReading[]>;
  readonly ends: number[];
  /** What {@link scanCode} returns, overwritten by its next call: a code read is copied into its draft at once. */
  readonly scanned: { start: number; end: number; code: DocumentCode | undefined; warnings: readonly Issue[] };
}

/** Fresh, empty readings for one call. */
export function newCodeReadings(): CodeReadings {
  return { byHash: new Map(), ends: [], scanned: { start: 0, end: 0, code: undefined, warnings: [] } };
}

function sameChars(text: string, start: number, end: number, raw: string): boolean {
  if (raw.length !== end - start) return false;
  for (let k = 0; k < raw.length; k += 1) if (text.charCodeAt(start + k) !== raw.charCodeAt(k)) return false;
  return true;
}

function readingOf(text: string, start: number, end: number, readings: CodeReadings): Reading | null {
  let hash = 0;
  for (let i = start; i < end; i += 1) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  // Kept within 30 bits, a small integer to the engine: a map key that is never boxed into a heap number.
  hash &= 0x3fffffff;
  const bucket = readings.byHash.get(hash);
  if (bucket !== undefined)
    for (let k = 0; k < bucket.length; k += 1) {
      const cached = bucket[k] as CachedReading;
      if (sameChars(text, start, end, cached.raw)) return cached.reading;
    }
  const raw = text.slice(start, end);
  const result = safeParseDocumentCode(raw);
  const reading = result.success
    ? { code: result.data, warnings: result.warnings, quality: acceptable(result.data, result.warnings) }
    : null;
  if (bucket === undefined) readings.byHash.set(hash, [{ raw, reading }]);
  else bucket.push({ raw, reading });
  return reading;
}

/**
 * Reads a document code whose number starts at `start` (a digit), allowing a short gap around separators and
 * a line break inside the code; tries the longest reading first and falls back to shorter ones, so a dash or
 * word after the code is left out. Returns undefined when no reading parses; the code read is `readings.scanned`,
 * valid until the next call.
 */
export function scanCode(text: string, start: number, readings: CodeReadings): ScannedCode | undefined {
  const limit = Math.min(text.length, start + 96);
  let i = start;
  while (i < limit && isDigit(text.charCodeAt(i))) i += 1;
  const ends = readings.ends;
  let count = 0;
  let sawUpper = false;
  for (let segment = 0; segment < MAX_SEGMENTS; segment += 1) {
    let j = i;
    let gap = 0;
    while (j < limit && gap < MAX_GAP && isSpace(text.charCodeAt(j))) {
      j += 1;
      gap += 1;
    }
    if (j >= limit || !isSeparator(text.charCodeAt(j))) break;
    j += 1;
    gap = 0;
    while (j < limit && gap < MAX_GAP && isSpace(text.charCodeAt(j))) {
      j += 1;
      gap += 1;
    }
    const end = segmentEnd(text, j, limit, sawUpper);
    if (end === j) break;
    for (let k = j; k < end && !sawUpper; k += 1) sawUpper = isUpperCase(text.charCodeAt(k));
    ends[count] = end;
    count += 1;
    i = end;
    if (end < limit && isLatinLetter(text.charCodeAt(end)) && end - j >= MAX_SEGMENT_LENGTH) return undefined;
  }
  let fallback: Reading | undefined;
  let fallbackEnd = start;
  // A code always has a letter: readings of digits and separators only (the dates "22/12/2024" every article
  // writes) are never handed to the parser.
  const letter = firstLetter(text, start, ends[count - 1] ?? start);
  for (let n = count - 1; n >= 0; n -= 1) {
    const end = ends[n] ?? start;
    if (end <= letter) break;
    const reading = readingOf(text, start, end, readings);
    if (reading === null) continue;
    if (reading.quality === 2) return scannedAs(readings, start, end, reading);
    if (reading.quality === 1 && fallback === undefined) {
      fallback = reading;
      fallbackEnd = end;
    }
  }
  return fallback === undefined ? undefined : scannedAs(readings, start, fallbackEnd, fallback);
}

/** Index of the first character of text[start, end) that is neither a digit, a separator nor a space; `end` if none. */
function firstLetter(text: string, start: number, end: number): number {
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (!(isDigit(c) || isSeparator(c) || isSpace(c))) return i;
  }
  return end;
}

function scannedAs(readings: CodeReadings, start: number, end: number, reading: Reading): ScannedCode {
  const scanned = readings.scanned;
  scanned.start = start;
  scanned.end = end;
  scanned.code = reading.code;
  scanned.warnings = reading.warnings;
  return scanned as ScannedCode;
}
