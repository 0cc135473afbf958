/**
 * Reads an example article into the flat, comparable facts the article test checks: documents, people with posts,
 * meetings, places and indicator statements. `readArticleFacts` goes through `extract`; the same view can be built
 * from the module extractors one by one (`readArticleFactsWithExtractors`), so switching is a one-line change.
 */
import {
  type ArticleFacts,
  DATA_AS_OF,
  type DocumentReference,
  extract,
  extractDocumentReferences,
  extractIndicators,
  extractMeetings,
  extractPeople,
  extractPlaces,
  foldForMatch,
  type IndicatorStatement,
  type Meeting,
  type Person,
  type PlaceMention,
} from "../../src/index.js";

/** Options the article test passes for every article. */
export interface ArticleReadOptions {
  readonly language: "vi" | "en";
  /** Date of the article (its dateline). */
  readonly articleDate: string;
  /** Date places are resolved to ("now"); defaults to DATA_AS_OF. */
  readonly asOf?: string;
}

/** A cited document: canonical code (written or resolved), genre, number, date and issuing organ id. */
export interface DocumentFact {
  readonly code?: string;
  readonly type?: string;
  readonly number?: number;
  readonly date?: string;
  readonly issuer?: string;
}

/** One post: role, deputy and standing flags, organ id. */
export interface PostFact {
  readonly role: string;
  readonly deputy?: boolean;
  readonly standing?: boolean;
  readonly organ?: string;
}

/** A person by folded name (the same key in Vietnamese and English) with every post written beside the name. */
export interface PersonFact {
  readonly name: string;
  readonly posts: readonly PostFact[];
}

/** A meeting or delegation: kind, ordinal, delegation number, term, date and the folded name of who chaired or led. */
export interface MeetingFact {
  readonly kind: string;
  readonly ordinal?: number;
  readonly number?: number;
  readonly term?: { readonly ordinal?: number; readonly years?: readonly [number, number] };
  readonly date?: string;
  readonly chair?: string;
}

/** A province named in the article: its code at the article date, and the codes covering it at `asOf`. */
export interface PlaceFact {
  /** Code of the unit the name denoted at the article date. */
  readonly code: string;
  readonly now: readonly string[];
}

/** An indicator statement: indicator id, scope (province code at the article date), target, actual, attainment, change. */
export interface IndicatorFact {
  readonly indicator: string;
  readonly scope?: string;
  readonly target?: {
    readonly comparator: string;
    readonly value: number;
    readonly high?: number;
    readonly approximate?: boolean;
  };
  readonly actual?: {
    readonly value: number;
    readonly outOf?: number;
    readonly high?: number;
    readonly qualifier?: string;
    readonly estimate?: boolean;
  };
  /** Reported attainment as a percentage of its basis ("vượt 69% dự toán" → 169, basis "estimate"). */
  readonly attainment?: {
    readonly percentOfTarget: number;
    /** Upper end for a reported range ("hụt 10-20%" → 80 to 90). */
    readonly percentOfTargetHigh?: number;
    readonly basis?: string;
  };
  readonly change?: { readonly direction: "increase" | "decrease"; readonly value: number; readonly basis?: string };
  /** Compared only when an expected statement gives it: months, quarter, year or last day covered. */
  readonly period?: {
    readonly kind: string;
    readonly months?: number;
    readonly year?: number;
    readonly until?: string;
  };
}

/** Everything the article test compares. */
export interface ArticleFactsView {
  readonly documents: readonly DocumentFact[];
  readonly people: readonly PersonFact[];
  readonly meetings: readonly MeetingFact[];
  readonly places: readonly PlaceFact[];
  readonly indicators: readonly IndicatorFact[];
}

/** Lower case without diacritics: "Trần Việt Trường" and "Tran Viet Truong" give the same key. */
export function foldName(name: string): string {
  return foldForMatch(name).replace(/\s+/g, " ").trim();
}

function documentKey(fact: DocumentFact): string {
  return fact.code ?? `${fact.type ?? "?"}#${fact.number ?? "?"}`;
}

/** One document per code: a document cited twice is one document, with what each mention adds. */
function documentFacts(references: readonly (DocumentReference | ArticleFacts["documents"][number])[]): DocumentFact[] {
  const byKey = new Map<string, DocumentFact>();
  for (const ref of references) {
    const fact: DocumentFact = {
      ...(ref.code?.canonical ? { code: ref.code.canonical } : ref.resolvedCode ? { code: ref.resolvedCode } : {}),
      ...(ref.documentType ? { type: ref.documentType } : {}),
      ...(ref.number === undefined ? {} : { number: ref.number }),
      ...(ref.date ? { date: ref.date } : {}),
      ...(ref.issuer ? { issuer: ref.issuer.organId } : {}),
    };
    const key = documentKey(fact);
    byKey.set(key, { ...fact, ...byKey.get(key) });
  }
  return [...byKey.values()];
}

type AnyPost = Person["posts"][number] | ArticleFacts["people"][number]["posts"][number];

function postFact(post: AnyPost): PostFact {
  const organ = "organId" in post ? post.organId : "organ" in post ? post.organ?.organId : undefined;
  return {
    role: post.role,
    ...(post.deputy ? { deputy: true } : {}),
    ...(post.standing ? { standing: true } : {}),
    ...(organ ? { organ } : {}),
  };
}

