import type { Locale } from "../core/index.js";
import { getDocumentGenre } from "../document-code/index.js";
import type {
  ArticleFacts,
  DocumentEntry,
  MeetingEntry,
  PersonEntry,
  PlaceEntry,
  PlaceUnit,
  PostEntry,
  StatementEntry,
} from "../extract/index.js";
import { formatTerm } from "../meetings/index.js";
import { formatOrgan } from "../organs/index.js";
import { formatPositionTitle } from "../positions/index.js";
import { label } from "./labels.js";
import { formatQuantity, formatTarget, formatUnit } from "./measure.js";
import { captionLines, formatFigure, formatPercent } from "./text.js";

// The readable form of ArticleFacts: one section per kind of fact, each entry a heading line with its details
// indented below. Domain names come from the catalogues in the report's locale; quoted text is as written.

function section(title: string, entries: readonly string[], locale: Locale): string {
  const body = entries.length === 0 ? `  ${label("nothing", locale)}\n` : entries.join("");
  return `\n${title} (${entries.length})\n${body}`;
}

function quoted(text: string): string {
  return `“${text.replace(/\s+/g, " ").trim()}”`;
}

function formatDocument(document: DocumentEntry, locale: Locale): string {
  const code = document.code?.canonical ?? document.resolvedCode;
  const genre = document.documentType === undefined ? undefined : getDocumentGenre(document.documentType)?.[locale];
  const issuer = document.issuer && `${label("issuedBy", locale)} ${document.issuer.label[locale]}`;
  const what = [genre, issuer].filter((part) => part !== undefined).join(" ");
  const parts = [what === "" ? undefined : what, document.date].filter((part) => part !== undefined);
  const head = `  ${code ?? quoted(document.text)}${parts.length > 0 ? ` — ${parts.join(", ")}` : ""}\n`;
  const title = document.title === undefined ? "" : `    ${quoted(document.title)}\n`;
  return head + title;
}

function formatPost(post: PostEntry, locale: Locale): string {
  const organ =
    post.organId === undefined
      ? undefined
      : {
          organId: post.organId,
          ...(post.level === undefined ? {} : { level: post.level }),
          ...(post.place === undefined ? {} : { place: post.place }),
        };
  const title = formatPositionTitle(
    {
      role: post.role,
      deputy: post.deputy,
      standing: post.standing,
      ...(organ === undefined ? {} : { organ }),
      text: post.text,
      span: post.span,
    },
    { locale },
  );
  return title === "" ? post.text : title;
}

function formatPerson(person: PersonEntry, locale: Locale): string {
  const posts = person.posts.map((post) => `    ${formatPost(post, locale)}\n`).join("");
  return `  ${person.name}\n${posts}`;
}

function termText(meeting: MeetingEntry, locale: Locale): string | undefined {
  const term = meeting.term;
  if (term === undefined || (term.ordinal === undefined && term.years === undefined)) return undefined;
  try {
    const text = formatTerm(term, { locale });
    return meeting.termInferred ? `${text} (${label("inferred", locale)})` : text;
  } catch {
    return undefined;
  }
}

function formatMeeting(meeting: MeetingEntry, facts: ArticleFacts, locale: Locale): string {
  const head = [
    label(`kind.${meeting.kind}`, locale),
    meeting.ordinal === undefined ? undefined : label("ordinal", locale, { n: String(meeting.ordinal) }),
    meeting.number === undefined ? undefined : label("delegationNumber", locale, { n: String(meeting.number) }),
    termText(meeting, locale),
    meeting.date,
  ].filter((part) => part !== undefined);
  const names = (refs: readonly string[]) =>
    refs.flatMap((ref) => facts.people.find((person) => person.id === ref)?.name ?? []).join(", ");
  const documents = meeting.documents.map((document) => document.code ?? quoted(document.text)).join(", ");
  const rows: (readonly [string, string | undefined])[] = [
    [
      label("meetingOrgans", locale),
      meeting.organIds.map((organId) => formatOrgan({ organId }, { locale })).join("; "),
    ],
    [label("chair", locale), meeting.chair?.name],
    [label("participants", locale), names(meeting.participantRefs)],
    [label("discussed", locale), documents],
  ];
  const shown = rows.map(([caption, value]) => [caption, value === "" ? undefined : value] as const);
  return `  ${head.join(", ")} — ${quoted(meeting.text)}\n${captionLines(shown, "    ")}`;
}

