// The positions module's public face: titles as role x organ x place, and people with their posts in text.
export { ROLE_PHRASES, type RoleId, type RolePhraseRow } from "./data/roles.js";
export { extractPeople } from "./extract-people.js";
export { formatPositionTitle } from "./format-title.js";
export { parsePositionTitle, safeParsePositionTitle } from "./parse-title.js";
export type { Person, PositionOptions, Post } from "./types.js";