/** One entry per person: a name written again later ("đồng chí Trương Thị Mai") adds its posts to the first. */
function peopleFacts(people: readonly (Person | ArticleFacts["people"][number])[]): PersonFact[] {
  const byName = new Map<string, PostFact[]>();
  for (const person of people) {
    const posts = byName.get(person.foldedName) ?? [];
    for (const post of person.posts.map(postFact)) {
      if (!posts.some((seen) => JSON.stringify(seen) === JSON.stringify(post))) posts.push(post);
    }
    byName.set(person.foldedName, posts);
  }
  return [...byName].map(([name, posts]) => ({ name, posts }));
}

function meetingFact(meeting: Meeting | ArticleFacts["meetings"][number]): MeetingFact {
  const term = meeting.term
    ? {
        ...(meeting.term.ordinal === undefined ? {} : { ordinal: meeting.term.ordinal }),
        ...(meeting.term.years ? { years: meeting.term.years } : {}),
      }
    : undefined;
  return {
    kind: meeting.kind,
    ...(meeting.ordinal === undefined ? {} : { ordinal: meeting.ordinal }),
    ...(meeting.number === undefined ? {} : { number: meeting.number }),
    ...(term ? { term } : {}),
    ...(meeting.date ? { date: meeting.date } : {}),
    ...(meeting.chair ? { chair: foldName(meeting.chair.name) } : {}),
  };
}

/** One entry per province: the dateline and every later mention of the same unit are one place. */
function placeFacts(places: readonly PlaceMention[]): PlaceFact[] {
  const byCode = new Map<string, PlaceFact>();
  for (const place of places) {
    if (!byCode.has(place.province.code)) {
      byCode.set(place.province.code, { code: place.province.code, now: place.resolved.map((unit) => unit.code) });
    }
  }
  return [...byCode.values()];
}

function indicatorFact(statement: IndicatorStatement | ArticleFacts["statements"][number]): IndicatorFact {
  const { target, actual, attainment, change, period } = statement;
  return {
    indicator: statement.indicator.id,
    ...(statement.scope ? { scope: statement.scope.code } : {}),
    ...(target
      ? {
          target: {
            comparator: target.comparator,
            value: target.value,
            ...(target.high === undefined ? {} : { high: target.high }),
            ...(target.approximate ? { approximate: true } : {}),
          },
        }
      : {}),
    ...(actual
      ? {
          actual: {
            value: actual.value,
            ...(actual.unit.outOf === undefined ? {} : { outOf: actual.unit.outOf }),
            ...(actual.high === undefined ? {} : { high: actual.high }),
            ...(actual.qualifier ? { qualifier: actual.qualifier } : {}),
            ...(actual.estimate ? { estimate: true } : {}),
          },
        }
      : {}),
    ...(attainment?.percentOfTarget === undefined
      ? {}
      : {
          attainment: {
            percentOfTarget: attainment.percentOfTarget,
            ...(attainment.percentOfTargetHigh === undefined
              ? {}
              : { percentOfTargetHigh: attainment.percentOfTargetHigh }),
            ...(attainment.basis ? { basis: attainment.basis } : {}),
          },
        }),
    ...(change
      ? {
          change: {
            direction: change.direction,
            value: change.value.value,
            ...(change.basis ? { basis: change.basis.kind } : {}),
          },
        }
      : {}),
    ...(period
      ? {
          period: {
            kind: period.kind,
            ...(period.months === undefined ? {} : { months: period.months }),
            ...(period.year === undefined ? {} : { year: period.year }),
            ...(period.until ? { until: period.until } : {}),
          },
        }
      : {}),
  };
}

/** The comparable view of what `extract` returned. */
export function viewOfArticleFacts(facts: ArticleFacts): ArticleFactsView {
  const places = new Map<string, PlaceFact>();
  for (const place of facts.places) {
    const code = place.thenUnit.code;
    if (!places.has(code)) places.set(code, { code, now: place.nowUnits.map((unit) => unit.code) });
  }
  return {
    documents: documentFacts(facts.documents),
    people: peopleFacts(facts.people),
    meetings: facts.meetings.map(meetingFact),
    places: [...places.values()],
    indicators: facts.statements.map(indicatorFact),
  };
}

/** The facts of one article, read with `extract` (the main job). */
export function readArticleFacts(text: string, options: ArticleReadOptions): ArticleFactsView {
  const { language, articleDate } = options;
  return viewOfArticleFacts(extract(text, { language, articleDate, asOf: options.asOf ?? DATA_AS_OF }));
}

/** The same view built from the module extractors one by one, as before `extract` existed. */
export function readArticleFactsWithExtractors(text: string, options: ArticleReadOptions): ArticleFactsView {
  const common = { language: options.language, articleDate: options.articleDate, asOf: options.asOf ?? DATA_AS_OF };
  return {
    documents: documentFacts(extractDocumentReferences(text, common)),
    people: peopleFacts(extractPeople(text, common)),
    meetings: extractMeetings(text, common).map(meetingFact),
    places: placeFacts(extractPlaces(text, { asOf: common.asOf, articleDate: common.articleDate })),
    indicators: extractIndicators(text, common).map(indicatorFact),
  };
}