function unitName(unit: PlaceUnit, locale: Locale): string {
  return `${unit.name[locale]} (${unit.code})`;
}

function formatPlace(place: PlaceEntry, locale: Locale): string {
  const now = place.changed
    ? `${label("now", locale)}: ${place.nowUnits.map((unit) => unitName(unit, locale)).join(", ")}`
    : label("unchanged", locale);
  const mentions = label("mentions", locale, { n: String(place.mentions.length) });
  return `  ${unitName(place.thenUnit, locale)} — ${now}; ${mentions}\n`;
}

function formatActual(statement: StatementEntry, locale: Locale): string | undefined {
  const actual = statement.actual;
  if (actual === undefined) return undefined;
  const written =
    actual.high === undefined
      ? formatQuantity(actual, locale)
      : `${formatFigure(actual.value, locale)}–${formatFigure(actual.high, locale)}${formatUnit(actual.unit, locale)}`;
  return actual.estimate ? `${written} (${label("estimate", locale)})` : written;
}

function formatChange(statement: StatementEntry, locale: Locale): string | undefined {
  const change = statement.change;
  if (change === undefined) return undefined;
  const basis = change.basis === undefined ? "" : ` (${change.basis.text})`;
  return `${label(`change.direction.${change.direction}`, locale)} ${formatQuantity(change.value, locale)}${basis}`;
}

function formatStatement(statement: StatementEntry, locale: Locale): string {
  const where = [statement.scope?.name[locale], statement.period?.text].filter((part) => part !== undefined);
  const head = `  ${statement.indicator.name[locale]}${where.length > 0 ? ` — ${where.join(", ")}` : ""}\n`;
  const assessment = statement.assessment;
  const rows: (readonly [string, string | undefined])[] = [
    [label("actual", locale), formatActual(statement, locale)],
    [label("target", locale), statement.target && formatTarget(statement.target, locale)],
    [label("reportedShort", locale), statement.attainment?.text],
    [label("change", locale), formatChange(statement, locale)],
    [
      label("assessment", locale),
      assessment &&
        `${assessment.label[locale]}${assessment.ratio === undefined ? "" : ` (${formatPercent(assessment.ratio, locale)})`}`,
    ],
  ];
  return head + captionLines(rows, "    ");
}

function formatHeader(facts: ArticleFacts, locale: Locale): string {
  const language = `${facts.language} (${label(facts.languageSource === "option" ? "given" : "detected", locale)})`;
  const date =
    facts.articleDate === undefined
      ? label("unknownDate", locale)
      : `${facts.articleDate} (${label(facts.articleDateSource === "option" ? "given" : "dateline", locale)})`;
  return `${label("article", locale)}: ${label("language", locale).toLowerCase()} ${language}; ${label("date", locale).toLowerCase()} ${date}; ${label("readAsOf", locale)} ${facts.asOf}\n`;
}

/**
 * The readable report of `vnpolity extract`: the article's language and date, then its documents, people and
 * posts, meetings, places (then and now) and indicator statements with their attainment.
 *
 * @example
 * ```ts
 * formatArticleReport(extract(text), "en").startsWith("Article: language"); // true
 * ```
 */
export function formatArticleReport(facts: ArticleFacts, locale: Locale): string {
  return [
    formatHeader(facts, locale),
    section(
      label("documents", locale),
      facts.documents.map((entry) => formatDocument(entry, locale)),
      locale,
    ),
    section(
      label("people", locale),
      facts.people.map((entry) => formatPerson(entry, locale)),
      locale,
    ),
    section(
      label("meetings", locale),
      facts.meetings.map((entry) => formatMeeting(entry, facts, locale)),
      locale,
    ),
    section(
      label("places", locale),
      facts.places.map((entry) => formatPlace(entry, locale)),
      locale,
    ),
    section(
      label("indicators", locale),
      facts.statements.map((entry) => formatStatement(entry, locale)),
      locale,
    ),
  ].join("");
}
