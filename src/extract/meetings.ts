import type { Meeting, MeetingPerson } from "../meetings/index.js";
import { type DocumentTable, findDocumentEntry } from "./documents.js";
import { mentionOf } from "./mention-of.js";
import { findOrganEntry, type OrganTable } from "./organs.js";
import { findPersonEntry, type PersonTable } from "./people.js";
import { toPlain } from "./plain.js";
import type { EntryId, MeetingEntry, MeetingPersonEntry } from "./types.js";

/** `"meeting:<index>"`. */
function meetingEntryId(index: number): EntryId {
  return `meeting:${index}`;
}

interface Tables {
  readonly organs: OrganTable;
  readonly people: PersonTable;
  readonly documents: DocumentTable;
}

function toPerson(person: MeetingPerson, people: PersonTable): MeetingPersonEntry {
  const personRef = findPersonEntry(people, person.name, person.span);
  return {
    name: person.name,
    span: { start: person.span.start, end: person.span.end },
    ...(person.role !== undefined && { role: person.role }),
    ...(person.standing !== undefined && { standing: person.standing }),
    ...(personRef !== undefined && { personRef }),
  };
}

function distinct(refs: readonly (EntryId | undefined)[]): EntryId[] {
  return [...new Set(refs.filter((ref): ref is EntryId => ref !== undefined))];
}

/** One entry per meeting, in text order, linked to its people, documents and organs. */
export function buildMeetings(text: string, meetings: readonly Meeting[], tables: Tables): MeetingEntry[] {
  return meetings.map((meeting, at) => {
    const chair = meeting.chair === undefined ? undefined : toPerson(meeting.chair, tables.people);
    const participants = meeting.participants.map((person) => toPerson(person, tables.people));
    const documents = meeting.documents.map((document) => {
      const documentRef = findDocumentEntry(tables.documents, document.span, document.code);
      return {
        text: document.text,
        span: { start: document.span.start, end: document.span.end },
        ...(document.code !== undefined && { code: document.code }),
        ...(documentRef !== undefined && { documentRef }),
      };
    });
    const organRefs = distinct(
      meeting.organIds.map((organ) => findOrganEntry(tables.organs, organ, undefined, meeting.span)),
    );
    return {
      id: meetingEntryId(at),
      kind: meeting.kind,
      ...mentionOf(text, meeting.span, meeting.text),
      ...(meeting.ordinal !== undefined && { ordinal: meeting.ordinal }),
      ...(meeting.term !== undefined && { term: toPlain(meeting.term) }),
      ...(meeting.termInferred !== undefined && { termInferred: meeting.termInferred }),
      ...(meeting.date !== undefined && { date: meeting.date }),
      ...(meeting.number !== undefined && { number: meeting.number }),
      organIds: [...meeting.organIds],
      organRefs,
      ...(chair !== undefined && { chair }),
      participants,
      documents,
      participantRefs: distinct([chair?.personRef, ...participants.map((person) => person.personRef)]),
      documentRefs: distinct(documents.map((document) => document.documentRef)),
    };
  });
}
