import { createIssue, fail, type Issue, ok, type Result, unwrap } from "../core/index.js";
import { isSeparator, readPost, scanTitles } from "./grammar.js";
import type { PositionOptions, Post } from "./types.js";

const MAX_TITLE_LENGTH = 10_000;

/**
 * Reads a title string into its posts, without throwing: a title list ("Phó Bí thư Tỉnh ủy, Bí thư Đảng ủy UBND
 * tỉnh, Chủ tịch UBND tỉnh") gives one post per title, in Vietnamese or English. A part that is no known title
 * becomes a post with role `unknown` (its text kept) and an `UNKNOWN_TITLE` warning; a known role applied to words
 * that are no known organ gives an `UNKNOWN_ORGAN` warning. Fails with `UNKNOWN_TITLE` when nothing is a title.
 *
 * @example
 * ```ts
 * const result = safeParsePositionTitle("Standing Deputy Secretary of the Provincial Party Committee");
 * result.success && result.data[0]?.role; // "secretary"
 * result.success && result.data[0]?.standing; // true
 * ```
 */
export function safeParsePositionTitle(text: unknown, options: PositionOptions = {}): Result<Post[]> {
  const locale = options?.locale === "en" ? "en" : "vi";
  if (typeof text !== "string") return fail(createIssue("INVALID_INPUT_TYPE", { locale }));
  if (text.trim().length === 0) return fail(createIssue("EMPTY_INPUT", { locale }));
  if (text.length > MAX_TITLE_LENGTH) return fail(createIssue("INPUT_TOO_LONG", { locale }));
  try {
    const scan = scanTitles(text, options ?? {});
    const { tokens } = scan;
    const posts: Post[] = [];
    const warnings: Issue[] = [];
    let at = 0;
    const count = tokens.count;
    while (at < count) {
      if (isSeparator(tokens, at) || tokens.folded(at) === ";" || tokens.folded(at) === ".") {
        at++;
        continue;
      }
      const read = readPost(scan, at);
      let next = read ? read[1] : at;
      // Words left before the next separator: the role's organ was not understood, or no role was found.
      let restEnd = next;
      while (restEnd < count && !isSeparator(tokens, restEnd) && tokens.folded(restEnd) !== ";") restEnd++;
      if (read && restEnd === next) {
        posts.push(read[0]);
      } else {
        const start = read ? read[0].span.start : (tokens.start(at) ?? 0);
        const end = tokens.end(restEnd - 1) ?? start;
        const span = { start, end };
        const code = read ? "UNKNOWN_ORGAN" : "UNKNOWN_TITLE";
        warnings.push(createIssue(code, { locale, span, hint: text.slice(start, end) }));
        posts.push({
          ...(read ? read[0] : { deputy: false, standing: false }),
          role: read ? read[0].role : "unknown",
          text: text.slice(start, end),
          span,
        } as Post);
        next = restEnd;
      }
      at = Math.max(next, at + 1);
    }
    if (posts.every((post) => post.role === "unknown")) {
      return fail(createIssue("UNKNOWN_TITLE", { locale, hint: text.slice(0, 200) }));
    }
    return ok(posts, warnings);
  } catch {
    return fail(createIssue("UNKNOWN_TITLE", { locale }));
  }
}

/**
 * Reads a title string into its posts; throws where {@link safeParsePositionTitle} fails.
 *
 * @throws {VnPolityError} `UNKNOWN_TITLE`, `INVALID_INPUT_TYPE`, `EMPTY_INPUT`, `INPUT_TOO_LONG`.
 * @example
 * ```ts
 * parsePositionTitle("Phó Bí thư Tỉnh ủy, Bí thư Đảng ủy UBND tỉnh, Chủ tịch UBND tỉnh").length; // 3
 * ```
 */
export function parsePositionTitle(text: string, options: PositionOptions = {}): Post[] {
  return unwrap(safeParsePositionTitle(text, options));
}
