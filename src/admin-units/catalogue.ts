import { isWithin, type Localized } from "../core/index.js";
import {
  ARRANGEMENT_2025,
  COMMUNE_COUNTS,
  ENGLISH_NAMES,
  NAME_CHANGES,
  TYPE_CHANGES,
  type TypeFlag,
  UNITS_63,
  UNITS_2025,
} from "./data/provinces.js";
import { toAscii } from "./fold.js";
import type { CommuneCounts, DatedValue, ProvinceType } from "./types.js";

/**
 * A lineage edge between two records of the catalogue (indices into {@link UnitRecord} list).
 *
 * @example
 * ```ts
 * const edge: LineageEdge = { from: 39, to: 73, date: "2025-07-01", adopted: "2025-06-12", legalBasis: "202/2025/QH15", transfer: "whole" };
 * ```
 */
export interface LineageEdge {
  readonly from: number;
  readonly to: number;
  readonly date: string;
  readonly adopted?: string;
  readonly legalBasis: string;
  readonly transfer: "whole" | "partial";
}

/**
 * One provincial unit as the catalogue holds it: identity is the code plus the validity window.
 *
 * @example
 * ```ts
 * getRecords().find((r) => r.code === "08" && r.validFrom === "2025-07-01")?.names[0]?.value.vi; // "Tuyên Quang"
 * ```
 */
export interface UnitRecord {
  readonly index: number;
  readonly code: string;
  readonly iso?: string;
  readonly validFrom?: string;
  readonly validUntil?: string;
  readonly names: readonly DatedValue<Localized>[];
  readonly types: readonly DatedValue<ProvinceType>[];
  readonly communes: readonly DatedValue<CommuneCounts>[];
  readonly predecessors: readonly LineageEdge[];
  readonly successors: readonly LineageEdge[];
}

interface Draft {
  code: string;
  iso?: string;
  validFrom?: string;
  validUntil?: string;
  names: DatedValue<Localized>[];
  types: DatedValue<ProvinceType>[];
  communes: DatedValue<CommuneCounts>[];
  predecessors: LineageEdge[];
  successors: LineageEdge[];
}

function typeOf(flag: TypeFlag): ProvinceType {
  return flag === "C" ? "city" : "province";
}

function label(vi: string): Localized {
  return Object.freeze({ vi, en: ENGLISH_NAMES[vi] ?? toAscii(vi) });
}

function fact<T>(value: T, from: string | undefined, legalBasis: string | undefined): DatedValue<T> {
  const out: { value: T; from?: string; legalBasis?: string } = { value };
  if (from !== undefined) out.from = from;
  if (legalBasis !== undefined) out.legalBasis = legalBasis;
  return out;
}

// Closes the open fact before `from` and appends the new one: facts stay chronological and gap-free.
function pushFact<T>(facts: DatedValue<T>[], value: T, from: string, legalBasis: string): void {
  const last = facts.pop();
  if (last) facts.push({ ...last, until: from });
  facts.push(fact(value, from, legalBasis));
}

function freezeDraft(draft: Draft, index: number): UnitRecord {
  const freezeAll = <T extends object>(items: T[]): readonly T[] =>
    Object.freeze(items.map((item) => Object.freeze(item)));
  const record: UnitRecord = {
    index,
    code: draft.code,
    ...(draft.iso === undefined ? {} : { iso: draft.iso }),
    ...(draft.validFrom === undefined ? {} : { validFrom: draft.validFrom }),
    ...(draft.validUntil === undefined ? {} : { validUntil: draft.validUntil }),
    names: freezeAll(draft.names),
    types: freezeAll(draft.types),
    communes: freezeAll(draft.communes),
    predecessors: freezeAll(draft.predecessors),
    successors: freezeAll(draft.successors),
  };
  return Object.freeze(record);
}

function window(draft: Draft): { from?: string; until?: string } {
  return {
    ...(draft.validFrom === undefined ? {} : { from: draft.validFrom }),
    ...(draft.validUntil === undefined ? {} : { until: draft.validUntil }),
  };
}

