import { type DateLike, type IsoDate, type LanguageOption, type Span, safeToIsoDate } from "../core/index.js";
import { extractOrgans, type OrganMention } from "../organs/index.js";
import { extractPeople, type Person } from "../positions/index.js";
import { type DocumentReference, extractDocumentReferences } from "../references/index.js";
import { type ExtractedDate, extractDates, foldWithMap, type OffsetMap, safeParseOrdinal } from "../text/index.js";
import { lowerAscii } from "./ascii-lower.js";
import { isLanguageOption, optionsRecord } from "./options.js";
import { decideRepeats } from "./repeats.js";
import { type Leader, leaderOf, meetingPerson } from "./roles.js";
import { splitParagraphs, splitSentences } from "./sentences.js";
import { getNationalAssemblyTerm, getPartyTerm } from "./term.js";
import { readTerm } from "./term-read.js";
import type { ExtractMeetingsOptions, Meeting, MeetingDocument, MeetingKind, Term } from "./types.js";
import {
  ALL_LEVELS,
  BODY_ORDINAL,
  CENTRAL_PLENUM,
  meetingTrigger,
  NAME_END,
  NATIONAL_ASSEMBLY,
  NATIONAL_CONGRESS,
  NOT_OWN_DATE,
  NUMBER_AFTER,
  NUMERAL_AFTER,
  ORDINAL_AFTER,
  STANDING_DELEGATION,
  TERM_PHRASE,
  TRIGGER_KINDS,
} from "./vocabulary.js";

const TAIL = 100;
const ORDINAL_MEMO_LIMIT = 10_000;
const LOOK_BACK = 48;

interface DraftContext {
  readonly text: string;
  /** Folded text; same coordinates as `map`'s transformed side. */
  readonly folded: string;
  readonly map: OffsetMap;
  /** Ordinals already read in this call, by language and word: the same few words recur before every trigger. */
  readonly ordinals: Map<string, number | undefined>;
}

interface Context extends DraftContext {
  readonly language: LanguageOption;
  readonly organs: readonly OrganMention[];
  readonly people: readonly Person[];
  readonly dates: readonly ExtractedDate[];
  readonly references: readonly DocumentReference[];
  /** What the meetings of a sentence share, by the sentence's start, filled as meetings are finished. */
  readonly sentences: Map<number, SentenceFacts>;
}

interface Draft {
  readonly kind: MeetingKind;
  readonly span: Span;
  /** Original span of the sentence the meeting stands in. */
  readonly sentence: Span;
  /** Original span of the trigger words ("Đoàn kiểm tra", "hội nghị"). */
  readonly trigger: Span;
  readonly paragraphEnd: number;
  readonly ordinal?: number;
  readonly term?: Term;
  readonly number?: number;
  /** Folded text of the trigger and its tail, for the term inference. */
  readonly phrase: string;
}

function byStart<T extends { readonly span: Span }>(items: readonly T[]): T[] {
  // Readers return their mentions in text order: a stable sort would give them back as they are. Anything odd in
  // a caller's list (no span, a start that is not a number) takes the sort, as before.
  let sorted = true;
  let previous = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const start = (item as { readonly span?: Partial<Span> } | null | undefined)?.span?.start;
    if (typeof start !== "number" || Number.isNaN(start) || start < previous) {
      sorted = false;
      break;
    }
    previous = start;
  }
  const copy = [...items];
  return sorted ? copy : copy.sort((a, b) => a.span.start - b.span.start);
}

