import { extractPlaces, type PlaceMention } from "../admin-units/index.js";
import type { DateLike, LanguageOption, Locale } from "../core/index.js";
import { type ExtractedNumber, extractDates, extractNumbers, normalizeText, type OffsetMap } from "../text/index.js";
import { buildAliasIndex, findIndicatorMentions, getIndicator } from "./catalogue.js";
import type { IndicatorDefinition } from "./catalogue-types.js";
import { findPhrase, isWordUnit, skipSpaces, toKey } from "./key-text.js";
import { numberLanguage } from "./options.js";
import { findPeriods, type PeriodMention } from "./period.js";
import { type PhraseSet, phraseAfter, phraseBefore } from "./phrase-set.js";
import { findScoreCandidates, type Score, safeParseScore } from "./score.js";
import type { StatementPeriod, StatementScope } from "./statement-types.js";
import { createOverlapTest, type Range } from "./sweep.js";
import { buildVocabulary, type Vocabulary } from "./vocabulary.js";

/**
 * An indicator named in the text (or implied, for a score followed by "targets"), offsets into the normalised
 * text.
 *
 * @example
 * ```ts
 * const mention: Mention = { start: 0, end: 4, indicator: getIndicator("grdp-growth")! };
 * ```
 */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly indicator: IndicatorDefinition;
}

/**
 * A figure of the text that a statement may use: a number (by its index in `numbers`) or a score "x/y".
 *
 * @example
 * ```ts
 * const event: FigureEvent = { kind: "number", index: 0, start: 10, end: 15 };
 * ```
 */
export type FigureEvent =
  | { readonly kind: "number"; readonly index: number; readonly start: number; readonly end: number }
  | { readonly kind: "score"; readonly score: Score; readonly start: number; readonly end: number };

/**
 * Everything one extraction call reads from the text before statements are assembled. Offsets are into `plain`
 * (the normalised text); `map` takes them back to `original`.
 *
 * @example
 * ```ts
 * const context: StatementContext = buildContext("GRDP tăng 6,52%.", {});
 * context.mentions[0]?.indicator.id; // "grdp-growth"
 * ```
 */
export interface StatementContext {
  readonly original: string;
  readonly plain: string;
  readonly key: string;
  readonly map: OffsetMap;
  readonly numbers: readonly ExtractedNumber[];
  readonly events: readonly FigureEvent[];
  readonly periods: readonly PeriodMention[];
  readonly places: readonly PlaceMention[];
  readonly mentions: readonly Mention[];
  readonly sentences: readonly { readonly start: number; readonly end: number }[];
  readonly vocabulary: Vocabulary;
  /** Where target cues ("mục tiêu", "target") start, in order. */
  readonly targetCues: readonly number[];
  /** Where estimate cues ("ước", "estimated") start, in order. */
  readonly estimateCues: readonly number[];
  readonly locale: Locale;
  /** Parts of statements built once per call and shared by the statements that use them. */
  readonly shared: SharedParts;
}

/**
 * Per-call caches of statement parts that many statements repeat (a place's scope, a period): one frozen object
 * each, shared instead of copied.
 *
 * @example
 * ```ts
 * const shared: SharedParts = {
 *   scopes: new Map(),
 *   inferredScopes: new Map(),
 *   periods: new Map(),
 *   general: { start: -1, end: -1, found: [] },
 * };
 * ```
 */
export interface SharedParts {
  readonly scopes: Map<PlaceMention, StatementScope>;
  readonly inferredScopes: Map<PlaceMention, StatementScope>;
  readonly periods: Map<PeriodMention, StatementPeriod>;
  /**
   * Where the general words ("cả nước", "most provinces") are written, as whole words, in the last sentence asked
   * about: the statements of a sentence are built one after the other, and each asks about a window of it.
   */
  readonly general: { start: number; end: number; found: readonly Range[] };
}

/**
 * Options the context reads.
 *
 * @example
 * ```ts
 * const options: ContextOptions = { language: "vi", articleDate: "2025-03-06" };
 * ```
 */
export interface ContextOptions {
  readonly language?: LanguageOption;
  readonly asOf?: DateLike;
  readonly articleDate?: DateLike;
  readonly locale?: Locale;
}

