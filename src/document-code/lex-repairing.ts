import type { Issue, Span } from "../core/index.js";
import { digitValue, type Lexed } from "./lexed.js";
import type { CodeIssue } from "./messages.js";
import { issueAt, repaired, type Sink } from "./sink.js";

/*
 * The repairing lexer: the slow path for input outside the canonical alphabet. It decodes URL escapes, maps
 * look-alike letters, dashes and unusual spaces, trims, strips a "Số:" / "No." / "Nghị quyết số" prefix and
 * splits the rest, remembering for every character where it came from so that spans point into the input.
 */

// Pairs "look-alike, replacement": Latin Eth and African D for Đ, Cyrillic and Greek capitals and small letters
// that render like Latin ones, and slash look-alikes.
const LOOKALIKES =
  "ÐĐðđƉĐɖđАAВBСCЕEНHІIЈJКKМMОOРPЅSТTХXУYаaсcеeіiјjоoрpѕsхxуyһhԛqԜWԝwΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXοo⁄/∕/⧸/";
const DASHES = "‐‑‒–—―−⁃﹘﹣";
const ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad";
const MAX_PREFIX = 60;
// A prefix is up to six words followed by "số" / "No." (or "No", "number", "N°", "№", "#") and an optional colon,
// after folding: "Số:", "No.", "Nghị quyết số", "Resolution No.". Each word ends at a space, so no backtracking.
const PREFIX = /^(?:(?:[a-z]+ ){0,6}(?:so|no|number)\.?|n[°º]|№|#) ?:?$/;

// Tokens read from repaired text: strings of their own, with spans into the original input.
class RepairedLexed implements Lexed {
  readonly number: number;
  readonly digitCount: number;
  readonly count: number;
  readonly #tokens: readonly string[];
  readonly #seps: string;
  readonly #spans: readonly Span[];

  constructor(digits: string, tokens: readonly string[], seps: string, spans: readonly Span[]) {
    this.number = digitValue(digits);
    this.digitCount = digits.length;
    this.count = tokens.length;
    this.#tokens = tokens;
    this.#seps = seps;
    this.#spans = spans;
  }

  token(index: number): string {
    return this.#tokens[index] ?? "";
  }

  sep(index: number): number {
    return this.#seps.charCodeAt(index);
  }

  info(): undefined {
    return undefined;
  }

  numeric(index: number): number {
    return digitValue(this.token(index));
  }

  span(index: number): Span {
    return this.#spans[index] ?? { start: 0, end: 0 };
  }
}

interface Chars {
  readonly text: string[];
  readonly starts: number[];
  readonly ends: number[];
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

function isTokenChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1ea0 && code <= 0x1ef9)
  );
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= "0" && char <= "9";
}

function isSeparator(char: string): boolean {
  return char === "-" || char === "/" || char === "_" || char === ".";
}

function push(chars: Chars, sink: Sink, char: string, start: number, end: number): void {
  const code = char.charCodeAt(0);
  let out = char;
  let repair: CodeIssue | undefined;
  if (code < 0x80) {
    if (code !== 32 && isSpace(code)) out = " ";
  } else if (isSpace(code)) {
    out = " ";
  } else if (ZERO_WIDTH.includes(char)) {
    repaired(sink, "SPACE_REPAIRED", { start, end });
    return;
  } else if (DASHES.includes(char)) {
    out = "-";
    repair = "DASH_REPAIRED";
  } else if (code >= 0xff01 && code <= 0xff5e) {
    out = String.fromCharCode(code - 0xfee0);
    repair = out === "-" ? "DASH_REPAIRED" : "LOOKALIKE_REPAIRED";
  } else {
    const at = LOOKALIKES.indexOf(char);
    if (at >= 0 && at % 2 === 0) {
      out = LOOKALIKES.charAt(at + 1);
      repair = "LOOKALIKE_REPAIRED";
    }
  }
  if (repair) repaired(sink, repair, { start, end });
  chars.text.push(out);
  chars.starts.push(start);
  chars.ends.push(end);
}

function hexAt(input: string, index: number): number {
  if (input.charCodeAt(index) !== 37) return -1;
  const hex = input.slice(index + 1, index + 3);
  return /^[0-9A-Fa-f]{2}$/.test(hex) ? Number.parseInt(hex, 16) : -1;
}

