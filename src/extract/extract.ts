import { extractPlaces } from "../admin-units/index.js";
import { createIssue, DATA_AS_OF, type Issue, type Locale } from "../core/index.js";
import { extractIndicators } from "../indicators/index.js";
import { extractMeetings } from "../meetings/index.js";
import { extractOrgans, scanTokens } from "../organs/index.js";
import { extractPeople } from "../positions/index.js";
import { extractDocumentReferences } from "../references/index.js";
import { withoutCodeParts } from "./code-parts.js";
import { buildDocuments } from "./documents.js";
import { buildMeetings } from "./meetings.js";
import { settle } from "./options.js";
import { buildOrgans } from "./organs.js";
import { buildPeople } from "./people.js";
import { buildPlaces } from "./places.js";
import { buildStatements } from "./statements.js";
import { ARTICLE_FACTS_VERSION, type ArticleFacts, type ExtractOptions } from "./types.js";

// The extractors promise never to throw; this guard keeps one failing reader from taking the others down.
function run<T>(name: string, read: () => T[], issues: Issue[], locale: Locale): T[] {
  try {
    const found = read();
    return Array.isArray(found) ? found : [];
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 80) : "";
    issues.push(createIssue("EXTRACTION_FAILED", { locale, hint: `${name}${detail ? `: ${detail}` : ""}` }));
    return [];
  }
}

function emptyFacts(issue: Issue): ArticleFacts {
  return {
    version: ARTICLE_FACTS_VERSION,
    language: "other",
    languageSource: "detected",
    asOf: DATA_AS_OF,
    places: [],
    organs: [],
    people: [],
    meetings: [],
    documents: [],
    statements: [],
    issues: [issue],
  };
}

/**
 * Reads one article and returns every fact the library knows how to find — places (as written then, and what
 * covers them now), organs, people with their posts, meetings, document references and indicator statements — as
 * plain JSON data linked by entry ids: a meeting's `participantRefs` are `people` ids, its `documentRefs` are
 * `documents` ids, a statement's `scopeRef` is a `places` id, a document's `issuerRef` and a post's `organRef` are
 * `organs` ids. An organ, place or person written several times is one entry with every mention; an organ
 * abbreviation inside a document code (the "TW" of 57-NQ/TW) is the document's issuer, not an organ entry. Every
 * span points into `text`.
 *
 * The language is detected unless given; the article date is the option, else the date at the head of the
 * dateline. Never throws: a non-string, bad options or a failing reader give an `issues` entry and a best-effort
 * result. `JSON.stringify(extract(text))` is the JSON form (schema: `docs/article-facts.schema.json`).
 *
 * @example
 * ```ts
 * const facts = extract(
 *   "Ngày 6/3/2025, ông Lê Văn An, Chủ tịch UBND tỉnh Kon Tum, chủ trì buổi làm việc.",
 *   { asOf: "2026-09-01" },
 * );
 * facts.articleDate; // "2025-03-06"
 * facts.people[0]?.posts[0]?.organRef; // "organ:0"
 * facts.places[0]?.nowUnits[0]?.name.vi; // "Quảng Ngãi"
 * ```
 */
export function extract(text: string, options?: ExtractOptions): ArticleFacts {
  try {
    if (typeof text !== "string") return emptyFacts(createIssue("INVALID_INPUT_TYPE"));
    const settings = settle(text, options);
    const { issues, locale, language, asOf, articleDate } = settings;
    if (!/\S/.test(text)) issues.push(createIssue("EMPTY_INPUT", { locale }));
    const dated = { language, asOf, ...(articleDate !== undefined && { articleDate }) };
    const places = buildPlaces(
      text,
      run("extractPlaces", () => extractPlaces(text, dated), issues, locale),
    );
    const references = run("extractDocumentReferences", () => extractDocumentReferences(text, dated), issues, locale);
    // Organs and people read the same tokens: the text is split once for both.
    const tokens = scanTokens(text);
    const organMentions = run("extractOrgans", () => extractOrgans(text, { ...dated, tokens }), issues, locale);
    const organs = buildOrgans(text, withoutCodeParts(organMentions, references), places);
    const personMentions = run(
      "extractPeople",
      () => extractPeople(text, { ...dated, locale, tokens }),
      issues,
      locale,
    );
    const people = buildPeople(text, personMentions, organs);
    const documents = buildDocuments(text, references, organs);
    const statements = buildStatements(
      text,
      run("extractIndicators", () => extractIndicators(text, { ...dated, locale }), issues, locale),
      places,
    );
    // Meetings are read from the mentions found above (same text and options) instead of extracting them again.
    const mentions = { organs: organMentions, people: personMentions, references };
    const meetings = buildMeetings(
      text,
      run("extractMeetings", () => extractMeetings(text, { ...dated, mentions }), issues, locale),
      { organs, people, documents },
    );
    return {
      version: ARTICLE_FACTS_VERSION,
      language: settings.factsLanguage,
      languageSource: settings.languageSource,
      ...(articleDate !== undefined && { articleDate }),
      ...(settings.articleDateSource !== undefined && { articleDateSource: settings.articleDateSource }),
      asOf,
      places: places.entries,
      organs: organs.entries,
      people: people.entries,
      meetings,
      documents: documents.entries,
      statements,
      issues,
    };
  } catch (error) {
    // Only a bug in the linking above lands here; the caller still gets a well-formed, empty result.
    const detail = error instanceof Error ? error.message.slice(0, 80) : "";
    return emptyFacts(createIssue("EXTRACTION_FAILED", { hint: `linking${detail ? `: ${detail}` : ""}` }));
  }
}
