import type { RatePeriod } from "../quantity-types.js";

/*
 * Unit words read around a figure, as matching keys (lower case, diacritics folded: "đồng" is "dong"). Within a
 * table, longer forms come first so that the first match is the longest (a test checks the order).
 * Sources: ISO 4217 for currency codes; Vietnamese usage as in the General Statistics Office's monthly reports
 * (Tổng cục Thống kê, "điểm phần trăm", "lượt khách", "tỷ đồng"); English and Polish press usage.
 */

/**
 * A word or phrase that names a unit, with what it means.
 *
 * @example
 * ```ts
 * const word: UnitWord<string> = { forms: ["usd", "us$"], meaning: "USD" };
 * ```
 */
export interface UnitWord<T> {
  readonly forms: readonly string[];
  readonly meaning: T;
}

/**
 * Currency words written after an amount (`3.312 tỷ đồng`, `1 299 mln USD`), by ISO 4217 code.
 *
 * @example
 * ```ts
 * CURRENCY_SUFFIXES.find((w) => w.forms.includes("dong"))?.meaning; // "VND"
 * ```
 */
export const CURRENCY_SUFFIXES: readonly UnitWord<string>[] = Object.freeze([
  Object.freeze({
    forms: Object.freeze(["dong viet nam", "vietnamese dong", "dong", "vnd"]),
    meaning: "VND",
  }),
  Object.freeze({
    forms: Object.freeze([
      "dolarow amerykanskich",
      "do la my",
      "us dollars",
      "dollars",
      "dolarow",
      "do la",
      "usd",
      "us$",
    ]),
    meaning: "USD",
  }),
  Object.freeze({ forms: Object.freeze(["euros", "euro", "eur"]), meaning: "EUR" }),
  Object.freeze({ forms: Object.freeze(["yen", "jpy"]), meaning: "JPY" }),
  Object.freeze({ forms: Object.freeze(["nhan dan te", "cny", "yuan"]), meaning: "CNY" }),
  Object.freeze({ forms: Object.freeze(["zlotych", "zl", "pln"]), meaning: "PLN" }),
]);

/**
 * Currency codes and signs written before an amount (`USD 1,299 million`, `$5 billion`, `VND 3,312 billion`).
 *
 * @example
 * ```ts
 * CURRENCY_PREFIXES.find((w) => w.forms.includes("$"))?.meaning; // "USD"
 * ```
 */
export const CURRENCY_PREFIXES: readonly UnitWord<string>[] = Object.freeze([
  Object.freeze({ forms: Object.freeze(["vnd"]), meaning: "VND" }),
  Object.freeze({ forms: Object.freeze(["us$", "usd", "$"]), meaning: "USD" }),
  Object.freeze({ forms: Object.freeze(["eur", "€"]), meaning: "EUR" }),
]);

/**
 * Words that turn a number into percentage points (`1,2 điểm phần trăm`, `0.5 pp`, `2 pkt proc.`).
 *
 * @example
 * ```ts
 * POINT_WORDS.includes("diem phan tram"); // true
 * ```
 */
export const POINT_WORDS: readonly string[] = Object.freeze([
  "punktow procentowych",
  "percentage points",
  "percentage point",
  "diem phan tram",
  "pkt proc.",
  "pkt proc",
  "diem %",
  "p.p.",
  "pp",
]);

/**
 * Words after a percentage that make it a rate per period (`1,5%/năm`, `3% a year`, `2% rocznie`).
 *
 * @example
 * ```ts
 * RATE_PERIODS[0]?.meaning; // "year"
 * ```
 */
export const RATE_PERIODS: readonly UnitWord<RatePeriod>[] = Object.freeze([
  Object.freeze({
    forms: Object.freeze([
      "moi nam",
      "hang nam",
      "per annum",
      "per year",
      "annually",
      "a year",
      "rocznie",
      "/ nam",
      "/nam",
      "/year",
      "/rok",
      "/yr",
    ]),
    meaning: "year",
  }),
  Object.freeze({ forms: Object.freeze(["moi quy", "per quarter", "/ quy", "/quy", "/quarter"]), meaning: "quarter" }),
  Object.freeze({
    forms: Object.freeze(["moi thang", "per month", "a month", "/ thang", "/thang", "/month"]),
    meaning: "month",
  }),
]);

/**
 * Nouns of the population a rate is counted per (`per 1,000 people`, `/1.000 dân`, `na 1000 mieszkańców`).
 *
 * @example
 * ```ts
 * POPULATION_NOUNS.includes("dan"); // true
 * ```
 */
export const POPULATION_NOUNS: readonly string[] = Object.freeze([
  "inhabitants",
  "mieszkancow",
  "population",
  "residents",
  "people",
  "persons",
  "nguoi",
  "dan",
]);

/**
 * Words that introduce the population base of a rate (`per`, `trên`, `/`, `na`).
 *
 * @example
 * ```ts
 * PER_WORDS.includes("per"); // true
 * ```
 */