const TARGET_NOUNS: readonly string[] = Object.freeze(["nhom chi tieu", "chi tieu", "targets", "target", "celow"]);
const MERGE_GAP = /^[\s()"'“”«»[\]-]*$/;

// Abbreviations whose dot does not end a sentence ("2025 r.", "No. 57", "TP. Hồ Chí Minh").
const ABBREVIATIONS: readonly string[] = Object.freeze([
  "no",
  "nr",
  "tp",
  "ok",
  "tys",
  "mln",
  "mld",
  "st",
  "dr",
  "mr",
  "ms",
  "vs",
  "r",
]);

function isLowerLetter(char: string): boolean {
  // ASCII answers without the two case conversions: a dot is followed by ASCII most of the time.
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return char !== char.toUpperCase() && char === char.toLowerCase();
}

/** Whether the unit after a dot lets it end a sentence: none, or white space (as `\s` has it). */
function isSpaceAfter(plain: string, index: number): boolean {
  if (index >= plain.length) return true;
  const code = plain.charCodeAt(index);
  // Digits and letters (the dots of "3.312" and "No.5") are settled without the regular expression.
  if (code > 0x20 && code < 0x80) return false;
  return /\s/.test(plain.charAt(index));
}

/** Whether the dot at `index` ends a sentence: followed by a space, and not after an abbreviation or before a lower-case word. */
function endsSentence(plain: string, key: string, index: number): boolean {
  if (!isSpaceAfter(plain, index + 1)) return false;
  let word = index;
  while (word > 0 && isWordUnit(key, word - 1)) word--;
  if (ABBREVIATIONS.includes(key.slice(word, index))) return false;
  const following = skipSpaces(plain, index + 1);
  return following >= plain.length || plain.charAt(following) === "\n" || !isLowerLetter(plain.charAt(following));
}

// The characters that may end a sentence or clause.
const BREAKS: readonly string[] = Object.freeze(["\n", ";", "!", "?", "."]);

/** Sentence and clause ranges: split after a sentence-ending ".", "!", "?", ";" and line breaks. */
function splitSentences(plain: string, key: string): { start: number; end: number }[] {
  const sentences: { start: number; end: number }[] = [];
  let start = 0;
  // The next occurrence of each break character: indexOf jumps over the text between them much faster than a
  // loop over every unit (the breaks are visited in text order, as that loop would visit them).
  const next = BREAKS.map((mark) => plain.indexOf(mark));
  for (;;) {
    let which = -1;
    let i = plain.length;
    for (let k = 0; k < next.length; k++) {
      const at = next[k] ?? -1;
      if (at >= 0 && at < i) {
        i = at;
        which = k;
      }
    }
    if (which < 0) break;
    next[which] = plain.indexOf(BREAKS[which] ?? "", i + 1);
    if (which === BREAKS.length - 1 && !endsSentence(plain, key, i)) continue;
    if (i + 1 > start) sentences.push({ start, end: i + 1 });
    start = i + 1;
  }
  if (start < plain.length) sentences.push({ start, end: plain.length });
  return sentences;
}

/** Adjacent mentions with only spaces or brackets between them ("tổng sản phẩm (GRDP)") name one indicator. */
function mergeMentions(plain: string, mentions: readonly Mention[]): Mention[] {
  const merged: Mention[] = [];
  for (const mention of mentions) {
    const last = merged[merged.length - 1];
    if (last && MERGE_GAP.test(plain.slice(last.end, mention.start))) {
      const keep = last.end - last.start >= mention.end - mention.start ? last.indicator : mention.indicator;
      merged[merged.length - 1] = { start: last.start, end: mention.end, indicator: keep };
    } else merged.push(mention);
  }
  return merged;
}

/** Sentences with scores "x/y" and a "targets" noun but no score indicator get a plan-targets mention there. */
function impliedMentions(
  key: string,
  sentences: readonly { start: number; end: number }[],
  events: readonly FigureEvent[],
  mentions: readonly Mention[],
): Mention[] {
  const planTargets = getIndicator("plan-targets");
  if (!planTargets) return [];
  const implied: Mention[] = [];
  let e = 0;
  let m = 0;
  for (const sentence of sentences) {
    let hasScore = false;
    while (e < events.length && (events[e]?.start ?? 0) < sentence.end) {
      if (events[e]?.kind === "score" && (events[e]?.start ?? 0) >= sentence.start) hasScore = true;
      e++;
    }
    const inSentence: Mention[] = [];
    while (m < mentions.length && (mentions[m]?.start ?? 0) < sentence.end) {
      const mention = mentions[m];
      if (mention && mention.start >= sentence.start) inSentence.push(mention);
      m++;
    }
    if (!hasScore || inSentence.some((mention) => mention.indicator.unit === "score")) continue;
    for (const noun of TARGET_NOUNS) {
      const at = findPhrase(key, noun, sentence.start, sentence.end);
      const span = { start: at, end: at + noun.length };
      if (at >= 0 && !inSentence.some((mention) => span.start < mention.end && mention.start < span.end)) {
        implied.push({ ...span, indicator: planTargets });
        break;
      }
    }
  }
  return implied;
}

/** Score events "x/y", wherever they are: a score may imply a mention of its own. */
function scoreEvents(plain: string, excluded: readonly Range[], language: LanguageOption): FigureEvent[] {
  const events: FigureEvent[] = [];
  const excludedForScores = createOverlapTest(excluded);
  for (const candidate of findScoreCandidates(plain)) {
    const span = { start: candidate.start, end: candidate.end };
    if (excludedForScores(span)) continue;
    const parsed = safeParseScore(plain.slice(span.start, span.end), { language });
    if (!parsed.success) continue;
    events.push({ kind: "score", score: { ...parsed.data, span }, ...span });
  }
  return events;
}

/**
 * Scores and numbers as figure events, in text order. Numbers are only looked at in `ranges` (the sentences that
 * name an indicator): figures elsewhere belong to no statement.
 */
function figureEvents(
  key: string,
  numbers: readonly ExtractedNumber[],
  excluded: readonly Range[],
  scores: readonly FigureEvent[],
  ranges: readonly Range[],
  labels: PhraseSet<true>,
): FigureEvent[] {
  const events: FigureEvent[] = [...scores];
  const excludedForNumbers = createOverlapTest([...excluded, ...scores]);
  let r = 0;
  numbers.forEach((number, index) => {
    const { start } = number.span;
    while (r < ranges.length && (ranges[r]?.end ?? 0) <= start) r++;
    if (r >= ranges.length || (ranges[r]?.start ?? 0) > start) return;
    if (excludedForNumbers(number.span)) return;
    if (phraseBefore(key, start, 0, labels)) return;
    events.push({ kind: "number", index, start, end: number.span.end });
  });
  return events.sort((a, b) => a.start - b.start);
}

/** The sentences a mention starts in, in order (each once). */
function mentionSentences(sentences: readonly Range[], mentions: readonly Mention[]): Range[] {
  const ranges: Range[] = [];
  let m = 0;
  for (const sentence of sentences) {
    let named = false;
    while (m < mentions.length && (mentions[m]?.start ?? 0) < sentence.end) {
      if ((mentions[m]?.start ?? 0) >= sentence.start) named = true;
      m++;
    }
    if (named) ranges.push(sentence);
  }
  return ranges;
}

/**
 * Start positions of the target and estimate cue phrases in `ranges`, each in text order, from one pass over their
 * word starts. Cues are only asked about inside sentences that name an indicator, so the rest of the text is not read.
 */
function findCues(
  key: string,
  targetCues: PhraseSet<true>,
  estimateCues: PhraseSet<true>,
  ranges: readonly Range[],
): { readonly target: number[]; readonly estimate: number[] } {
  const target: number[] = [];
  const estimate: number[] = [];
  for (const range of ranges) {
    let i = range.start;
    while (i < range.end) {
      if (!isWordUnit(key, i)) {
        i++;
        continue;
      }
      const start = i;
      if (!isWordUnit(key, start - 1)) {
        if (phraseAfter(key, start, key.length, targetCues)) target.push(start);
        if (phraseAfter(key, start, key.length, estimateCues)) estimate.push(start);
      }
      // The rest of the word starts no phrase.
      i++;
      while (i < range.end && isWordUnit(key, i)) i++;
    }
  }
  return { target, estimate };
}

/**
 * Reads a text once for the statement extractor: normalises it, finds numbers, scores, dates, periods, places,
 * sentences and indicator mentions.
 *
 * @example
 * ```ts
 * buildContext("Thu ngân sách đạt 3.312 tỷ đồng.", { language: "vi" }).events.length; // 1
 * ```
 */
export function buildContext(original: string, options: ContextOptions): StatementContext {
  const { text: plain, map } = normalizeText(original);
  const key = toKey(plain);
  const option = options.language ?? "auto";
  const language = numberLanguage(plain, option);
  const locale: Locale = options.locale === "en" ? "en" : "vi";
  const numbers = extractNumbers(plain, { language, locale });
  const dateOptions =
    options.articleDate === undefined ? { language: option } : { language: option, contextDate: options.articleDate };
  const dates = extractDates(plain, dateOptions);
  const periods = findPeriods(plain, key, dates);
  const placeOptions = {
    language: option,
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    ...(options.articleDate !== undefined ? { articleDate: options.articleDate } : {}),
  };
  const places = extractPlaces(plain, placeOptions);
  const sentences = splitSentences(plain, key);
  const excluded = [...dates.map((date) => date.span), ...periods];
  const vocabulary = buildVocabulary();
  const scores = scoreEvents(plain, excluded, language);
  const onPlace = createOverlapTest(places.map((place) => place.span));
  const found = findIndicatorMentions(key, buildAliasIndex()).filter((mention) => !onPlace(mention));
  const merged = mergeMentions(plain, found);
  const mentions = [...merged, ...impliedMentions(key, sentences, scores, merged)].sort((a, b) => a.start - b.start);
  const named = mentionSentences(sentences, mentions);
  const events = figureEvents(key, numbers, excluded, scores, named, vocabulary.numberLabels);
  const cues = findCues(key, vocabulary.targetCues, vocabulary.estimateCues, named);
  return {
    original,
    plain,
    key,
    map,
    numbers,
    events,
    periods,
    places,
    mentions,
    sentences,
    vocabulary,
    targetCues: cues.target,
    estimateCues: cues.estimate,
    locale,
    shared: {
      scopes: new Map(),
      inferredScopes: new Map(),
      periods: new Map(),
      general: { start: -1, end: -1, found: [] },
    },
  };
}
