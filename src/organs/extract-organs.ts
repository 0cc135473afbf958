import { extractPlaces, type PlaceMention } from "../admin-units/index.js";
import { type IsoDate, resolveAsOf, safeToIsoDate } from "../core/index.js";
import { getOrgan } from "./get-organ.js";
import { getDictionaries, type PhraseEntry, pickEntry } from "./phrases.js";
import { scanTokens, type TokenScan } from "./scan.js";
import type { BoundPlace, ExtractOrgansOptions, OrganLevel, OrganMention } from "./types.js";

// Vietnamese unit designators written after a local organ ("UBND tỉnh", "Đảng ủy xã"), as folded token lists.
const DESIGNATORS: readonly (readonly [readonly string[], BoundPlace["level"], boolean])[] = [
  [["thanh", "pho"], "province", true],
  [["tp"], "province", true],
  [["tinh"], "province", false],
  [["thi", "xa"], "district", false],
  [["huyen"], "district", false],
  [["quan"], "district", false],
  [["dac", "khu"], "commune", false],
  [["xa"], "commune", false],
  [["phuong"], "commune", false],
];
const DESIGNATOR_STARTS: readonly string[] = ["thanh", "tp", "tinh", "thi", "huyen", "quan", "dac", "xa", "phuong"];
const MAX_COMMUNE_WORDS = 4;
// A generic organ bound to a place of a level is the local organ of that level ("Hanoi Party Committee").
const LOCAL_FORMS: Readonly<Record<string, Partial<Record<OrganLevel, string>>>> = {
  "party-committee": { province: "provincial-party-committee", commune: "commune-party-committee" },
};

interface Places {
  readonly byStart: Map<number, PlaceMention>;
  readonly byEnd: Map<number, PlaceMention>;
}

interface Context {
  readonly tokens: TokenScan;
  readonly asOf: IsoDate;
  readonly articleDate: IsoDate;
  readonly language: "vi" | "en" | "auto";
  places: Places | undefined;
  readonly picks: Map<readonly PhraseEntry[], ReturnType<typeof pickEntry>>;
}

// Read on the first local organ only: a text that names none never pays for the place scan.
function placesAt(context: Context): Places {
  if (context.places === undefined) {
    const places: Places = { byStart: new Map(), byEnd: new Map() };
    let mentions: readonly PlaceMention[] = [];
    try {
      mentions = extractPlaces(context.tokens.text, { asOf: context.asOf, articleDate: context.articleDate });
    } catch {
      mentions = [];
    }
    for (const mention of mentions) {
      places.byStart.set(mention.span.start, mention);
      places.byEnd.set(mention.span.end, mention);
    }
    context.places = places;
  }
  return context.places;
}

function isCapitalised(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 65 && code <= 90;
  const first = text[at] ?? "";
  return first !== first.toLowerCase();
}

function allowed(entry: PhraseEntry, context: Context, at: number): boolean {
  if (context.language === "vi" && entry.by === "englishName") return false;
  if (context.language === "en" && entry.by === "name") return false;
  return !entry.needsCapital || isCapitalised(context.tokens.text, context.tokens.start(at) ?? 0);
}

// The entries of a phrase usable here; the list itself when all are (the common case), so picks can be memoised.
function usableEntries(entries: readonly PhraseEntry[], context: Context, at: number): readonly PhraseEntry[] {
  for (const entry of entries) {
    if (!allowed(entry, context, at)) return entries.filter((candidate) => allowed(candidate, context, at));
  }
  return entries;
}

/** The longest organ phrase at token `at`: its end token and the entries it names. */
function longestAt(context: Context, at: number): { end: number; entries: readonly PhraseEntry[] } | undefined {
  const { names, abbreviations } = getDictionaries();
  let best: { end: number; entries: readonly PhraseEntry[] } | undefined;
  for (const matches of [names.matchesIn(context.tokens, at), abbreviations.matchesIn(context.tokens, at, true)]) {
    for (const [end, entries] of matches) {
      if (best !== undefined && end <= best.end) continue;
      const usable = usableEntries(entries, context, at);
      if (usable.length > 0) best = { end, entries: usable };
    }
  }
  return best;
}

