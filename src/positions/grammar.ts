import type { Span } from "../core/index.js";
import {
  extractOrgans,
  getOrgan,
  type OrganMention,
  type OrganRef,
  PhraseDictionary,
  phraseKey,
  scanTokens,
  type TokenScan,
} from "../organs/index.js";
import { ROLE_PHRASES, type RoleId } from "./data/roles.js";
import type { PositionOptions, Post } from "./types.js";

interface RoleEntry {
  readonly role: RoleId;
  readonly deputy: boolean;
  readonly standing: boolean;
  readonly organId: string;
}

let roles: PhraseDictionary<RoleEntry> | undefined;
const BARE_NEEDS_ORGAN = new Set(["truong", "chanh", "chair", "member"]);

function getRoles(): PhraseDictionary<RoleEntry> {
  if (roles === undefined) {
    const dictionary = new PhraseDictionary<RoleEntry>();
    for (const [phrases, role, flags, organId] of ROLE_PHRASES) {
      const entry = { role, deputy: flags.includes("d"), standing: flags.includes("s"), organId };
      for (const phrase of phrases.split("|")) dictionary.add(phraseKey(phrase, false), entry);
    }
    roles = dictionary;
  }
  return roles;
}

/** A text read for titles: tokens plus organ mentions indexed by their first character. */
export interface TitleScan {
  readonly tokens: TokenScan;
  readonly organs: ReadonlyMap<number, OrganMention>;
  /**
   * Posts already read, by token: names and title lists ask for the same post more than once. `postSlots[at]` is 0
   * when token `at` was not read yet, -1 when it starts no post, else 1 + the post's index in `posts`: a typed array
   * over the tokens costs one slot write per role word, where a Map (or a large holey array) paid a hash insert.
   */
  readonly postSlots: Int32Array;
  readonly posts: [Post, number][];
}

/** Tokens and organ mentions of a text; never throws. */
export function scanTitles(text: string, options: PositionOptions): TitleScan {
  // A caller's scan is used only when it is the scan of this very text.
  const tokens = scanTokens(text, options.tokens);
  const organs = new Map<number, OrganMention>();
  const organOptions = {
    ...(options.asOf !== undefined && { asOf: options.asOf }),
    ...(options.articleDate !== undefined && { articleDate: options.articleDate }),
    ...(options.language !== undefined && { language: options.language }),
    tokens,
  };
  for (const mention of extractOrgans(tokens.text, organOptions)) organs.set(mention.span.start, mention);
  return { tokens, organs, postSlots: new Int32Array(tokens.count), posts: [] };
}

function toRef(mention: OrganMention): OrganRef {
  const { place } = mention;
  return place
    ? { organId: mention.organ.id, level: mention.level, place }
    : { organId: mention.organ.id, level: mention.level };
}

/** The token the organ after a role starts at: after an optional "of" / "of the" / "của". */
function organTokenAfter(scan: TitleScan, at: number): number {
  const { tokens } = scan;
  let k = at;
  const key = tokens.folded(k);
  if (key === "of" || key === "cua") k++;
  if (k > at && tokens.folded(k) === "the") k++;
  return k;
}

/** The first token at or after `from` that starts at or after `offset`. */
function tokenAtOffset(tokens: TokenScan, offset: number, from: number): number {
  let end = from;
  while (end < tokens.count && (tokens.start(end) ?? 0) < offset) end++;
  return end;
}

/** One post starting at token `at`, as `[post, end token]`; undefined when no role word starts there. */
export function readPost(scan: TitleScan, at: number): [Post, number] | undefined {
  const roles = getRoles();
  if (!roles.startsWith(scan.tokens.folded(at))) return undefined;
  const slot = scan.postSlots[at] ?? 0;
  if (slot !== 0) return slot < 0 ? undefined : scan.posts[slot - 1];
  const read = readPostAt(scan, roles, at);
  if (at >= 0 && at < scan.postSlots.length) {
    if (read === undefined) scan.postSlots[at] = -1;
    else scan.postSlots[at] = scan.posts.push(read);
  }
  return read;
}

function readPostAt(scan: TitleScan, roles: PhraseDictionary<RoleEntry>, at: number): [Post, number] | undefined {
  const { tokens } = scan;
  let bestEnd = -1;
  let bestRoleEnd = -1;
  let bestEntry: RoleEntry | undefined;
  let bestOrgan: OrganMention | undefined;
  for (const [roleEnd, entries] of roles.matchesIn(tokens, at)) {
    const entry = entries[0];
    if (entry === undefined) continue;
    // Role words are written with a capital or as the first word of a title ("member of…" stays lower case in English).
    const k = organTokenAfter(scan, roleEnd);
    const start = tokens.start(k);
    const organ = start === undefined ? undefined : scan.organs.get(start);
    const end = organ ? tokenAtOffset(tokens, organ.span.end, k) : roleEnd;
    if (bestEntry === undefined || end > bestEnd || (end === bestEnd && roleEnd > bestRoleEnd)) {
      bestEnd = end;
      bestRoleEnd = roleEnd;
      bestEntry = entry;
      bestOrgan = organ;
    }
  }
  if (bestEntry === undefined) return undefined;
  // Bare one-word roles that are also surnames or words of names (Trưởng/Trương, Chánh) need their organ.
  if (bestOrgan === undefined && bestRoleEnd - at === 1 && BARE_NEEDS_ORGAN.has(tokens.folded(at) ?? ""))
    return undefined;
  const start = tokens.start(at) ?? 0;
  const end = bestOrgan ? bestOrgan.span.end : (tokens.end(bestEnd - 1) ?? start);
  let organ: OrganRef | undefined;
  if (bestOrgan) organ = toRef(bestOrgan);
  else if (bestEntry.organId !== "") {
    const level = getOrgan(bestEntry.organId)?.level;
    organ = level ? { organId: bestEntry.organId, level } : { organId: bestEntry.organId };
  }
  const span: Span = { start, end };
  const { role, deputy, standing } = bestEntry;
  const text = tokens.text.slice(start, end);
  const post: Post = organ ? { role, deputy, standing, organ, text, span } : { role, deputy, standing, text, span };
  return [post, bestEnd];
}

/** Whether token `at` separates posts in a title list: a comma, a semicolon, "và", "and". */
export function isSeparator(tokens: TokenScan, at: number): boolean {
  const key = tokens.folded(at);
  return key === "," || key === "va" || key === "and" || key === "kiem" || key === "cum";
}
