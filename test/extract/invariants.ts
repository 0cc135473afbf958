// Checks every ArticleFacts must pass, whatever the text: ids, links, spans and the JSON form.
import type { ArticleFacts, EntryId } from "../../src/extract/index.js";

const KINDS = {
  places: "place",
  organs: "organ",
  people: "person",
  meetings: "meeting",
  documents: "doc",
  statements: "stmt",
} as const;

type Collection = keyof typeof KINDS;

function hasEntry(facts: ArticleFacts, collection: Collection, ref: EntryId): boolean {
  const prefix = `${KINDS[collection]}:`;
  if (!ref.startsWith(prefix)) return false;
  const entry = facts[collection][Number(ref.slice(prefix.length))];
  return entry?.id === ref;
}

/** Every problem found, as readable strings (empty when the facts are sound). */
export function problemsOf(text: string, facts: ArticleFacts): string[] {
  const problems: string[] = [];
  const span = (where: string, s: { start: number; end: number }, written?: string) => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end))
      problems.push(`${where}: bad span ${JSON.stringify(s)}`);
    else if (s.end > text.length) problems.push(`${where}: span past the end`);
    else if (written !== undefined && text.slice(s.start, s.end) !== written)
      problems.push(`${where}: text ${JSON.stringify(written)} is not the slice`);
  };
  const ref = (where: string, collection: Collection, value: EntryId | undefined) => {
    if (value !== undefined && !hasEntry(facts, collection, value)) problems.push(`${where}: dangling ${value}`);
  };
  for (const collection of Object.keys(KINDS) as Collection[]) {
    facts[collection].forEach((entry, index) => {
      if (entry.id !== `${KINDS[collection]}:${index}`) problems.push(`${collection}[${index}]: id ${entry.id}`);
      span(entry.id, entry.span, entry.text);
    });
  }
  for (const entry of [...facts.places, ...facts.organs, ...facts.people]) {
    if (entry.mentions.length === 0) problems.push(`${entry.id}: no mentions`);
    if (entry.mentions[0]?.span.start !== entry.span.start) problems.push(`${entry.id}: span is not the first mention`);
    for (const mention of entry.mentions) span(`${entry.id} mention`, mention.span, mention.text);
  }
  for (const organ of facts.organs) {
    ref(organ.id, "places", organ.placeRef);
    if (organ.place) span(`${organ.id} place`, organ.place.span, organ.place.text);
  }
  for (const person of facts.people) {
    for (const post of person.posts) {
      span(`${person.id} post`, post.span, post.text);
      ref(`${person.id} post`, "organs", post.organRef);
      const organ = post.organRef === undefined ? undefined : facts.organs[Number(post.organRef.slice(6))];
      if (organ && organ.organId !== post.organId && organ.namedId !== post.organId)
        problems.push(`${person.id}: post organ ${post.organId} linked to ${organ.organId}`);
    }
  }
  for (const document of facts.documents) {
    ref(document.id, "organs", document.issuerRef);
    if (document.codeSpan) span(`${document.id} code`, document.codeSpan);
  }
  for (const statement of facts.statements) {
    ref(statement.id, "places", statement.scopeRef);
    span(`${statement.id} indicator`, statement.indicator.span, statement.indicator.text);
  }
  for (const meeting of facts.meetings) {
    for (const person of [...(meeting.chair ? [meeting.chair] : []), ...meeting.participants]) {
      span(`${meeting.id} person`, person.span);
      ref(`${meeting.id} person`, "people", person.personRef);
    }
    for (const document of meeting.documents) ref(`${meeting.id} document`, "documents", document.documentRef);
    for (const value of meeting.participantRefs) ref(`${meeting.id}`, "people", value);
    for (const value of meeting.documentRefs) ref(`${meeting.id}`, "documents", value);
    for (const value of meeting.organRefs) ref(`${meeting.id}`, "organs", value);
  }
  return problems;
}