/** {@link pickEntry} at the call's date, memoised on the entry list: a text names the same few organs again and again. */
function pickAt(context: Context, entries: readonly PhraseEntry[]): ReturnType<typeof pickEntry> {
  if (context.picks.has(entries)) return context.picks.get(entries);
  const picked = pickEntry(entries, context.asOf);
  context.picks.set(entries, picked);
  return picked;
}

function provincePlace(mention: PlaceMention): BoundPlace {
  return {
    text: mention.text,
    span: mention.span,
    level: "province",
    code: mention.province.code,
    name: mention.province.name,
    city: mention.province.type === "city",
  };
}

function designatorAt(
  tokens: TokenScan,
  at: number,
): { end: number; level: BoundPlace["level"]; city: boolean } | undefined {
  // Designators start with one of a few words: the common token is ruled out without trying each.
  const first = tokens.folded(at);
  if (first === undefined || !DESIGNATOR_STARTS.includes(first)) return undefined;
  for (const [words, level, city] of DESIGNATORS) {
    let matches = true;
    for (let k = 0; k < words.length && matches; k++) {
      matches = tokens.folded(at + k) === words[k] && tokens.isWord(at + k);
    }
    if (matches) return { end: at + words.length, level, city };
  }
  return undefined;
}

/** A place written after a local organ: a designator and a name, or a province name alone. */
function placeAfter(
  context: Context,
  at: number,
  local: boolean,
): { end: number; level?: OrganLevel; place?: BoundPlace } {
  const { tokens } = context;
  const start = tokens.start(at);
  if (start === undefined) return { end: at };
  const designator = designatorAt(tokens, at);
  if (designator !== undefined) {
    const { byStart } = placesAt(context);
    const nameStart = tokens.start(designator.end);
    const mention = byStart.get(start) ?? (nameStart === undefined ? undefined : byStart.get(nameStart));
    if (designator.level === "province" && mention !== undefined) {
      return { end: tokenAtOffset(tokens, mention.span.end, at), level: "province", place: provincePlace(mention) };
    }
    let end = designator.end;
    while (
      end < designator.end + MAX_COMMUNE_WORDS &&
      tokens.isWord(end) &&
      isCapitalised(tokens.text, tokens.start(end) ?? 0)
    )
      end++;
    if (end > designator.end && designator.level !== "province") {
      const span = { start, end: tokens.end(end - 1) ?? start };
      const name = tokens.text.slice(tokens.start(designator.end), span.end);
      const ascii = keysBetween(tokens, designator.end, end, true).join(" ");
      return {
        end,
        level: designator.level,
        place: {
          text: tokens.text.slice(span.start, span.end),
          span,
          level: designator.level,
          name: { vi: name, en: ascii },
        },
      };
    }
    return { end: designator.end, level: designator.level };
  }
  if (!local) return { end: at };
  const mention = placesAt(context).byStart.get(start);
  // English: "People's Committee of Kon Tum province".
  if (mention === undefined && tokens.folded(at) === "of") {
    const next = tokens.folded(at + 1) === "the" ? at + 2 : at + 1;
    const after = tokens.start(next);
    const ofPlace = after === undefined ? undefined : placesAt(context).byStart.get(after);
    if (ofPlace !== undefined)
      return { end: tokenAtOffset(tokens, ofPlace.span.end, next), level: "province", place: provincePlace(ofPlace) };
    return { end: at };
  }
  if (mention === undefined) return { end: at };
  return { end: tokenAtOffset(tokens, mention.span.end, at), level: "province", place: provincePlace(mention) };
}

/**
 * An English name with a place written inside it: "<head> of [the] <place> <rest>", matched as the catalogued
 * "<head> of the <rest>". Returns the longer phrase, its end token and the place.
 */
