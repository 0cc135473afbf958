// The references module's public face: document references in text, the well-known-documents catalogue.
export { annotateReferences } from "./annotate.js";
export { type GetWellKnownDocumentOptions, getWellKnownDocument, searchWellKnownDocuments } from "./catalogue.js";
export { WELL_KNOWN_DOCUMENTS } from "./data/well-known-documents.js";
export { extractDocumentReferences } from "./extract.js";
export type {
  DocumentReference,
  DocumentReferenceIssuer,
  ExtractDocumentReferencesOptions,
  ReferenceResolution,
  WellKnownDocument,
} from "./types.js";
