import { extractPlaces } from "../admin-units/index.js";
import { isSeparator, readPost, scanTitles, type TitleScan } from "./grammar.js";
import type { Person, PositionOptions, Post } from "./types.js";

// Honorifics before a name: Vietnamese ones matched with their diacritics (so "bá" is no "bà"), or in lower-case
// ASCII for text typed without diacritics; English ones on folded tokens.
const HONORIFICS: readonly (readonly string[])[] = [
  ["đồng", "chí"],
  ["các", "đồng", "chí"],
  ["ông"],
  ["bà"],
  ["dong", "chi"],
  ["ong"],
  ["ba"],
  ["mr"],
  ["ms"],
  ["mrs"],
  ["comrade"],
  ["comrades"],
];
const MAX_NAME_WORDS = 5;
// ASCII forms of Vietnamese honorifics count only in lower case ("Ba Ria" is a place).
const VIETNAMESE_ASCII = new Set(["dong", "chi", "ong", "ba"]);
// Words that start organ names, never a name (a surname comes first in a Vietnamese name).
const NOT_FIRST_NAME_WORDS = new Set([
  "ban",
  "bo",
  "uy",
  "so",
  "dang",
  "hoi",
  "tinh",
  "toa",
  "vien",
  "chinh",
  "mat",
  "trung",
  "thuong",
  "provincial",
  "party",
  "central",
]);
// Capitalised words that start sentences or captions rather than names.
const NOT_NAMES = new Set([
  "the",
  "photo",
  "anh",
  "in",
  "on",
  "at",
  "and",
  "va",
  "of",
  "cua",
  "tai",
  "theo",
  "this",
  "ngay",
]);

// First words of the honorifics, folded: most tokens are ruled out by one look-up.
const HONORIFIC_STARTS = new Set(["dong", "cac", "ong", "ba", "mr", "ms", "mrs", "comrade", "comrades"]);

function isCapitalised(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 65 && code <= 90;
  const first = text[at] ?? "";
  return first !== first.toLowerCase();
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return true;
  }
  return false;
}

