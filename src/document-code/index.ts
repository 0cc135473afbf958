// The document-code module's public face: parse, validate, repair and format Party and State codes.
export { type DocumentTypeInfo, getDocumentGenre, getDocumentType } from "./document-type.js";
export { formatDocumentCode } from "./format.js";
export { type DocumentCodeIdOptions, getDocumentCodeId } from "./identifier.js";
export { isValidDocumentCode, normalizeDocumentCode, parseDocumentCode, safeParseDocumentCode } from "./parse.js";
export type {
  DocumentCode,
  DocumentCodeForm,
  DocumentCodeIssuer,
  DocumentCodeIssuerRole,
  DocumentCodeStyle,
  DocumentCodeSystem,
  FormatDocumentCodeOptions,
  ParseDocumentCodeOptions,
} from "./types.js";
export { PARTY_DOCUMENT_TYPES, STATE_DOCUMENT_TYPES } from "./vocabulary/document-types.js";
export { DOCUMENT_GENRES, type DocumentGenre } from "./vocabulary/genres.js";
export { NATIONAL_ASSEMBLY_TERM_STARTS, PARTY_TERM_STARTS } from "./vocabulary/terms.js";
