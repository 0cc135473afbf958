// The meetings module's public face: terms, term tables and meetings in text.
export { NATIONAL_ASSEMBLY_TERMS, PARTY_TERMS } from "./data/terms.js";
export { extractMeetings } from "./extract.js";
export { formatTerm, getNationalAssemblyTerm, getPartyTerm, parseTerm, safeParseTerm } from "./term.js";
export type {
  ExtractMeetingsOptions,
  FormatTermOptions,
  Meeting,
  MeetingDocument,
  MeetingKind,
  MeetingMentions,
  MeetingPerson,
  MeetingRole,
  ParseTermOptions,
  Term,
  TermBody,
  TermInOffice,
} from "./types.js";
