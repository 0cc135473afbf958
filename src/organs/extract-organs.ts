import { extractPlaces, type PlaceMention } from "../admin-units/index.js";
import { type IsoDate, resolveAsOf, safeToIsoDate } from "../core/index.js";
import { getOrgan } from "./get-organ.js";
import { getDictionaries, type PhraseEntry, pickEntry } from "./phrases.js";
import { type TokenList, tokenize } from "./tokens.js";
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
const MAX_COMMUNE_WORDS = 4;
// A generic organ bound to a place of a level is the local organ of that level ("Hanoi Party Committee").
const LOCAL_FORMS: Readonly<Record<string, Partial<Record<OrganLevel, string>>>> = {
  "party-committee": { province: "provincial-party-committee", commune: "commune-party-committee" },
};

interface Context {
  readonly tokens: TokenList;
  readonly asOf: IsoDate;
  readonly articleDate: IsoDate;
  readonly language: "vi" | "en" | "auto";
  places: Map<number, PlaceMention> | undefined;
  placesByEnd: Map<number, PlaceMention> | undefined;
}

function placesAt(context: Context): { byStart: Map<number, PlaceMention>; byEnd: Map<number, PlaceMention> } {
  if (context.places === undefined || context.placesByEnd === undefined) {
    context.places = new Map();
    context.placesByEnd = new Map();
    let mentions: readonly PlaceMention[] = [];
    try {
      mentions = extractPlaces(context.tokens.text, { asOf: context.asOf, articleDate: context.articleDate });
    } catch {
      mentions = [];
    }
    for (const mention of mentions) {
      context.places.set(mention.span.start, mention);
      context.placesByEnd.set(mention.span.end, mention);
    }
  }
  return { byStart: context.places, byEnd: context.placesByEnd };
}

function isCapitalised(text: string, at: number): boolean {
  const first = text[at] ?? "";
  return first !== first.toLowerCase();
}

function allowed(entry: PhraseEntry, context: Context, at: number): boolean {
  if (context.language === "vi" && entry.by === "englishName") return false;
  if (context.language === "en" && entry.by === "name") return false;
  return !entry.needsCapital || isCapitalised(context.tokens.text, context.tokens.starts[at] ?? 0);
}

/** The longest organ phrase at token `at`: its end token and the entries it names. */
function longestAt(context: Context, at: number): { end: number; entries: readonly PhraseEntry[] } | undefined {
  const { names, abbreviations } = getDictionaries();
  let best: { end: number; entries: readonly PhraseEntry[] } | undefined;
  for (const [end, entries] of [
    ...names.matchesAt(context.tokens.folded, at),
    ...abbreviations.matchesAt(context.tokens.cased, at),
  ]) {
    const usable = entries.filter((entry) => allowed(entry, context, at));
    if (usable.length > 0 && (best === undefined || end > best.end)) best = { end, entries: usable };
  }
  return best;
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
  tokens: TokenList,
  at: number,
): { end: number; level: BoundPlace["level"]; city: boolean } | undefined {
  for (const [words, level, city] of DESIGNATORS) {
    if (words.every((word, k) => tokens.folded[at + k] === word && tokens.words[at + k] === true)) {
      return { end: at + words.length, level, city };
    }
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
  const start = tokens.starts[at];
  if (start === undefined) return { end: at };
  const designator = designatorAt(tokens, at);
  if (designator !== undefined) {
    const { byStart } = placesAt(context);
    const nameStart = tokens.starts[designator.end];
    const mention = byStart.get(start) ?? (nameStart === undefined ? undefined : byStart.get(nameStart));
    if (designator.level === "province" && mention !== undefined) {
      return { end: tokenAtOffset(tokens, mention.span.end, at), level: "province", place: provincePlace(mention) };
    }
    let end = designator.end;
    while (
      end < designator.end + MAX_COMMUNE_WORDS &&
      tokens.words[end] === true &&
      isCapitalised(tokens.text, tokens.starts[end] ?? 0)
    )
      end++;
    if (end > designator.end && designator.level !== "province") {
      const span = { start, end: tokens.ends[end - 1] ?? start };
      const name = tokens.text.slice(tokens.starts[designator.end], span.end);
      const ascii = tokens.cased.slice(designator.end, end).join(" ");
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
  if (mention === undefined && tokens.folded[at] === "of") {
    const next = tokens.folded[at + 1] === "the" ? at + 2 : at + 1;
    const after = tokens.starts[next];
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
  if (tokens.folded[headEnd] !== "of") return undefined;
  const next = tokens.folded[headEnd + 1] === "the" ? headEnd + 2 : headEnd + 1;
  const placeStart = tokens.starts[next];
  const mention = placeStart === undefined ? undefined : placesAt(context).byStart.get(placeStart);
  if (mention === undefined) return undefined;
  const rest = tokenAtOffset(tokens, mention.span.end, next);
  const head = tokens.folded.slice(at, headEnd);
  const synthetic = [...head, "of", "the", ...tokens.folded.slice(rest, rest + 16)];
  const matches = getDictionaries().names.matchesAt(synthetic, 0);
  const last = matches[matches.length - 1];
  const consumed = head.length + 2;
  if (last === undefined || last[0] <= consumed) return undefined;
  const entries = last[1].filter((entry) => allowed(entry, context, at));
  if (entries.length === 0) return undefined;
  return { end: rest + (last[0] - consumed), entries, place: provincePlace(mention) };
}

/** The first token at or after `from` that starts at or after `offset`. */
function tokenAtOffset(tokens: TokenList, offset: number, from: number): number {
  let k = from;
  while (k < tokens.starts.length && (tokens.starts[k] ?? 0) < offset) k++;
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
  const picked = pickEntry(found.entries, context.asOf);
  if (picked === undefined) return undefined;
  const { tokens } = context;
  const { entry } = picked;
  let { resolved } = picked;
  const local = isLocal(entry.level, resolved.named.level, resolved.named.generic);
  let start = tokens.starts[at] ?? 0;
  let place: BoundPlace | undefined;
  let level: OrganLevel | undefined = entry.level === "" ? undefined : entry.level;
  let endToken = found.end;
  // English: the place comes first ("Kon Tum Provincial People's Committee").
  if (local && entry.by === "englishName" && at > 0) {
    const before = placesAt(context).byEnd.get(tokens.ends[at - 1] ?? -1);
    if (before !== undefined && before.span.start >= previousEnd) {
      place = provincePlace(before);
      start = before.span.start;
    }
  }
  // English: a place inside the name ("Party Committee of the Kon Tum Provincial People's Committee").
  if (place === undefined && entry.by === "englishName") {
    const inner = placeInside(context, at, found.end);
    if (inner !== undefined) {
      const better = pickEntry(inner.entries, context.asOf);
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
  const end = tokens.ends[endToken - 1] ?? start;
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
    const tokens = tokenize(text);
    const context: Context = {
      tokens,
      asOf,
      articleDate: readDate(options?.articleDate, asOf),
      language,
      places: undefined,
      placesByEnd: undefined,
    };
    const mentions: OrganMention[] = [];
    let previousEnd = 0;
    for (let at = 0; at < tokens.starts.length; ) {
      const found = tokens.words[at] === true ? mentionAt(context, at, previousEnd) : undefined;
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
  } catch {
    return [];
  }
}
