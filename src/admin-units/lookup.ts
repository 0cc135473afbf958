import {
  createIssue,
  fail,
  type IsoDate,
  type Issue,
  ok,
  type Result,
  resolveAsOf,
  safeToIsoDate,
} from "../core/index.js";
import { getRecords, isInForce, type UnitRecord } from "./catalogue.js";
import { toDay } from "./day.js";
import { readProvince } from "./read.js";
import { rankRecords } from "./search.js";
import type { AsOfOptions, ListProvincesOptions, Province } from "./types.js";

/**
 * The record a code or name identifies as of a day (see {@link getProvince}).
 *
 * @example
 * ```ts
 * identify("Kon Tum", "2026-09-01")?.code; // "62"
 * ```
 */
export function identify(codeOrName: unknown, day: IsoDate): UnitRecord | undefined {
  return rankRecords(codeOrName, day, false)[0]?.record;
}

/**
 * Looks up a provincial unit by code ("62"), ISO 3166-2 code ("VN-28") or any spelling of its name, as of a date.
 * The code or name of a unit that no longer exists resolves to that unit — with `status: "abolished"` and its
 * `successors` — rather than to nothing: `getProvince("Kon Tum")` is Kon Tum, merged into Quảng Ngãi.
 * Because codes are reused, a code reads as the unit bearing it on `asOf` (`"08"` is the Tuyên Quang formed in
 * 2025 from 1 July 2025, the old Tuyên Quang before).
 *
 * @param codeOrName - a code, ISO code or name; anything else returns `undefined`.
 * @param options - `asOf` (default `DATA_AS_OF`).
 * @returns the unit, or `undefined` when nothing matches or `asOf` is not a valid date ({@link safeGetProvince}
 *   tells which).
 *
 * @example
 * ```ts
 * getProvince("62")?.successors[0]?.name.vi; // "Quảng Ngãi"
 * getProvince("08", { asOf: "2025-06-30" })?.validUntil; // "2025-07-01"
 * getProvince("Saigon")?.code; // "79"
 * getProvince("Nha Trang"); // undefined
 * ```
 */
export function getProvince(codeOrName: string, options: AsOfOptions = {}): Province | undefined {
  const day = toDay(options?.asOf);
  const record = day === undefined ? undefined : identify(codeOrName, day);
  return record && day ? readProvince(record, day) : undefined;
}

/**
 * {@link getProvince} as a `Result`: never throws; explains a miss with an issue code and flags a unit that was not
 * in force on `asOf` any more with the warning `UNIT_ABOLISHED` (its successors in the hint).
 *
 * @returns the unit with warnings, or an error: `INVALID_INPUT_TYPE`, `EMPTY_INPUT`, `INVALID_DATE_LIKE`,
 *   `UNKNOWN_PROVINCE`.
 *
 * @example
 * ```ts
 * const result = safeGetProvince("Kon Tum", { asOf: "2026-01-01" });
 * result.success && result.warnings[0]?.code; // "UNIT_ABOLISHED"
 * safeGetProvince("Paris").success; // false (UNKNOWN_PROVINCE)
 * ```
 */
export function safeGetProvince(codeOrName: unknown, options: AsOfOptions = {}): Result<Province> {
  if (typeof codeOrName !== "string") return fail(createIssue("INVALID_INPUT_TYPE"));
  if (codeOrName.trim() === "") return fail(createIssue("EMPTY_INPUT"));
  const asOf = options?.asOf === undefined ? ok(resolveAsOf(undefined)) : safeToIsoDate(options.asOf);
  if (!asOf.success) return asOf;
  const record = identify(codeOrName, asOf.data);
  if (!record) return fail(createIssue("UNKNOWN_PROVINCE", { hint: codeOrName.slice(0, 60) }));
  const province = readProvince(record, asOf.data);
  const warnings: Issue[] = [];
  if (province.status === "abolished") {
    const successors = province.successors.map((link) => `${link.code} ${link.name.vi}`).join(", ");
    warnings.push(createIssue("UNIT_ABOLISHED", { hint: successors }));
  }
  return ok(province, warnings);
}

/**
 * The provincial units in force on a date, by code: 63 before 1 July 2025, 34 from then on. With `all: true`, every
 * unit the catalogue records, whatever its dates. The catalogue begins with the 63-unit arrangement; dates before
 * it existed (1 August 2008) are answered with that arrangement.
 *
 * @throws VnPolityError `INVALID_DATE_LIKE` when `asOf` is not a date.
 *
 * @example
 * ```ts
 * listProvinces({ asOf: "2025-06-01" }).length; // 63
 * listProvinces({ asOf: "2025-07-01" }).length; // 34
 * listProvinces({ all: true }).length; // 86
 * ```
 */
export function listProvinces(options: ListProvincesOptions = {}): Province[] {
  const day = resolveAsOf(options.asOf);
  return getRecords()
    .filter((record) => options.all === true || isInForce(record, day))
    .sort((a, b) =>
      a.code === b.code ? ((a.validFrom ?? "") < (b.validFrom ?? "") ? -1 : 1) : a.code < b.code ? -1 : 1,
    )
    .map((record) => readProvince(record, day));
}
