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

/**
 * The readings of one text, by the exact characters read (null: no code). A text cites the same codes again and
 * again, and the code parser is pure, so each spelling is parsed once per call; nothing outlives the call.
 */
export type CodeReadings = Map<string, Reading | null>;

function readingOf(raw: string, readings: CodeReadings): Reading | null {
  const known = readings.get(raw);
  if (known !== undefined) return known;
  const result = safeParseDocumentCode(raw);
  const reading = result.success
    ? { code: result.data, warnings: result.warnings, quality: acceptable(result.data, result.warnings) }
    : null;
  readings.set(raw, reading);
  return reading;
}

/**
 * Reads a document code whose number starts at `start` (a digit), allowing a short gap around separators and
 * a line break inside the code; tries the longest reading first and falls back to shorter ones, so a dash or
 * word after the code is left out. Returns undefined when no reading parses.
 */
export function scanCode(text: string, start: number, readings: CodeReadings): ScannedCode | undefined {
  const limit = Math.min(text.length, start + 96);
  let i = start;
  while (i < limit && isDigit(text.charCodeAt(i))) i += 1;
  const ends: number[] = [];
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
    ends.push(end);
    i = end;
    if (end < limit && isLatinLetter(text.charCodeAt(end)) && end - j >= MAX_SEGMENT_LENGTH) return undefined;
  }
  let fallback: ScannedCode | undefined;
  for (let n = ends.length - 1; n >= 0; n -= 1) {
    const end = ends[n] ?? start;
    const reading = readingOf(text.slice(start, end), readings);
    if (reading === null) continue;
    if (reading.quality === 2) return { start, end, code: reading.code, warnings: reading.warnings };
    if (reading.quality === 1 && fallback === undefined)
      fallback = { start, end, code: reading.code, warnings: reading.warnings };
  }
  return fallback;
}