function hasDigit(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** The name starting at token `at`: 2–5 capitalised words (1 after an honorific) that start no title or organ. */
function readName(scan: TitleScan, at: number, minimum: number): number {
  const { tokens } = scan;
  let end = at;
  while (end < at + MAX_NAME_WORDS && tokens.isWord(end)) {
    const start = tokens.start(end) ?? 0;
    if (!isCapitalised(tokens.text, start) || NOT_NAMES.has(tokens.folded(end) ?? "")) break;
    if (end === at && NOT_FIRST_NAME_WORDS.has(tokens.folded(end) ?? "")) break;
    if (end > at && hasLineBreak(tokens.text, tokens.end(end - 1) ?? 0, start)) break;
    if (scan.organs.has(start)) break;
    const post = readPost(scan, end);
    if (post !== undefined && (post[0].organ !== undefined || post[1] - end > 1)) break;
    // Digits are never part of a name.
    if (hasDigit(tokens.folded(end) ?? "")) break;
    end++;
  }
  return end - at >= minimum ? end : at;
}

function honorificAt(scan: TitleScan, at: number): number {
  const { tokens } = scan;
  if (!HONORIFIC_STARTS.has(tokens.folded(at) ?? "")) return at;
  for (const words of HONORIFICS) {
    const matches = words.every((word, k) => {
      const written = tokens.text.slice(tokens.start(at + k), tokens.end(at + k));
      if (!tokens.isWord(at + k)) return false;
      if (/^[a-z]+$/u.test(word) && VIETNAMESE_ASCII.has(word)) return written === word;
      return /^[a-z]+$/u.test(word) ? tokens.folded(at + k) === word : written.toLowerCase().normalize("NFC") === word;
    });
    if (matches) {
      let end = at + words.length;
      if (tokens.folded(end) === "." || tokens.folded(end) === ":") end++;
      return end;
    }
  }
  return at;
}

// Words of a place type before "Bà Rịa", "Ông Lãnh": the honorific is the first word of a place name.
const PLACE_TYPES = new Set(["tinh", "pho", "huyen", "xa", "phuong", "tran", "quan", "city", "province", "district"]);

/** Starts and ends of the place names of a text, read once and only when an honorific is written with a capital. */
interface PlaceSpans {
  spans: readonly { readonly start: number; readonly end: number }[] | undefined;
  /** The first place that does not end before the last honorific asked about (honorifics come in text order). */
  next: number;
}

/** Whether the honorific at token `at` is the first word of a place name ("Bà Rịa - Vũng Tàu", "thành phố Bà Rịa"). */
function startsPlaceName(scan: TitleScan, at: number, places: PlaceSpans, options: PositionOptions): boolean {
  const { tokens } = scan;
  const start = tokens.start(at) ?? 0;
  // Written in lower case mid-sentence, "bà" / "ông" is the honorific.
  if (!isCapitalised(tokens.text, start)) return false;
  if (at > 0 && PLACE_TYPES.has(tokens.folded(at - 1) ?? "")) return true;
  if (places.spans === undefined) {
    const found = extractPlaces(tokens.text, {
      ...(options.asOf !== undefined && { asOf: options.asOf }),
      ...(options.articleDate !== undefined && { articleDate: options.articleDate }),
    });
    places.spans = found.map((place) => place.span).sort((a, b) => a.start - b.start);
  }
  const { spans } = places;
  while (places.next < spans.length && (spans[places.next]?.end ?? 0) <= start) places.next++;
  const span = spans[places.next];
  return span !== undefined && span.start <= start;
}

const NO_POSTS: readonly Post[] = Object.freeze([]);

/** Posts separated by commas from token `at`: `[posts, end token]`. */
function readPosts(scan: TitleScan, at: number): [readonly Post[], number] {
  // Most tokens start no post: answer them without allocating.
  if (readPost(scan, at) === undefined) return [NO_POSTS, at];
  const posts: Post[] = [];
  let k = at;
  for (;;) {
    const read = readPost(scan, k);
    if (read === undefined) break;
    posts.push(read[0]);
    k = read[1];
    if (!isSeparator(scan.tokens, k) || readPost(scan, k + 1) === undefined) break;
    k++;
  }
  return [posts, k];
}

function foldedBetween(scan: TitleScan, from: number, to: number): string {
  const keys: string[] = [];
  for (let k = Math.max(0, from); k < Math.min(to, scan.tokens.count); k++) keys.push(scan.tokens.folded(k) ?? "");
  return keys.join(" ");
}

function makePerson(scan: TitleScan, from: number, to: number, posts: readonly Post[], honorific?: string): Person {
  const { tokens } = scan;
  const start = tokens.start(from) ?? 0;
  const end = tokens.end(to - 1) ?? start;
  return {
    name: tokens.text.slice(start, end),
    span: { start, end },
    foldedName: foldedBetween(scan, from, to),
    posts,
    ...(honorific !== undefined && { honorific }),
  };
}

/**
 * Finds people named in a text with the posts written next to them: after an honorific ("ông", "bà", "đồng chí",
 * "Mr.", "Ms.", "Comrade"), after a title ("Vice Chairman … Tran Viet Truong"), or before a comma and a title
 * ("Hau A Lenh, Member of the Party Central Committee"). Names are kept as written, with a folded key that is the
 * same with and without diacritics. Linear in the text; never throws.
 *
 * @example
 * ```ts
 * const [person] = extractPeople("Làm việc với đoàn có ông Lê Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.");
 * person?.name; // "Lê Văn An"
 * person?.posts.length; // 2
 * ```
 */
export function extractPeople(text: string, options: PositionOptions = {}): Person[] {
  try {
    if (typeof text !== "string" || text.length === 0) return [];
    const scan = scanTitles(text, options ?? {});
    const { tokens } = scan;
    const people: Person[] = [];
    const places: PlaceSpans = { spans: undefined, next: 0 };
    const count = tokens.count;
    let at = 0;
    while (at < count) {
      if (!tokens.isWord(at)) {
        at++;
        continue;
      }
      // Honorific, then a name, then optionally ", posts".
      const afterHonorific = honorificAt(scan, at);
      if (afterHonorific > at && !startsPlaceName(scan, at, places, options ?? {})) {
        const nameEnd = readName(scan, afterHonorific, 1);
        if (nameEnd > afterHonorific) {
          let posts: readonly Post[] = [];
          let next = nameEnd;
          if (isSeparator(tokens, nameEnd) && tokens.folded(nameEnd) === ",")
            [posts, next] = readPosts(scan, nameEnd + 1);
          // Each person gets an array of its own, never the shared empty one.
          if (posts.length === 0) [posts, next] = [[], nameEnd];
          const honorific = tokens.text.slice(tokens.start(at), tokens.end(afterHonorific - 1));
          people.push(makePerson(scan, afterHonorific, nameEnd, posts, honorific));
          at = next;
          continue;
        }
      }
      // Posts, then the name right after them, then optionally ", more posts".
      // Most words start no post: one memoised look-up rules them out.
      let before = NO_POSTS;
      let postsEnd = at;
      if (readPost(scan, at) !== undefined) [before, postsEnd] = readPosts(scan, at);
      if (before.length > 0) {
        const nameEnd = readName(scan, postsEnd, 2);
        if (nameEnd > postsEnd) {
          let posts = before;
          let next = nameEnd;
          if (tokens.folded(nameEnd) === ",") {
            const [after, afterEnd] = readPosts(scan, nameEnd + 1);
            if (after.length > 0) {
              posts = [...before, ...after];
              next = afterEnd;
            }
          }
          people.push(makePerson(scan, postsEnd, nameEnd, posts));
          at = next;
          continue;
        }
        at = postsEnd;
        continue;
      }
      // A name, a comma and posts.
      const nameEnd = readName(scan, at, 2);
      if (nameEnd > at && tokens.folded(nameEnd) === ",") {
        const [posts, next] = readPosts(scan, nameEnd + 1);
        if (posts.length > 0) {
          people.push(makePerson(scan, at, nameEnd, posts));
          at = next;
          continue;
        }
      }
      at = nameEnd > at ? nameEnd : at + 1;
    }
    return people;
  } catch {
    return [];
  }
}
