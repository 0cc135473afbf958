// The administrative-units module's public face: provinces through time, lineage, search and mentions in text.
export { ADMINISTRATIVE_LEVELS, COMMUNE_UNIT_TYPES, PROVINCE_TYPES } from "./data/vocabulary.js";
export { extractPlaces } from "./extract.js";
export {
  getCorrespondingProvinces,
  getPredecessors,
  getSuccessors,
  isValidProvinceReference,
} from "./lineage.js";
export { getProvince, listProvinces, safeGetProvince } from "./lookup.js";
export { searchProvinces } from "./search.js";
export type {
  AdministrativeLevel,
  AsOfOptions,
  CommuneCounts,
  CommuneUnitType,
  DatedValue,
  ExtractPlacesOptions,
  ListProvincesOptions,
  PlaceMention,
  Province,
  ProvinceLink,
  ProvinceMatch,
  ProvinceMatchKind,
  ProvinceReference,
  ProvinceType,
  SearchProvincesOptions,
  UnitStatus,
} from "./types.js";
