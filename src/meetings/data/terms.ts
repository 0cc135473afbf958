import type { TermInOffice } from "../types.js";

/**
 * Terms (khóa) of the Party Central Committee, oldest first. A term runs from the opening of its first plenum,
 * held during the congress, to the first plenum of the next (Hướng dẫn on Party document numbering, summarised in
 * /work/shared/domain/reference.md §6).
 *
 * @example
 * ```ts
 * PARTY_TERMS.at(-1)?.ordinal; // 14
 * ```
 */
export const PARTY_TERMS: readonly TermInOffice[] = Object.freeze([
  Object.freeze({
    body: "party-central-committee",
    ordinal: 12,
    years: Object.freeze([2016, 2021] as const),
    from: "2016-01-27",
    until: "2021-01-31",
    source: "12th National Party Congress 20–28/01/2016; first plenum of the 12th Central Committee 27/01/2016",
  }),
  Object.freeze({
    body: "party-central-committee",
    ordinal: 13,
    years: Object.freeze([2021, 2026] as const),
    from: "2021-01-31",
    until: "2026-01-23",
    source: "reference.md §6: the 13th Congress elected its Central Committee on 31/01/2021",
  }),
  Object.freeze({
    body: "party-central-committee",
    ordinal: 14,
    years: Object.freeze([2026, 2031] as const),
    from: "2026-01-23",
    source: "reference.md §6: 14th Congress 19–23/01/2026; first plenum of khóa XIV on 23/01/2026",
  }),
] satisfies TermInOffice[]);

/**
 * Terms (khóa) of the National Assembly, oldest first. A term runs from the opening of its first session
 * (Constitution 2013, Art. 71) to the first session of the next.
 *
 * @example
 * ```ts
 * NATIONAL_ASSEMBLY_TERMS.at(-1)?.from; // "2026-04-06"
 * ```
 */
export const NATIONAL_ASSEMBLY_TERMS: readonly TermInOffice[] = Object.freeze([
  Object.freeze({
    body: "national-assembly",
    ordinal: 14,
    years: Object.freeze([2016, 2021] as const),
    from: "2016-07-20",
    until: "2021-07-20",
    source: "reference.md §2.4 (2016–2021); first session of khóa XIV opened 20/07/2016",
  }),
  Object.freeze({
    body: "national-assembly",
    ordinal: 15,
    years: Object.freeze([2021, 2026] as const),
    from: "2021-07-20",
    until: "2026-04-06",
    source: "reference.md §2.4 (2021–2026, shortened); first session of khóa XV opened 20/07/2021",
  }),
  Object.freeze({
    body: "national-assembly",
    ordinal: 16,
    years: Object.freeze([2026, 2031] as const),
    from: "2026-04-06",
    source: "reference.md §2.4: elected 15/03/2026; first session opened 06/04/2026",
  }),
] satisfies TermInOffice[]);
