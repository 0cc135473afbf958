// The organ catalogue's public face. getOrgan stays light (the document-code parser bundles it); findOrgan,
// extractOrgans and formatOrgan load the name tables.
export { ORGAN_INDEX } from "./data/organ-index.js";
export { extractOrgans } from "./extract-organs.js";
export { findOrgan } from "./find-organ.js";
export { formatOrgan } from "./format-organ.js";
export { getOrgan, listOrgans } from "./get-organ.js";
export { PhraseDictionary } from "./phrase-dictionary.js";
export { scanTokens, type TokenScan } from "./scan.js";
export { phraseKey, type TokenList, tokenize } from "./tokens.js";
export type {
  BoundPlace,
  ExtractOrgansOptions,
  FindOrganOptions,
  Organ,
  OrganIndexRow,
  OrganKind,
  OrganLevel,
  OrganMatchKind,
  OrganMention,
  OrganRef,
  OrganStatus,
} from "./types.js";
