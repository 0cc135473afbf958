import type { IsoDate, Localized } from "../core/index.js";
import { getRecords, type LineageEdge, type UnitRecord } from "./catalogue.js";
import { ARRANGEMENT_2025 } from "./data/provinces.js";
import { toAscii } from "./fold.js";
import type { DatedValue, Province, ProvinceLink, ProvinceType, UnitStatus } from "./types.js";

// Memos over catalogue values only (the dates and names of the records), so they stay as small as the catalogue;
// each Province read asks for them again, and Date arithmetic and NFD folding were most of a short article's time.
let dayBefore: Map<IsoDate, IsoDate> | undefined;
let asciiNames: Map<string, string> | undefined;

// The last day a unit ending on `date` (a catalogue date) was in force.
function previousDay(date: IsoDate): IsoDate {
  dayBefore ??= new Map();
  let value = dayBefore.get(date);
  if (value === undefined) {
    const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
    value = new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
    dayBefore.set(date, value);
  }
  return value;
}

// The ASCII form of a catalogue name.
function asciiName(name: string): string {
  asciiNames ??= new Map();
  let value = asciiNames.get(name);
  if (value === undefined) {
    value = toAscii(name);
    asciiNames.set(name, value);
  }
  return value;
}

// A unit not in force on `asOf` is described as it stood on the nearest day it was.
function readingDay(record: UnitRecord, asOf: IsoDate): IsoDate {
  if (record.validUntil !== undefined && asOf >= record.validUntil) return previousDay(record.validUntil);
  if (record.validFrom !== undefined && asOf < record.validFrom) return record.validFrom;
  return asOf;
}

// The value of dated facts on a day (facts are chronological and gap-free).
function factAt<T>(facts: readonly DatedValue<T>[], day: IsoDate): T | undefined {
  for (const item of facts) {
    if ((item.from === undefined || item.from <= day) && (item.until === undefined || day < item.until)) {
      return item.value;
    }
  }
  return undefined;
}

function statusOf(record: UnitRecord, asOf: IsoDate): UnitStatus {
  if (record.validUntil !== undefined && asOf >= record.validUntil) return "abolished";
  if (record.validFrom !== undefined && asOf < record.validFrom) return "future";
  return "current";
}

function fullName(name: Localized, type: ProvinceType): Localized {
  if (type === "province") return { vi: `Tỉnh ${name.vi}`, en: `${name.en} Province` };
  const en = name.en.endsWith("City") || name.en === "Hanoi" ? name.en : `${name.en} City`;
  return { vi: `Thành phố ${name.vi}`, en };
}

function link(edge: LineageEdge, other: UnitRecord, side: "from" | "to"): ProvinceLink {
  // A predecessor is read on its last day, a successor on its first.
  const day = side === "from" ? previousDay(edge.date) : edge.date;
  const name = factAt(other.names, day) ?? { vi: other.code, en: other.code };
  return {
    code: other.code,
    name,
    ...(other.validFrom === undefined ? {} : { validFrom: other.validFrom }),
    ...(other.validUntil === undefined ? {} : { validUntil: other.validUntil }),
    reference: { code: other.code, asOf: day },
    date: edge.date,
    ...(edge.adopted === undefined ? {} : { adopted: edge.adopted }),
    legalBasis: edge.legalBasis,
    transfer: edge.transfer,
  };
}

function links(edges: readonly LineageEdge[], side: "from" | "to"): ProvinceLink[] {
  const all = getRecords();
  const out: ProvinceLink[] = [];
  for (const edge of edges) {
    const other = all[side === "from" ? edge.from : edge.to];
    if (other) out.push(link(edge, other, side));
  }
  return out;
}

// A record's links depend on the catalogue alone, not on the day it is read at: built once per record and side
// (like `history`, the link objects are shared between reads; each read gets an array of its own).
let linksByRecord: Map<UnitRecord, { from?: readonly ProvinceLink[]; to?: readonly ProvinceLink[] }> | undefined;

function recordLinks(record: UnitRecord, side: "from" | "to"): ProvinceLink[] {
  linksByRecord ??= new Map();
  let known = linksByRecord.get(record);
  if (known === undefined) {
    known = {};
    linksByRecord.set(record, known);
  }
  let list = known[side];
  if (list === undefined) {
    list = links(side === "from" ? record.predecessors : record.successors, side);
    known[side] = list;
  }
  return [...list];
}

/**
 * The public view of a record as of a date.
 *
 * @example
 * ```ts
 * readProvince(getRecords()[0]!, "2025-07-01").fullName.vi; // "Thành phố Hà Nội"
 * ```
 */
export function readProvince(record: UnitRecord, asOf: IsoDate): Province {
  const day = readingDay(record, asOf);
  const name = factAt(record.names, day) ?? { vi: record.code, en: record.code };
  const type = factAt(record.types, day) ?? "province";
  const communeCounts = factAt(record.communes, day);
  const twoTier = day >= ARRANGEMENT_2025.date;
  let seatIn: Province["seatIn"];
  if (twoTier) {
    // Quyết định 19/2025/QĐ-TTg gave each new unit the code of the predecessor whose seat it kept.
    const seat = record.predecessors.find((edge) => getRecords()[edge.from]?.code === record.code);
    const seatRecord = seat ? getRecords()[seat.from] : record;
    const seatName = seatRecord && factAt(seatRecord.names, previousDay(ARRANGEMENT_2025.date));
    if (seatRecord && seatName) seatIn = { code: seatRecord.code, name: seatName };
  }
  return {
    level: "province",
    code: record.code,
    codeBasis: twoTier ? ARRANGEMENT_2025.codeList : ARRANGEMENT_2025.previousCodeList,
    name,
    fullName: fullName(name, type),
    asciiName: asciiName(name.vi),
    type,
    ...(record.iso === undefined ? {} : { iso3166_2: record.iso }),
    ...(record.validFrom === undefined ? {} : { validFrom: record.validFrom }),
    ...(record.validUntil === undefined ? {} : { validUntil: record.validUntil }),
    asOf,
    status: statusOf(record, asOf),
    ...(communeCounts === undefined ? {} : { communeCounts }),
    ...(seatIn === undefined ? {} : { seatIn }),
    history: { names: record.names, types: record.types, communeCounts: record.communes },
    predecessors: recordLinks(record, "from"),
    successors: recordLinks(record, "to"),
  };
}
