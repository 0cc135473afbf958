/*
 * National Assembly terms (khóa): the first-session date of each term. A term runs from its first session to
 * the first session of the next (Hiến pháp 2013, Điều 71). Khóa XV–XVI from the reference (§2.4: QH16 elected
 * 15/03/2026, first session opened 06/04/2026); khóa I–XIV first-session dates from general knowledge
 * (unverified, used only at year granularity in practice).
 */

/**
 * First-session date of National Assembly term n at index n − 1.
 *
 * @example
 * ```ts
 * NATIONAL_ASSEMBLY_TERM_STARTS[15]; // "2026-04-06" (khóa XVI)
 * ```
 */
export const NATIONAL_ASSEMBLY_TERM_STARTS: readonly string[] = /* @__PURE__ */ Object.freeze([
  "1946-03-02",
  "1960-07-06",
  "1964-06-25",
  "1971-06-07",
  "1975-06-03",
  "1976-06-24",
  "1981-06-25",
  "1987-06-17",
  "1992-09-19",
  "1997-09-20",
  "2002-07-19",
  "2007-07-19",
  "2011-07-21",
  "2016-07-20",
  "2021-07-20",
  "2026-04-06",
]);

/*
 * Party Central Committee terms (khóa) for numbering: from the day after a national congress closes, or from the
 * first plenum when it is held during the congress (36-HD/VPTW §II.1.3.1). Khóa XIII (first plenum 31/01/2021)
 * and XIV (first plenum 23/01/2026, during Congress XIV) from the reference §1.3 and §6; khóa VI–XII from
 * congress closing dates known generally (unverified).
 */

/**
 * Start date of Party Central Committee term n at index n − 6 (khóa VI onwards).
 *
 * @example
 * ```ts
 * PARTY_TERM_STARTS[14 - 6]; // "2026-01-23" (khóa XIV)
 * ```
 */
export const PARTY_TERM_STARTS: readonly string[] = /* @__PURE__ */ Object.freeze([
  "1986-12-19",
  "1991-06-28",
  "1996-07-02",
  "2001-04-23",
  "2006-04-26",
  "2011-01-20",
  "2016-01-29",
  "2021-01-31",
  "2026-01-23",
]);
