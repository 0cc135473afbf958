/**
 * `vnpolity/zod`: zod schemas for the records vnpolity models. This entry is the only one that loads zod.
 * @packageDocumentation
 */
export * from "./admin-units.js";
export * from "./document-code.js";
export * from "./extract.js";
export * from "./indicators.js";
export * from "./meetings.js";
export * from "./organs.js";
export * from "./references.js";
