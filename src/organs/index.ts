// The organ catalogue's public face: a first, minimal catalogue that document-code issuers point into.
export { ORGAN_INDEX } from "./data/organ-index.js";
export { getOrgan, listOrgans } from "./get-organ.js";
export type { Organ, OrganIndexRow, OrganKind, OrganLevel } from "./types.js";