function placeInside(
  context: Context,
  at: number,
  headEnd: number,
): { end: number; entries: readonly PhraseEntry[]; place: BoundPlace } | undefined {
  const { tokens } = context;
  if (tokens.folded(headEnd) !== "of") return undefined;
  const next = tokens.folded(headEnd + 1) === "the" ? headEnd + 2 : headEnd + 1;
  const placeStart = tokens.start(next);
  const mention = placeStart === undefined ? undefined : placesAt(context).byStart.get(placeStart);
  if (mention === undefined) return undefined;
  const rest = tokenAtOffset(tokens, mention.span.end, next);
  const head = keysBetween(tokens, at, headEnd, false);
  const synthetic = [...head, "of", "the", ...keysBetween(tokens, rest, rest + 16, false)];
  const matches = getDictionaries().names.matchesAt(synthetic, 0);
  const last = matches[matches.length - 1];
  const consumed = head.length + 2;
  if (last === undefined || last[0] <= consumed) return undefined;
  const entries = last[1].filter((entry) => allowed(entry, context, at));
  if (entries.length === 0) return undefined;
  return { end: rest + (last[0] - consumed), entries, place: provincePlace(mention) };
}

/** The keys of tokens `from` to `to` (exclusive, clamped to the text). */
function keysBetween(tokens: TokenScan, from: number, to: number, keepCase: boolean): string[] {
  const keys: string[] = [];
  for (let k = Math.max(0, from); k < Math.min(to, tokens.count); k++) {
    keys.push((keepCase ? tokens.cased(k) : tokens.folded(k)) ?? "");
  }
  return keys;
}

/** The first token at or after `from` that starts at or after `offset`. */
function tokenAtOffset(tokens: TokenScan, offset: number, from: number): number {
  let k = from;
  while (k < tokens.count && (tokens.start(k) ?? 0) < offset) k++;
  return k;
}

function isLocal(level: OrganLevel | "", organLevel: OrganLevel, generic: boolean): boolean {
  return (
    level === "province" ||
    level === "commune" ||
    organLevel === "province" ||
    organLevel === "commune" ||
    (generic && organLevel === "any")
  );
}

function mentionAt(
  context: Context,
  at: number,
  previousEnd: number,
): { mention: OrganMention; end: number } | undefined {
  const found = longestAt(context, at);
  if (found === undefined) return undefined;
  const picked = pickAt(context, found.entries);
  if (picked === undefined) return undefined;
  const { tokens } = context;
  const { entry } = picked;
  let { resolved } = picked;
  const local = isLocal(entry.level, resolved.named.level, resolved.named.generic);
  let start = tokens.start(at) ?? 0;
  let place: BoundPlace | undefined;
  let level: OrganLevel | undefined = entry.level === "" ? undefined : entry.level;
  let endToken = found.end;
  // English: the place comes first ("Kon Tum Provincial People's Committee").
  if (local && entry.by === "englishName" && at > 0) {
    const before = placesAt(context).byEnd.get(tokens.end(at - 1) ?? -1);
    if (before !== undefined && before.span.start >= previousEnd) {
      place = provincePlace(before);
      start = before.span.start;
    }
  }
  // English: a place inside the name ("Party Committee of the Kon Tum Provincial People's Committee").
  if (place === undefined && entry.by === "englishName") {
    const inner = placeInside(context, at, found.end);
    if (inner !== undefined) {
      const better = pickAt(context, inner.entries);
      if (better !== undefined) {
        resolved = better.resolved;
        place = inner.place;
        endToken = inner.end;
        level = better.entry.level === "" ? "province" : better.entry.level;
      }
    }
  }
  // A phrase that ends in its designator ("Đảng ủy UBND tỉnh") may still be followed by the name.
  if (place === undefined) {
    for (let k = Math.max(at + 1, found.end - 2); k < found.end; k++) {
      const designator = designatorAt(tokens, k);
      if (designator?.end !== found.end) continue;
      const after = placeAfter(context, k, local);
      if (after.place !== undefined) {
        place = after.place;
        endToken = after.end;
      }
      break;
    }
  }
  if (place === undefined && endToken === found.end) {
    const after = placeAfter(context, found.end, local);
    endToken = after.end;
    place = after.place;
    level = level ?? after.level;
  }
  level = level ?? place?.level ?? resolved.named.level;
  const upgraded = LOCAL_FORMS[resolved.named.id]?.[level];
  const upgradedOrgan = upgraded === undefined ? undefined : getOrgan(upgraded);
  if (upgradedOrgan !== undefined) resolved = { organ: upgradedOrgan, named: upgradedOrgan, status: resolved.status };
  const end = tokens.end(endToken - 1) ?? start;
  const mention: OrganMention = {
    span: { start, end },
    text: tokens.text.slice(start, end),
    organ: resolved.organ,
    named: resolved.named,
    status: resolved.status,
    level,
    ...(place && { place }),
    matchedBy: entry.by,
  };
  return { mention, end: endToken };
}

