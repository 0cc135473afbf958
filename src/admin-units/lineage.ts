import type { IsoDate } from "../core/index.js";
import { getRecords, isInForce, type UnitRecord } from "./catalogue.js";
import { toDay } from "./day.js";
import { identify } from "./lookup.js";
import { readProvince } from "./read.js";
import type { AsOfOptions, Province, ProvinceLink, ProvinceReference } from "./types.js";

/**
 * The units a code (or name) passed into: each link carries the date, the adopting act and whether the territory
 * moved whole. The code is read as in {@link getProvince}: the unit bearing it on `asOf`, else the last one that
 * bore it before — so `getSuccessors("62", { asOf: "2025-07-01" })` is Quảng Ngãi (51). A unit still in force has
 * no successors.
 *
 * @returns the links, `[]` for a unit with no successors, `undefined` for an unknown code or name or an invalid
 *   `asOf`.
 *
 * @example
 * ```ts
 * getSuccessors("62", { asOf: "2025-07-01" })?.map((l) => [l.code, l.legalBasis]); // [["51", "202/2025/QH15"]]
 * getSuccessors("01"); // []
 * ```
 */
export function getSuccessors(codeOrName: string, options: AsOfOptions = {}): readonly ProvinceLink[] | undefined {
  const day = toDay(options?.asOf);
  const record = day === undefined ? undefined : identify(codeOrName, day);
  return record && day ? readProvince(record, day).successors : undefined;
}

/**
 * The units a code (or name) was formed from, read like {@link getSuccessors}: `getPredecessors("51")` is the old
 * Quảng Ngãi and Kon Tum, both moved whole on 1 July 2025 by Nghị quyết 202/2025/QH15.
 *
 * @returns the links, `[]` for a unit with no recorded predecessors, `undefined` for an unknown code or name or an
 *   invalid `asOf`.
 *
 * @example
 * ```ts
 * getPredecessors("51")?.map((l) => l.name.vi); // ["Quảng Ngãi", "Kon Tum"]
 * ```
 */
export function getPredecessors(codeOrName: string, options: AsOfOptions = {}): readonly ProvinceLink[] | undefined {
  const day = toDay(options?.asOf);
  const record = day === undefined ? undefined : identify(codeOrName, day);
  return record && day ? readProvince(record, day).predecessors : undefined;
}

/**
 * Follows lineage from a record to the records in force on a day: forward through successors, backward through
 * predecessors. Results are unique, in catalogue order.
 *
 * @example
 * ```ts
 * correspondingRecords(getRecords()[39]!, "2026-01-01").map((r) => r.code); // ["51"]
 * ```
 */
export function correspondingRecords(start: UnitRecord, day: IsoDate): UnitRecord[] {
  const all = getRecords();
  const found = new Set<number>();
  const seen = new Set<number>();
  const walk = (record: UnitRecord): void => {
    if (seen.has(record.index)) return;
    seen.add(record.index);
    if (isInForce(record, day)) found.add(record.index);
    else if (record.validUntil !== undefined && record.validUntil <= day) {
      for (const edge of record.successors) walk(all[edge.to] ?? record);
    } else {
      for (const edge of record.predecessors) walk(all[edge.from] ?? record);
    }
  };
  walk(start);
  return [...found].sort((a, b) => a - b).flatMap((index) => all[index] ?? []);
}

/**
 * The units that correspond, on another date, to a stored reference `{ code, asOf }`: the unit itself while it
 * exists, its successors after it was merged, its predecessors before it was formed. This is how a record saved
 * in March 2025 for Kon Tum ("62") is read today: Quảng Ngãi (51).
 *
 * @param reference - the stored code and the date it was valid on.
 * @param options - `asOf`, the date to read at (default `DATA_AS_OF`).
 * @returns the units (in code order), or `undefined` when the reference matches no unit, is malformed, or
 *   `options.asOf` is not a valid date.
 *
 * @example
 * ```ts
 * getCorrespondingProvinces({ code: "62", asOf: "2025-03-06" })?.map((p) => p.code); // ["51"]
 * getCorrespondingProvinces({ code: "51", asOf: "2026-01-01" }, { asOf: "2025-01-01" })?.map((p) => p.code); // ["51", "62"]
 * ```
 */
export function getCorrespondingProvinces(
  reference: ProvinceReference,
  options: AsOfOptions = {},
): Province[] | undefined {
  const day = toDay(options?.asOf);
  if (typeof reference !== "object" || reference === null || typeof reference.code !== "string") return undefined;
  const from = toDay(reference.asOf ?? null);
  const start = from === undefined ? undefined : identify(reference.code, from);
  return start && day ? correspondingRecords(start, day).map((record) => readProvince(record, day)) : undefined;
}

/**
 * Whether a value is a {@link ProvinceReference} naming a unit that bore the code on that date.
 *
 * @example
 * ```ts
 * isValidProvinceReference({ code: "62", asOf: "2025-03-06" }); // true
 * isValidProvinceReference({ code: "62", asOf: "2025-07-01" }); // false (Kon Tum had been merged)
 * ```
 */
export function isValidProvinceReference(value: unknown): value is ProvinceReference {
  if (typeof value !== "object" || value === null) return false;
  const { code, asOf } = value as { code?: unknown; asOf?: unknown };
  if (typeof code !== "string" || typeof asOf !== "string" || !/^\d{2}$/.test(code)) return false;
  const day = toDay(asOf);
  return day !== undefined && getRecords().some((record) => record.code === code && isInForce(record, day));
}
