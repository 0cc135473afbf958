import type { Span } from "../core/index.js";
import {
  extractOrgans,
  getOrgan,
  type OrganMention,
  type OrganRef,
  PhraseDictionary,
  phraseKey,
  type TokenList,
  tokenize,
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
  readonly tokens: TokenList;
  readonly organs: ReadonlyMap<number, OrganMention>;
}

/** Tokens and organ mentions of a text; never throws. */
export function scanTitles(text: string, options: PositionOptions): TitleScan {
  const tokens = tokenize(text);
  const organs = new Map<number, OrganMention>();
  const organOptions = {
    ...(options.asOf !== undefined && { asOf: options.asOf }),
    ...(options.articleDate !== undefined && { articleDate: options.articleDate }),
    ...(options.language !== undefined && { language: options.language }),
  };
  for (const mention of extractOrgans(tokens.text, organOptions)) organs.set(mention.span.start, mention);
  return { tokens, organs };
}

function toRef(mention: OrganMention): OrganRef {
  return { organId: mention.organ.id, level: mention.level, ...(mention.place && { place: mention.place }) };
}

/** The organ mention starting at token `at`, after an optional "of" / "of the" / "của". */
function organAfter(scan: TitleScan, at: number): { mention: OrganMention; end: number } | undefined {
  const { tokens } = scan;
  let k = at;
  if (tokens.folded[k] === "of" || tokens.folded[k] === "cua") k++;
  if (k > at && tokens.folded[k] === "the") k++;
  const start = tokens.starts[k];
  const mention = start === undefined ? undefined : scan.organs.get(start);
  if (mention === undefined) return undefined;
  let end = k;
  while (end < tokens.starts.length && (tokens.starts[end] ?? 0) < mention.span.end) end++;
  return { mention, end };
}

/** One post starting at token `at`, as `[post, end token]`; undefined when no role word starts there. */
export function readPost(scan: TitleScan, at: number): [Post, number] | undefined {
  const { tokens } = scan;
  let best: { end: number; roleEnd: number; entry: RoleEntry; organ?: OrganMention } | undefined;
  for (const [roleEnd, entries] of getRoles().matchesAt(tokens.folded, at)) {
    const entry = entries[0];
    if (entry === undefined) continue;
    // Role words are written with a capital or as the first word of a title ("member of…" stays lower case in English).
    const organ = organAfter(scan, roleEnd);
    const end = organ ? organ.end : roleEnd;
    if (best === undefined || end > best.end || (end === best.end && roleEnd > best.roleEnd)) {
      best = { end, roleEnd, entry, ...(organ && { organ: organ.mention }) };
    }
  }
  if (best === undefined) return undefined;
  // Bare one-word roles that are also surnames or words of names (Trưởng/Trương, Chánh) need their organ.
  if (best.organ === undefined && best.roleEnd - at === 1 && BARE_NEEDS_ORGAN.has(tokens.folded[at] ?? ""))
    return undefined;
  const start = tokens.starts[at] ?? 0;
  const end = best.organ ? best.organ.span.end : (tokens.ends[best.end - 1] ?? start);
  let organ: OrganRef | undefined;
  if (best.organ) organ = toRef(best.organ);
  else if (best.entry.organId !== "") {
    const level = getOrgan(best.entry.organId)?.level;
    organ = { organId: best.entry.organId, ...(level && { level }) };
  }
  const span: Span = { start, end };
  const post: Post = {
    role: best.entry.role,
    deputy: best.entry.deputy,
    standing: best.entry.standing,
    ...(organ && { organ }),
    text: tokens.text.slice(start, end),
    span,
  };
  return [post, best.end];
}

/** Whether token `at` separates posts in a title list: a comma, a semicolon, "và", "and". */
export function isSeparator(tokens: TokenList, at: number): boolean {
  const key = tokens.folded[at];
  return key === "," || key === "va" || key === "and" || key === "kiem" || key === "cum";
}