function build(): readonly UnitRecord[] {
  const { date, adopted, resolution } = ARRANGEMENT_2025;
  const merged = new Set(UNITS_2025.flatMap((row) => row[3].split(" ")));
  const drafts: Draft[] = UNITS_63.map(([code, vi, iso, flag]) => ({
    code,
    iso: `VN-${iso}`,
    ...(merged.has(code) ? { validUntil: date } : {}),
    names: [fact(label(vi), undefined, undefined)],
    types: [fact(typeOf(flag), undefined, undefined)],
    communes: [],
    predecessors: [],
    successors: [],
  }));
  const oldByCode = new Map(drafts.map((draft, i) => [draft.code, i]));
  for (const [code, vi, flag, predecessors] of UNITS_2025) {
    const to = drafts.length;
    const draft: Draft = {
      code,
      validFrom: date,
      names: [fact(label(vi), date, resolution)],
      types: [fact(typeOf(flag), date, resolution)],
      communes: [],
      predecessors: [],
      successors: [],
    };
    drafts.push(draft);
    for (const predecessor of predecessors.split(" ")) {
      const from = oldByCode.get(predecessor);
      const source = from === undefined ? undefined : drafts[from];
      if (from === undefined || !source) continue;
      const edge: LineageEdge = { from, to, date, adopted, legalBasis: resolution, transfer: "whole" };
      source.successors.push(edge);
      draft.predecessors.push(edge);
    }
  }
  const at = (code: string, day: string) => drafts.find((draft) => draft.code === code && isWithin(day, window(draft)));
  for (const [code, from, vi, basis] of NAME_CHANGES) {
    const draft = at(code, from);
    if (draft) pushFact(draft.names, label(vi), from, basis);
  }
  for (const [code, from, flag, basis] of TYPE_CHANGES) {
    const draft = at(code, from);
    if (draft) pushFact(draft.types, typeOf(flag), from, basis);
  }
  for (const [code, from, ward, commune, specialZone, basis] of COMMUNE_COUNTS) {
    const draft = at(code, from);
    const counts: CommuneCounts = Object.freeze({ ward, commune, specialZone, total: ward + commune + specialZone });
    if (draft) pushFact(draft.communes, counts, from, basis);
  }
  return Object.freeze(drafts.map(freezeDraft));
}

// Built on first use, never at import time; the cache only ever holds the one frozen result of `build()`.
let records: readonly UnitRecord[] | undefined;

/**
 * Every record of the provincial catalogue, built once on first use from the frozen tables.
 *
 * @example
 * ```ts
 * getRecords().length; // 86
 * ```
 */
export function getRecords(): readonly UnitRecord[] {
  records ??= build();
  return records;
}

/**
 * Whether a record was in force on a day.
 *
 * @example
 * ```ts
 * isInForce(getRecords()[0]!, "2025-07-01"); // true (Hà Nội)
 * ```
 */
export function isInForce(record: UnitRecord, day: string): boolean {
  return (
    (record.validFrom === undefined || record.validFrom <= day) &&
    (record.validUntil === undefined || day < record.validUntil)
  );
}

/**
 * Picks, among records, the one in force on a day; else the most recently ended; else the earliest future one.
 *
 * @example
 * ```ts
 * pickForDay(getRecords().filter((r) => r.code === "08"), "2025-06-30")?.validUntil; // "2025-07-01"
 * ```
 */
export function pickForDay(candidates: readonly UnitRecord[], day: string): UnitRecord | undefined {
  const current = candidates.find((record) => isInForce(record, day));
  if (current) return current;
  const ended = candidates
    .filter((record) => record.validUntil !== undefined && record.validUntil <= day)
    .sort((a, b) => ((b.validUntil ?? "") < (a.validUntil ?? "") ? -1 : 1));
  if (ended[0]) return ended[0];
  return [...candidates].sort((a, b) => ((a.validFrom ?? "") < (b.validFrom ?? "") ? -1 : 1))[0];
}
