import type { IsoDate } from "../core/index.js";
import { ORGAN_DETAILS } from "./data/organ-details.js";
import { ORGAN_INDEX } from "./data/organ-index.js";
import type { Organ } from "./types.js";

// Pure memo: the joined, frozen records are built on first use and never change afterwards.
let organs: ReadonlyMap<string, Organ> | undefined;

function buildOrgans(): ReadonlyMap<string, Organ> {
  const map = new Map<string, Organ>();
  for (const [id, kind, abbreviations, validFrom, validUntil] of ORGAN_INDEX) {
    const details = ORGAN_DETAILS[id];
    const organ: {
      -readonly [K in keyof Organ]: Organ[K];
    } = {
      id,
      name: Object.freeze({ vi: details?.name.vi ?? id, en: details?.name.en ?? id }),
      abbreviations: Object.freeze(abbreviations === "" ? [] : abbreviations.replaceAll("#", "").split(" ")),
      termSuffix: abbreviations.includes("#"),
      kind,
      level: details?.level ?? "any",
      generic: details?.generic === true,
      source: details?.source ?? "",
    };
    if (details?.parentId) organ.parentId = details.parentId;
    if (validFrom) organ.validFrom = validFrom as IsoDate;
    if (validUntil) organ.validUntil = validUntil as IsoDate;
    if (details?.successorIds) organ.successorIds = Object.freeze([...details.successorIds]);
    map.set(id, Object.freeze(organ));
  }
  return map;
}

/**
 * Looks an organ up by its id; `undefined` when the catalogue has no such organ.
 *
 * @example
 * ```ts
 * getOrgan("politburo")?.name.en; // "Politburo"
 * getOrgan("ministry-of-planning-and-investment")?.validUntil; // "2025-03-01"
 * getOrgan("nope"); // undefined
 * ```
 */
export function getOrgan(id: string): Organ | undefined {
  if (typeof id !== "string") return undefined;
  organs ??= buildOrgans();
  return organs.get(id);
}

/**
 * Every organ of the catalogue, in catalogue order.
 *
 * @example
 * ```ts
 * listOrgans().filter((organ) => organ.abbreviations.includes("TW")).map((organ) => organ.id);
 * // ["party-central-committee", "politburo", "party-secretariat"]
 * ```
 */
export function listOrgans(): readonly Organ[] {
  organs ??= buildOrgans();
  return [...organs.values()];
}