export const PER_WORDS: readonly string[] = Object.freeze(["per", "tren", "na", "/"]);

/**
 * Bases a percentage can be a share of (`45% GRDP`, `94,8% kế hoạch`, `69% of the estimate`), each with the base
 * it stands for. A share of a plan, estimate or target is how attainment is reported.
 *
 * @example
 * ```ts
 * SHARE_BASES.find((w) => w.forms.includes("du toan"))?.meaning; // "estimate"
 * ```
 */
export const SHARE_BASES: readonly UnitWord<string>[] = Object.freeze([
  Object.freeze({
    forms: Object.freeze(["of grdp", "cua grdp", "trong grdp", "so voi grdp", "grdp"]),
    meaning: "GRDP",
  }),
  Object.freeze({ forms: Object.freeze(["of gdp", "cua gdp", "trong gdp", "so voi gdp", "gdp"]), meaning: "GDP" }),
  Object.freeze({
    forms: Object.freeze([
      "ke hoach von duoc giao",
      "ke hoach von",
      "ke hoach nam",
      "ke hoach",
      "of the plan",
      "of plan",
      "planu",
    ]),
    meaning: "plan",
  }),
  Object.freeze({
    forms: Object.freeze(["du toan", "of the estimate", "of the budget estimate", "szacunku"]),
    meaning: "estimate",
  }),
  Object.freeze({
    forms: Object.freeze(["chi tieu", "muc tieu", "of the target", "of target", "celu"]),
    meaning: "target",
  }),
  Object.freeze({ forms: Object.freeze(["kich ban", "of the scenario", "scenariusza"]), meaning: "scenario" }),
]);

/**
 * Words after a number that make it a multiple (`2 lần`, `3 times`).
 *
 * @example
 * ```ts
 * MULTIPLE_SUFFIXES.includes("lan"); // true
 * ```
 */
export const MULTIPLE_SUFFIXES: readonly string[] = Object.freeze(["times", "razy", "lan"]);

/**
 * Words that stand for a multiple without digits (`gấp đôi`, `double`).
 *
 * @example
 * ```ts
 * MULTIPLE_WORDS.find((w) => w.forms.includes("gap doi"))?.meaning; // 2
 * ```
 */
export const MULTIPLE_WORDS: readonly UnitWord<number>[] = Object.freeze([
  Object.freeze({ forms: Object.freeze(["gap ruoi"]), meaning: 1.5 }),
  Object.freeze({ forms: Object.freeze(["gap doi", "double", "dwukrotnie"]), meaning: 2 }),
  Object.freeze({ forms: Object.freeze(["gap ba", "triple", "trzykrotnie"]), meaning: 3 }),
]);

/**
 * Words after a number that make it index or score points (`68,5 điểm`, `70 points`).
 *
 * @example
 * ```ts
 * POINTS_SUFFIXES.includes("diem"); // true
 * ```
 */
export const POINTS_SUFFIXES: readonly string[] = Object.freeze(["punktow", "points", "diem", "pts", "pkt"]);

/**
 * Words before a number that make it a rank (`hạng 5`, `xếp thứ 12`, `ranked 3`).
 *
 * @example
 * ```ts
 * RANK_PREFIXES.includes("xep thu"); // true
 * ```
 */
export const RANK_PREFIXES: readonly string[] = Object.freeze([
  "xep hang thu",
  "xep hang",
  "dung thu",
  "xep thu",
  "ranked",
  "ranks",
  "rank",
  "hang",
  "miejsce",
]);

/**
 * Nouns counted by a figure (`1.585 dịch vụ công`, `2,100 procedures`), longest first. A count keeps the noun as
 * written in the text.
 *
 * @example
 * ```ts
 * COUNT_NOUNS.includes("doanh nghiep"); // true
 * ```
 */
export const COUNT_NOUNS: readonly string[] = Object.freeze([
  "dich vu cong truc tuyen toan trinh",
  "dich vu cong truc tuyen mot phan",
  "online public services",
  "dich vu cong truc tuyen",
  "administrative procedures",
  "thu tuc hanh chinh",
  "trung tam hanh chinh",
  "doanh nghiep thanh lap moi",
  "new enterprises",
  "tourist arrivals",
  "poor households",
  "party members",
  "dich vu cong",
  "doanh nghiep",
  "hop tac xa",
  "don vi hanh chinh",
  "dang vien",
  "luot khach",
  "ho ngheo",
  "enterprises",
  "businesses",
  "households",
  "procedures",
  "companies",
  "cooperatives",
  "przedsiebiorstw",
  "procedur",
  "turystow",
  "gospodarstw",
  "visitors",
  "tourists",
  "arrivals",
  "services",
  "projects",
  "targets",
  "communes",
  "workers",
  "people",
  "persons",
  "firms",
  "jobs",
  "units",
  "chi tieu",
  "dia phuong",
  "viec lam",
  "lao dong",
  "thu tuc",
  "du an",
  "dich vu",
  "nguoi",
  "luot",
  "khach",
  "ho",
  "xa",
]);