/** The index of the first item whose span starts at or after `start` (items are sorted by start). */
function firstStartingFrom<T extends { readonly span: Span }>(items: readonly T[], start: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((items[mid] as T).span.start < start) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Items whose span starts in `[start, end)`; items are sorted by start, so a binary search finds the first. */
function startingIn<T extends { readonly span: Span }>(items: readonly T[], start: number, end: number): T[] {
  const found: T[] = [];
  for (let i = firstStartingFrom(items, start); i < items.length && (items[i] as T).span.start < end; i += 1) {
    found.push(items[i] as T);
  }
  return found;
}

function original(context: DraftContext, start: number, end: number): Span {
  return context.map.toOriginalSpan({ start, end });
}

function ordinalAt(context: DraftContext, start: number, end: number, language: LanguageOption): number | undefined {
  const span = original(context, start, end);
  const word = context.text.slice(span.start, span.end);
  const key = `${language}\u0000${word}`;
  if (context.ordinals.has(key)) return context.ordinals.get(key);
  const result = safeParseOrdinal(word, { language });
  const value = result.success ? result.data.value : undefined;
  // Bounded: a text of endless distinct words keeps a bounded memo.
  if (context.ordinals.size < ORDINAL_MEMO_LIMIT) context.ordinals.set(key, value);
  return value;
}

/** An English ordinal among the last four words before the trigger: "the 14th National Party Congress". */
function ordinalBefore(
  context: DraftContext,
  from: number,
  trigger: number,
): { value: number; start: number } | undefined {
  const slice = lowerSlice(context, Math.max(from, trigger - LOOK_BACK), trigger);
  const offset = trigger - slice.length;
  const words = [...slice.matchAll(/[a-z0-9]{1,20}/g)].slice(-4).reverse();
  for (const word of words) {
    if (/^\d+$/.test(word[0])) return undefined;
    const start = offset + word.index;
    const value = ordinalAt(context, start, start + word[0].length, "en");
    if (value !== undefined) return { value, start };
  }
  return undefined;
}

function termIn(context: DraftContext, start: number, end: number): Term | undefined {
  const window = lowerSlice(context, start, end);
  const phrase = TERM_PHRASE.exec(window);
  const body = BODY_ORDINAL.exec(window);
  const bodyTerm =
    body?.[1] === undefined
      ? undefined
      : {
          ordinal: Number(body[1]),
          span: original(context, start + body.index, start + body.index + body[0].length),
        };
  if (phrase) {
    const span = original(context, start + phrase.index, start + phrase.index + phrase[0].length);
    const reading = readTerm(context.text, span, "auto");
    if (typeof reading !== "string") {
      // "the 20th … Executive Committee, term 2025-2030": the ordinal from the body, the years from the term.
      if (reading.ordinal === undefined && bodyTerm && body && body.index < phrase.index) {
        return { ...reading, ordinal: bodyTerm.ordinal, span: { start: bodyTerm.span.start, end: span.end } };
      }
      return { ...reading, span };
    }
  }
  return bodyTerm;
}

function readDraft(context: DraftContext, match: RegExpExecArray, sentence: Span, stop: number, paragraphEnd: number) {
  const group = match.slice(1).findIndex((value) => value !== undefined);
  const kind = TRIGGER_KINDS[group];
  if (!kind) return undefined;
  const triggerStart = match.index;
  const triggerEnd = triggerStart + match[0].length;
  const longTail = lowerSlice(context, triggerEnd, Math.min(stop, triggerEnd + TAIL));
  // The meeting's name ends where a document title or a verb of adopting begins.
  const nameEnd = NAME_END.exec(longTail);
  const tailEnd = triggerEnd + (nameEnd ? nameEnd.index : longTail.length);
  const tail = longTail.slice(0, tailEnd - triggerEnd);
  if (kind === "na-session" && !NATIONAL_ASSEMBLY.test(tail)) return undefined;
  if ((kind === "congress" || kind === "conference") && ALL_LEVELS.test(tail)) return undefined;
  if (
    match[0] === "delegation" &&
    STANDING_DELEGATION.test(lowerSlice(context, Math.max(sentence.start, triggerStart - 24), triggerStart))
  ) {
    return undefined;
  }
  let start = triggerStart;
  let end = triggerEnd;
  let ordinal: number | undefined;
  const numeral = NUMERAL_AFTER.exec(tail);
  if (numeral && kind !== "delegation" && kind !== "working-session") {
    const word = numeral[0].slice(1);
    ordinal = /^\d+$/.test(word)
      ? Number(word)
      : ordinalAt(context, triggerEnd + 1, triggerEnd + numeral[0].length, "vi");
    if (ordinal !== undefined) end = triggerEnd + numeral[0].length;
  }
  // "Hội nghị lần thứ hai Ban Chấp hành …": the ordinal is inside the trigger words.
  const inside = ordinal === undefined ? ORDINAL_AFTER.exec(match[0]) : null;
  if (inside)
    ordinal = ordinalAt(context, triggerStart + inside.index, triggerStart + inside.index + inside[0].length, "vi");
  const after = ordinal === undefined ? ORDINAL_AFTER.exec(tail) : null;
  if (after) {
    ordinal = ordinalAt(context, triggerEnd + after.index, triggerEnd + after.index + after[0].length, "vi");
    if (ordinal !== undefined) end = Math.max(end, triggerEnd + after.index + after[0].length);
  }
  // Only English puts the ordinal before the noun ("the 14th National Party Congress").
  const english = !/^(?:hoi|dai|ky|buoi|doan) /.test(match[0]);
  if (ordinal === undefined && english && kind !== "delegation" && kind !== "working-session") {
    const before = ordinalBefore(context, sentence.start, triggerStart);
    if (before) {
      ordinal = before.value;
      start = before.start;
    }
  }
  const numberMatch = kind === "delegation" ? NUMBER_AFTER.exec(tail) : null;
  const number = numberMatch?.[1] === undefined ? undefined : Number(numberMatch[1]);
  if (numberMatch) end = Math.max(end, triggerEnd + numberMatch[0].length);
  const term = kind === "delegation" || kind === "working-session" ? undefined : termIn(context, triggerEnd, tailEnd);
  const span = original(context, start, end);
  const draft: Draft = {
    kind,
    span: term ? { start: span.start, end: Math.max(span.end, term.span.end) } : span,
    sentence,
    trigger: original(context, triggerStart, triggerEnd),
    paragraphEnd,
    phrase: lowerSlice(context, start, tailEnd),
    ...(ordinal === undefined ? {} : { ordinal }),
    ...(term ? { term } : {}),
    ...(number === undefined ? {} : { number }),
  };
  return draft;
}

/** Extends the span over an organ written right after it ("… số 1922 của Bộ Chính trị", "… of the Politburo"). */
/** Extends the span over an organ written right after it ("… số 1922 của Bộ Chính trị", "… of the Politburo"). */
function withOrgan(context: Context, span: Span, sentenceEnd: number): Span {
  const { organs } = context;
  // Organs are sorted by start: the first one starting in the span is found by a binary search.
  for (let i = firstStartingFrom(organs, span.start); i < organs.length; i += 1) {
    const organ = organs[i] as OrganMention;
    if (organ.span.start >= sentenceEnd) break;
    if (organ.span.end <= span.end) continue;
    const gap = context.text.slice(span.end, Math.max(span.end, organ.span.start)).trim().toLowerCase();
    if (organ.span.start <= span.end || gap === "của" || gap === "cua" || gap === "of" || gap === "of the") {
      return { start: span.start, end: organ.span.end };
    }
    if (organ.span.start > span.end) break;
  }
  return span;
}

function inferTerm(draft: Draft, date: IsoDate | undefined): { term: Term; termInferred: true } | undefined {
  if (draft.term) return undefined;
  if (draft.kind === "congress" && draft.ordinal !== undefined && NATIONAL_CONGRESS.test(draft.phrase)) {
    // The national congress numbered N elects the Central Committee of khóa N.
    return { term: { ordinal: draft.ordinal, span: draft.span }, termInferred: true };
  }
  const row =
    date === undefined
      ? undefined
      : draft.kind === "plenum" && CENTRAL_PLENUM.test(draft.phrase)
        ? getPartyTerm(date)
        : draft.kind === "na-session"
          ? getNationalAssemblyTerm(date)
          : undefined;
  return row ? { term: { ordinal: row.ordinal, years: row.years, span: draft.span }, termInferred: true } : undefined;
}

/** What every meeting of one sentence shares, read once per sentence (a long sentence may hold many meetings). */
interface SentenceFacts {
  /** Ids of the sentence's organs, in order of first mention. */
  readonly organIds: readonly string[];
  readonly date?: IsoDate;
  readonly leader?: Leader;
}

/** Whether a date is the meeting's own: not the date of a document cited ("Nghị quyết … ngày 25/10/2017"), not a "since" or "until". */
function isOwnDate(context: Context, found: ExtractedDate): boolean {
  if (found.date.iso === undefined) return false;
  const { start, end } = found.span;
  const refs = context.references;
  // References are sorted by start and do not overlap much: the last one starting at or before the date decides.
  const at = firstStartingFrom(refs, start + 1) - 1;
  for (let i = at; i >= 0 && i >= at - 2; i -= 1) {
    const ref = refs[i] as DocumentReference;
    if (ref.span.start <= start && ref.span.end >= end) return false;
  }
  const before = foldWithMap(context.text.slice(Math.max(0, start - 16), start)).text.toLowerCase();
  return !NOT_OWN_DATE.test(before);
}

function sentenceFacts(context: Context, sentence: Span): SentenceFacts {
  const known = context.sentences.get(sentence.start);
  if (known) return known;
  const organIds = [
    ...new Set(startingIn(context.organs, sentence.start, sentence.end).map((organ) => organ.organ.id)),
  ];
  const dated = startingIn(context.dates, sentence.start, sentence.end).find((found) => isOwnDate(context, found));
  const leader = leaderOf(context.text, startingIn(context.people, sentence.start, sentence.end));
  const facts: SentenceFacts = {
    organIds,
    ...(dated?.date.iso === undefined ? {} : { date: dated.date.iso }),
    ...(leader ? { leader } : {}),
  };
  context.sentences.set(sentence.start, facts);
  return facts;
}

/** The date a sentence gives its meetings, for telling a new meeting from a repeat. */
function sentenceDate(context: Context, sentence: Span): IsoDate | undefined {
  return sentenceFacts(context, sentence).date;
}

function finish(context: Context, draft: Draft, windowEnd: number): Meeting {
  const facts = sentenceFacts(context, draft.sentence);
  const span = withOrgan(context, draft.span, draft.sentence.end);
  // A central plenum is a meeting of the Central Committee even when the text says only "Hội nghị Trung ương".
  const organIds: string[] =
    draft.kind === "plenum" && CENTRAL_PLENUM.test(draft.phrase) ? ["party-central-committee"] : [];
  // The trigger words themselves ("Đoàn kiểm tra" reads as an organ) are the meeting, not a party to it.
  const itself = new Set(
    startingIn(context.organs, draft.trigger.start, Math.min(draft.trigger.end + 1, draft.sentence.end))
      .filter((organ) => organ.span.end <= draft.trigger.end)
      .map((organ) => organ.organ.id),
  );
  for (const id of facts.organIds) if (!itself.has(id) && !organIds.includes(id)) organIds.push(id);
  const date = facts.date;
  const { leader } = facts;
  const chair = leader ? meetingPerson(context.text, leader.person, draft.kind, leader) : undefined;
  const people = startingIn(context.people, draft.sentence.start, windowEnd);
  const documents: MeetingDocument[] = startingIn(context.references, draft.sentence.start, windowEnd).map((ref) => {
    const code = ref.code?.canonical ?? ref.resolvedCode;
    return { text: ref.text, span: ref.span, ...(code === undefined ? {} : { code }) };
  });
  const inferred = inferTerm(draft, date);
  return {
    kind: draft.kind,
    span,
    text: context.text.slice(span.start, span.end),
    ...(draft.ordinal === undefined ? {} : { ordinal: draft.ordinal }),
    ...(draft.term ? { term: draft.term } : {}),
    ...(inferred ?? {}),
    ...(date === undefined ? {} : { date }),
    ...(draft.number === undefined ? {} : { number: draft.number }),
    organIds,
    ...(chair ? { chair } : {}),
    participants: people.map((person) => meetingPerson(context.text, person, draft.kind, leader)),
    documents,
  };
}

/** The lists of `options.mentions` that are arrays (anything else is extracted afresh). */
function readGiven(value: unknown): {
  organs?: readonly OrganMention[];
  people?: readonly Person[];
  references?: readonly DocumentReference[];
} {
  const given = optionsRecord(value);
  return {
    ...(Array.isArray(given.organs) ? { organs: given.organs as readonly OrganMention[] } : {}),
    ...(Array.isArray(given.people) ? { people: given.people as readonly Person[] } : {}),
    ...(Array.isArray(given.references) ? { references: given.references as readonly DocumentReference[] } : {}),
  };
}

function dateOption(value: unknown): { ok: boolean; date?: DateLike } {
  if (value === undefined) return { ok: true };
  const iso = safeToIsoDate(value);
  return iso.success ? { ok: true, date: iso.data } : { ok: false };
}

/*
 * The folded text is lower-cased (ASCII only) a slice at a time: lower-casing a whole article was most of the
 * call, while the triggers, the windows around them and the phrases are a small part of it.
 */
function lowerSlice(context: DraftContext, start: number, end?: number): string {
  return lowerAscii(context.folded.slice(start, end));
}

/**
 * The trigger matches of the ASCII-lower-cased text, found on the folded text itself: without the `u` flag, `i`
 * matches an ASCII letter of the pattern only with the same ASCII letter in either case, and `\b` is ASCII, so
 * the matches are at the same places with the same groups; their strings are then lower-cased as they were.
 */
function triggerMatches(folded: string): RegExpExecArray[] {
  const trigger = meetingTrigger();
  // With `u` or `v`, `i` would also match "ſ" with "s" and "K" (Kelvin) with "k": lower-case the whole text then.
  if (/[uv]/.test(trigger.flags)) return [...lowerAscii(folded).matchAll(trigger)];
  // redos-safe: the source is meetingTrigger's literal, which the ReDoS gate checks; the `i` flag adds no quantifier.
  const caseless = new RegExp(trigger.source, `${trigger.flags}i`);
  const matches: RegExpExecArray[] = [];
  for (const match of folded.matchAll(caseless)) {
    for (let k = 0; k < match.length; k++) {
      const value = match[k];
      if (value !== undefined) match[k] = lowerAscii(value);
    }
    matches.push(match as RegExpExecArray);
  }
  return matches;
}

function collectDrafts(context: DraftContext, folded: string): Draft[] {
  const drafts: Draft[] = [];
  // One scan over the whole text; sentences then take their matches in order, so the work stays linear.
  const matches = triggerMatches(context.folded);
  let next = 0;
  for (const paragraph of splitParagraphs(folded)) {
    while (next < matches.length && (matches[next] as RegExpExecArray).index < paragraph.start) next += 1;
    // Most paragraphs name no meeting: they are not split into sentences at all.
    if (next >= matches.length || (matches[next] as RegExpExecArray).index >= paragraph.end) continue;
    const paragraphEnd = context.map.toOriginalIndex(paragraph.end);
    for (const sentence of splitSentences(folded, paragraph.start, paragraph.end)) {
      while (next < matches.length && (matches[next] as RegExpExecArray).index < sentence.start) next += 1;
      const inSentence: RegExpExecArray[] = [];
      for (; next < matches.length && (matches[next] as RegExpExecArray).index < sentence.end; next += 1) {
        const match = matches[next] as RegExpExecArray;
        if (match.index + match[0].length <= sentence.end) inSentence.push(match);
      }
      if (inSentence.length === 0) continue;
      const originalSentence = original(context, sentence.start, sentence.end);
      inSentence.forEach((match, index) => {
        const stop = inSentence[index + 1]?.index ?? sentence.end;
        const draft = readDraft(context, match, originalSentence, stop, paragraphEnd);
        if (draft) drafts.push(draft);
      });
    }
  }
  return drafts;
}

/**
 * Finds meetings in text: plenums ("Hội nghị Trung ương lần thứ 11, khóa XIII"), congresses ("Đại hội Đảng bộ
 * tỉnh lần thứ XX, nhiệm kỳ 2025–2030", "the 14th National Party Congress"), National Assembly sessions ("kỳ họp
 * thứ 9 Quốc hội khóa XV"), working sessions ("buổi làm việc"), conferences ("hội nghị") and delegations
 * ("Đoàn kiểm tra số 1922 của Bộ Chính trị", "Working Group No. 1920 of the Politburo"). Each comes with its
 * ordinal, term, number, its own date (not a cited document's), the organs of its sentence, its chair and
 * participants with their roles (head, deputy head, chair, participant) and the documents cited near it. A bare
 * repeat of a recent meeting of its kind ("the conference") adds nothing unless it has another date or delegation.
 *
 * Organs, people and documents the caller has already extracted from the same text can be passed as
 * `options.mentions`, so that they are not read twice.
 *
 * Never throws: a non-string or an invalid option gives `[]`. Time is linear in the text's length.
 *
 * @example
 * ```ts
 * const [meeting] = extractMeetings("Hội nghị Trung ương lần thứ 11, khóa XIII đã bế mạc ngày 12/4/2025.");
 * meeting?.kind; // "plenum"
 * meeting?.ordinal; // 11
 * meeting?.term?.ordinal; // 13
 * meeting?.date; // "2025-04-12"
 * ```
 */
export function extractMeetings(text: unknown, options?: ExtractMeetingsOptions): Meeting[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const record = optionsRecord(options);
  const language = record.language ?? "auto";
  const asOf = dateOption(record.asOf);
  const articleDate = dateOption(record.articleDate);
  if (!isLanguageOption(language) || !asOf.ok || !articleDate.ok) return [];
  const shared = {
    language,
    ...(asOf.date === undefined ? {} : { asOf: asOf.date }),
    ...(articleDate.date === undefined ? {} : { articleDate: articleDate.date }),
  };
  const folded = foldWithMap(text);
  const base: DraftContext = {
    text,
    folded: folded.text,
    map: folded.map,
    ordinals: new Map(),
  };
  // The meetings are found from their trigger words alone; organs, people, dates and documents are only read when
  // there is a meeting to give them to (most texts have none).
  const drafts = collectDrafts(base, folded.text);
  if (drafts.length === 0) return [];
  try {
    return assemble(base, drafts, readGiven(record.mentions), shared, articleDate.date);
  } catch {
    // The readers are total; this only guards the contract against hostile `mentions` lists.
    return [];
  }
}

function assemble(
  base: DraftContext,
  drafts: readonly Draft[],
  given: ReturnType<typeof readGiven>,
  shared: { readonly language: LanguageOption; readonly asOf?: DateLike; readonly articleDate?: DateLike },
  articleDate: DateLike | undefined,
): Meeting[] {
  const { text } = base;
  const { language } = shared;
  const context: Context = {
    ...base,
    language,
    organs: byStart(given.organs ?? extractOrgans(text, shared)),
    people: byStart(given.people ?? extractPeople(text, shared)),
    dates: byStart(
      extractDates(text, { language, ...(articleDate === undefined ? {} : { contextDate: articleDate }) }),
    ),
    references: byStart(given.references ?? extractDocumentReferences(text, shared)),
    sentences: new Map(),
  };
  // A bare repeat ("the conference", "đoàn kiểm tra") names a meeting already found, unless its own date says
  // it is another one; a bare mention before a fuller one (a headline) names that one.
  const kept = decideRepeats(drafts, (draft) => sentenceDate(context, draft.sentence));
  const paragraphs = splitParagraphs(text);
  let paragraph = 0;
  let next = 0;
  return kept.map((draft, index) => {
    // People and documents of a meeting: from its sentence to the next meeting's sentence, at most to the end of
    // the following paragraph (the attendees are often listed in the paragraph after the meeting).
    while (paragraph < paragraphs.length && (paragraphs[paragraph] as Span).end < draft.paragraphEnd) paragraph += 1;
    const limit = paragraphs[paragraph + 1]?.end ?? draft.paragraphEnd;
    // Drafts come in text order: the first later draft in a later sentence only moves forward.
    next = Math.max(next, index + 1);
    while (next < kept.length && (kept[next] as Draft).sentence.start <= draft.sentence.start) next += 1;
    const later = kept[next];
    const windowEnd = later ? Math.min(later.sentence.start, limit) : limit;
    return finish(context, draft, Math.max(windowEnd, draft.sentence.end));
  });
}
