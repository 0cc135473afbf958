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

// Character classes of a code, for the characters below U+1F00 (Latin, Greek, Cyrillic, Vietnamese): one table
// read per character instead of the letter, digit, look-alike and case tests one by one.
const PART = 1; // Latin letter, digit or look-alike letter: a character of a segment
const LOWER = 2; // a Latin letter that upper-casing changes
const LATIN_UPPER = 4; // a Latin letter that lower-casing changes
const UPPER = 8; // any character that lower-casing changes
const DIGIT = 16;
const LATIN = 32;
const SPACE = 64; // a gap character below U+1F00 (isSpace)
const SEPARATOR = 128; // "-" and "/"
const CLASS_TABLE_END = 0x1f00;

// Pure memo: the classes above, built on first use from the character tests of chars.ts.
let classTable: Uint8Array | undefined;

function charClasses(): Uint8Array {
  if (classTable !== undefined) return classTable;
  const built = new Uint8Array(CLASS_TABLE_END);
  for (let c = 0; c < CLASS_TABLE_END; c += 1) {
    const latin = isLatinLetter(c);
    const upper = isUpperCase(c);
    built[c] =
      (latin || isDigit(c) || isLookalikeLetter(c) ? PART : 0) |
      (latin && isLowerCase(c) ? LOWER : 0) |
      (latin && upper ? LATIN_UPPER : 0) |
      (upper ? UPPER : 0) |
      (isDigit(c) ? DIGIT : 0) |
      (latin ? LATIN : 0) |
      (isSpace(c) ? SPACE : 0) |
      (isSeparator(c) ? SEPARATOR : 0);
  }
  classTable = built;
  return built;
}

/** The class bits of one character; above the table only gaps and separators matter (no segment reaches there). */
function classOf(classes: Uint8Array, c: number): number {
  if (c < CLASS_TABLE_END) return classes[c] as number;
  return c === 0x202f ? SPACE : (c >= 0x2010 && c <= 0x2015) || c === 0x2212 ? SEPARATOR : 0;
}

// One step of the polynomial hash of the characters read, kept to 32 bits.
function step(hash: number, c: number): number {
  return (Math.imul(hash, 31) + c) | 0;
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
 * The readings of one text, by a hash of the exact characters read (null: no code), and buffers for the segment
 * ends of the code being read and the hashes of the characters up to each end. A text cites the same codes again
 * and again, and the code parser is pure, so each spelling is parsed once per call and found again in place,
 * without slicing it; nothing outlives the call.
 */
export interface CodeReadings {
  readonly byHash: Map<number, CachedReading[]>;
  readonly ends: number[];
  readonly hashes: number[];
  /** What {@link scanCode} returns, overwritten by its next call: a code read is copied into its draft at once. */
  readonly scanned: { start: number; end: number; code: DocumentCode | undefined; warnings: readonly Issue[] };
}

/** Fresh, empty readings for one call. */
export function newCodeReadings(): CodeReadings {
  return { byHash: new Map(), ends: [], hashes: [], scanned: { start: 0, end: 0, code: undefined, warnings: [] } };
}

function sameChars(text: string, start: number, end: number, raw: string): boolean {
  return raw.length === end - start && text.startsWith(raw, start);
}

/** The reading of text[start, end), whose characters hash to `fullHash` (the scan computes it while reading them). */
function readingOf(text: string, start: number, end: number, fullHash: number, readings: CodeReadings): Reading | null {
  // Kept within 30 bits, a small integer to the engine: a map key that is never boxed into a heap number.
  const hash = fullHash & 0x3fffffff;
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
  const classes = charClasses();
  const limit = Math.min(text.length, start + 96);
  const ends = readings.ends;
  const hashes = readings.hashes;
  // Each character is read once: its class settles where the code goes on, and the hash of everything read so far
  // is noted at each segment end, the cache key of the reading that ends there.
  let hash = 0;
  let i = start;
  for (; i < limit; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    hash = step(hash, c);
  }
  let count = 0;
  let sawUpper = false;
  // The first character that is neither a digit, a separator nor a space: a code always has a letter, so readings
  // of digits and separators only (the dates "22/12/2024" every article writes) are never handed to the parser.
  let letter = limit;
  for (let segment = 0; segment < MAX_SEGMENTS; segment += 1) {
    let j = i;
    let c = j < limit ? text.charCodeAt(j) : 0;
    for (let gap = 0; j < limit && gap < MAX_GAP && (classOf(classes, c) & SPACE) !== 0; gap += 1) {
      hash = step(hash, c);
      j += 1;
      c = text.charCodeAt(j);
    }
    if (j >= limit || (classOf(classes, c) & SEPARATOR) === 0) break;
    hash = step(hash, c);
    j += 1;
    c = text.charCodeAt(j);
    for (let gap = 0; j < limit && gap < MAX_GAP && (classOf(classes, c) & SPACE) !== 0; gap += 1) {
      hash = step(hash, c);
      j += 1;
      c = text.charCodeAt(j);
    }
    // The segment, cut where a word glued to the code starts (`TWvề`: a run of 2+ lower-case letters after a
    // capital). Within it only Latin capitals count; after it any upper-case character does.
    let end = j;
    let lowerRun = 0;
    let hasUpper = sawUpper;
    let before = hash;
    while (end < limit && end - j < MAX_SEGMENT_LENGTH) {
      const k = classOf(classes, text.charCodeAt(end));
      if ((k & PART) === 0) break;
      if ((k & LOWER) !== 0) {
        lowerRun += 1;
        if (lowerRun >= 2 && hasUpper) {
          end -= 1;
          hash = before;
          break;
        }
      } else {
        lowerRun = 0;
        if ((k & LATIN_UPPER) !== 0) hasUpper = true;
      }
      if ((k & UPPER) !== 0) sawUpper = true;
      if ((k & DIGIT) === 0 && end < letter) letter = end;
      before = hash;
      hash = step(hash, text.charCodeAt(end));
      end += 1;
    }
    if (end === j) break;
    ends[count] = end;
    hashes[count] = hash;
    count += 1;
    i = end;
    if (end < limit && (classOf(classes, text.charCodeAt(end)) & LATIN) !== 0 && end - j >= MAX_SEGMENT_LENGTH)
      return undefined;
  }
  let fallback: Reading | undefined;
  let fallbackEnd = start;
  for (let n = count - 1; n >= 0; n -= 1) {
    const end = ends[n] as number;
    if (end <= letter) break;
    const reading = readingOf(text, start, end, hashes[n] as number, readings);
    if (reading === null) continue;
    if (reading.quality === 2) return scannedAs(readings, start, end, reading);
    if (reading.quality === 1 && fallback === undefined) {
      fallback = reading;
      fallbackEnd = end;
    }
  }
  return fallback === undefined ? undefined : scannedAs(readings, start, fallbackEnd, fallback);
}

function scannedAs(readings: CodeReadings, start: number, end: number, reading: Reading): ScannedCode {
  const scanned = readings.scanned;
  scanned.start = start;
  scanned.end = end;
  scanned.code = reading.code;
  scanned.warnings = reading.warnings;
  return scanned as ScannedCode;
}
