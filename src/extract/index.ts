// The article extractor's public face: one call over an article, every fact linked by entry ids.
export { extract } from "./extract.js";
export {
  ARTICLE_FACTS_VERSION,
  type ArticleFacts,
  type DocumentCodeEntry,
  type DocumentEntry,
  type EntryId,
  type ExtractOptions,
  type MeetingDocumentEntry,
  type MeetingEntry,
  type MeetingPersonEntry,
  type Mention,
  type OrganEntry,
  type PersonEntry,
  type PlaceEntry,
  type PlaceUnit,
  type PostEntry,
  type StatementEntry,
} from "./types.js";
