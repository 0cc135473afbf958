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

function isCapitalised(text: string, at: number): boolean {
  const first = text[at] ?? "";
  return first !== first.toLowerCase();
}

/** The name starting at token `at`: 2–5 capitalised words (1 after an honorific) that start no title or organ. */
function readName(scan: TitleScan, at: number, minimum: number): number {
  const { tokens } = scan;
  let end = at;
  while (end < at + MAX_NAME_WORDS && tokens.words[end] === true) {
    const start = tokens.starts[end] ?? 0;
    if (!isCapitalised(tokens.text, start) || NOT_NAMES.has(tokens.folded[end] ?? "")) break;
    if (end === at && NOT_FIRST_NAME_WORDS.has(tokens.folded[end] ?? "")) break;
    if (end > at && /[\n\r]/u.test(tokens.text.slice(tokens.ends[end - 1], start))) break;
    if (scan.organs.has(start)) break;
    const post = readPost(scan, end);
    if (post !== undefined && (post[0].organ !== undefined || post[1] - end > 1)) break;
    // Digits are never part of a name.
    if (/\d/u.test(tokens.folded[end] ?? "")) break;
    end++;
  }
  return end - at >= minimum ? end : at;
}

function honorificAt(scan: TitleScan, at: number): number {
  const { tokens } = scan;
  for (const words of HONORIFICS) {
    const matches = words.every((word, k) => {
      const written = tokens.text.slice(tokens.starts[at + k], tokens.ends[at + k]);
      if (tokens.words[at + k] !== true) return false;
      if (/^[a-z]+$/u.test(word) && VIETNAMESE_ASCII.has(word)) return written === word;
      return /^[a-z]+$/u.test(word) ? tokens.folded[at + k] === word : written.toLowerCase().normalize("NFC") === word;
    });
    if (matches) {
      let end = at + words.length;
      if (tokens.folded[end] === "." || tokens.folded[end] === ":") end++;
      return end;
    }
  }
  return at;
}

/** Posts separated by commas from token `at`: `[posts, end token]`. */
function readPosts(scan: TitleScan, at: number): [Post[], number] {
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

function makePerson(scan: TitleScan, from: number, to: number, posts: readonly Post[], honorific?: string): Person {
  const { tokens } = scan;
  const start = tokens.starts[from] ?? 0;
  const end = tokens.ends[to - 1] ?? start;
  return {
    name: tokens.text.slice(start, end),
    span: { start, end },
    foldedName: tokens.folded.slice(from, to).join(" "),
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
    const count = tokens.starts.length;
    let at = 0;
    while (at < count) {
      if (tokens.words[at] !== true) {
        at++;
        continue;
      }
      // Honorific, then a name, then optionally ", posts".
      const afterHonorific = honorificAt(scan, at);
      if (afterHonorific > at) {
        const nameEnd = readName(scan, afterHonorific, 1);
        if (nameEnd > afterHonorific) {
          let posts: Post[] = [];
          let next = nameEnd;
          if (isSeparator(tokens, nameEnd) && tokens.folded[nameEnd] === ",")
            [posts, next] = readPosts(scan, nameEnd + 1);
          if (posts.length === 0) next = nameEnd;
          const honorific = tokens.text.slice(tokens.starts[at], tokens.ends[afterHonorific - 1]);
          people.push(makePerson(scan, afterHonorific, nameEnd, posts, honorific));
          at = next;
          continue;
        }
      }
      // Posts, then the name right after them, then optionally ", more posts".
      const [before, postsEnd] = readPosts(scan, at);
      if (before.length > 0) {
        const nameEnd = readName(scan, postsEnd, 2);
        if (nameEnd > postsEnd) {
          let posts = before;
          let next = nameEnd;
          if (tokens.folded[nameEnd] === ",") {
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
      if (nameEnd > at && tokens.folded[nameEnd] === ",") {
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