// Decodes one percent-encoded UTF-8 sequence at `index`; undefined when it is not one.
function decodeAt(input: string, index: number): { readonly text: string; readonly end: number } | undefined {
  const lead = hexAt(input, index);
  const size = lead < 0 ? 0 : lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : lead < 0xf5 ? 4 : 0;
  if (size === 0) return undefined;
  for (let k = 1; k < size; k++) if (hexAt(input, index + 3 * k) < 0) return undefined;
  try {
    return { text: decodeURIComponent(input.slice(index, index + 3 * size)), end: index + 3 * size };
  } catch {
    return undefined;
  }
}

function readChars(input: string, sink: Sink): Chars {
  const chars: Chars = { text: [], starts: [], ends: [] };
  let i = 0;
  while (i < input.length) {
    const decoded = input.charCodeAt(i) === 37 ? decodeAt(input, i) : undefined;
    if (decoded) {
      repaired(sink, "URL_DECODED", { start: i, end: decoded.end });
      for (const char of decoded.text) push(chars, sink, char, i, decoded.end);
      i = decoded.end;
    } else {
      push(chars, sink, input.charAt(i), i, i + 1);
      i++;
    }
  }
  return chars;
}

function foldPrefix(prefix: string): string {
  return prefix
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[Đđ]/g, "d")
    .toLowerCase()
    .replace(/ {2,}/g, " ")
    .trim();
}

function shape(sink: Sink, span: Span, hint?: string): Issue {
  return issueAt(sink, "INVALID_CODE_SHAPE", span, hint);
}

/**
 * Lexes any input, repairing on the way and recording each repair in the sink; returns an
 * `INVALID_CODE_SHAPE` issue when no code shape remains.
 */
export function lexRepairing(input: string, sink: Sink): Lexed | Issue {
  const { text, starts, ends } = readChars(input, sink);
  let first = 0;
  let last = text.length;
  while (first < last && text[first] === " ") first++;
  while (last > first && text[last - 1] === " ") last--;
  const whole: Span = { start: 0, end: input.length };
  if (first === last) return issueAt(sink, "EMPTY_INPUT", whole, "only spaces");
  if (first > 0) repaired(sink, "SPACING_REPAIRED", { start: 0, end: starts[first] ?? 0 });
  if (last < text.length) repaired(sink, "SPACING_REPAIRED", { start: ends[last - 1] ?? 0, end: input.length });

  let p = first;
  while (p < last && !isDigit(text[p])) p++;
  if (p === last) return shape(sink, whole, "no number");
  if (p > first) {
    const prefixSpan: Span = { start: starts[first] ?? 0, end: starts[p] ?? 0 };
    if (p - first > MAX_PREFIX || !PREFIX.test(foldPrefix(text.slice(first, p).join("")))) {
      return shape(sink, prefixSpan, "unexpected text before the number");
    }
    repaired(sink, "PREFIX_REMOVED", prefixSpan);
  }

  let i = p;
  while (i < last && isDigit(text[i])) i++;
  const digits = text.slice(p, i).join("");
  const spans: Span[] = [{ start: starts[p] ?? 0, end: ends[i - 1] ?? 0 }];
  const tokens: string[] = [];
  let seps = "";
  while (i < last) {
    const gapStart = i;
    while (text[i] === " ") i++;
    let spaced = i > gapStart;
    let sep = " ";
    if (isSeparator(text[i] ?? "")) {
      sep = text[i] ?? "-";
      i++;
      const afterSep = i;
      while (text[i] === " ") i++;
      if (i > afterSep) spaced = true;
      if (spaced) repaired(sink, "SPACING_REPAIRED", { start: starts[gapStart] ?? 0, end: starts[i] ?? input.length });
    } else if (!spaced) {
      return shape(sink, { start: starts[i] ?? 0, end: ends[i] ?? input.length }, "a separator (- or /) is expected");
    }
    const start = i;
    while (i < last && isTokenChar((text[i] ?? "").charCodeAt(0))) i++;
    if (i === start) {
      return shape(
        sink,
        { start: starts[start] ?? input.length, end: ends[start] ?? input.length },
        "a letter or digit is expected",
      );
    }
    tokens.push(text.slice(start, i).join("").normalize("NFC"));
    spans.push({ start: starts[start] ?? 0, end: ends[i - 1] ?? 0 });
    seps += sep;
  }
  return new RepairedLexed(digits, tokens, seps, spans);
}