function readDate(value: unknown, fallback: IsoDate): IsoDate {
  if (value === undefined) return fallback;
  const result = safeToIsoDate(value);
  return result.success ? result.data : fallback;
}

/**
 * Finds the organs named in a text: full names, abbreviations (UBND, HĐND, BCH TW, MTTQ, BTGDVTW…), English names
 * and their media variants, text without diacritics, and the place a local organ is bound to ("UBND tỉnh Kon
 * Tum", "Kon Tum Provincial People's Committee"). Former names resolve to the organ as it stood at `asOf`.
 * Leftmost-longest, non-overlapping; linear in the text; never throws.
 *
 * @example
 * ```ts
 * const mentions = extractOrgans("Đoàn làm việc với Đảng ủy UBND tỉnh Kon Tum và Ban Tổ chức Trung ương.", { asOf: "2025-03-06" });
 * mentions.map((m) => [m.text, m.organ.id, m.place?.code]);
 * // [["Đảng ủy UBND tỉnh Kon Tum", "provincial-peoples-committee-party-committee", "62"],
 * //  ["Ban Tổ chức Trung ương", "party-organisation-commission", undefined]]
 * ```
 */
export function extractOrgans(text: string, options: ExtractOrgansOptions = {}): OrganMention[] {
  try {
    if (typeof text !== "string" || text.length === 0) return [];
    const asOf = readDate(options?.asOf, resolveAsOf(undefined));
    const language = options?.language === "vi" || options?.language === "en" ? options.language : "auto";
    // A caller's scan is used only when it is the scan of this very text.
    const tokens = scanTokens(text, options?.tokens);
    const articleDate = readDate(options?.articleDate, asOf);
    // A scan handed in by the caller is immutable and tied to this text: extract() hands the same one to
    // extractPeople, which reads the organs again through it, and gets a copy of this call's answer.
    const memoKey = `${asOf}|${articleDate}|${language}`;
    const memo = tokens === options?.tokens ? memoFor(tokens) : undefined;
    const known = memo?.get(memoKey);
    if (known !== undefined) return [...known];
    const found = readOrgans(tokens, { asOf, articleDate, language });
    memo?.set(memoKey, found);
    return [...found];
  } catch {
    return [];
  }
}

// Organ mentions by caller-supplied scan and settings; weak, so a scan's answers go when the scan does.
let byScan: WeakMap<TokenScan, Map<string, readonly OrganMention[]>> | undefined;

function memoFor(tokens: TokenScan): Map<string, readonly OrganMention[]> {
  byScan ??= new WeakMap();
  let memo = byScan.get(tokens);
  if (memo === undefined) {
    memo = new Map();
    byScan.set(tokens, memo);
  }
  return memo;
}

function readOrgans(
  tokens: TokenScan,
  settings: { asOf: IsoDate; articleDate: IsoDate; language: Context["language"] },
): OrganMention[] {
  const { names, abbreviations } = getDictionaries();
  const context: Context = { tokens, ...settings, places: undefined, picks: new Map() };
  const mentions: OrganMention[] = [];
  let previousEnd = 0;
  for (let at = 0; at < tokens.count; ) {
    // Most words start no organ name: two set look-ups skip them.
    const found =
      tokens.isWord(at) && (names.startsWith(tokens.folded(at)) || abbreviations.startsWith(tokens.cased(at)))
        ? mentionAt(context, at, previousEnd)
        : undefined;
    if (found === undefined) {
      at++;
      continue;
    }
    // A place read before an English name may overlap the previous mention; drop it then.
    mentions.push(found.mention);
    previousEnd = found.mention.span.end;
    at = Math.max(found.end, at + 1);
  }
  return mentions;
}
