/**
 * What each example article in examples/articles/ states, as data: the documents it cites, the people and their
 * posts, the meetings, the provinces (as they stood then and what covers them now) and the indicator statements.
 * One table per pair: the Vietnamese and the English article of a pair share the same object, so "the same
 * article in both languages gives the same structured facts" holds by construction.
 *
 * Ids and values are the library's own: organ ids of the organ catalogue, role ids of positions, indicator ids of
 * the indicator catalogue, two-digit province codes (Quyết định 124/2004/QĐ-TTg; from 1 July 2025 Quyết định
 * 19/2025/QĐ-TTg), document genres of the document-code vocabulary. Money is in whole currency units.
 *
 * `knownGap` marks an item the text plainly states but the library does not (yet) return as written here; the test
 * skips it and /work/notes/article-gaps.md lists it. A string applies to both languages; `{ vi, en }` to one.
 */
import type { DocumentFact, IndicatorFact, MeetingFact, PersonFact, PlaceFact } from "./articles-adapter.js";

/** Why an expected item is skipped, for both languages or for one. */
export type KnownGap = string | { readonly vi?: string; readonly en?: string };

export type ExpectedDocument = DocumentFact & { readonly knownGap?: KnownGap };
export type ExpectedPerson = PersonFact & { readonly knownGap?: KnownGap };
export type ExpectedMeeting = MeetingFact & { readonly knownGap?: KnownGap };
export type ExpectedPlace = PlaceFact & { readonly knownGap?: KnownGap };
export type ExpectedIndicator = IndicatorFact & { readonly knownGap?: KnownGap };

/** The facts of a pair of articles. */
export interface ExpectedFacts {
  readonly documents: readonly ExpectedDocument[];
  readonly people: readonly ExpectedPerson[];
  readonly meetings: readonly ExpectedMeeting[];
  readonly places: readonly ExpectedPlace[];
  readonly indicators: readonly ExpectedIndicator[];
}

/** The kinds of facts, as named in {@link ExpectedFacts}. */
export type FactKind = keyof ExpectedFacts;

/**
 * Something the library returns that is not a fact of the article (a headline repeating a meeting, a word read as a
 * name): matched by the fields given, and allowed only with a reason.
 */
export interface IgnoredItem {
  readonly kind: FactKind;
  readonly match: Readonly<Record<string, unknown>>;
  readonly reason: string;
}

/** One language version of a pair. */
export interface ArticleVersion {
  readonly file: string;
  readonly ignored: readonly IgnoredItem[];
}

/** A pair of articles with the same facts. */
export interface ArticlePair {
  readonly id: string;
  /** The dateline's date. */
  readonly articleDate: string;
  readonly expected: ExpectedFacts;
  readonly vi: ArticleVersion;
  readonly en: ArticleVersion;
}

// ---------------------------------------------------------------------------------------------------------------
// Two Politburo inspection delegations: No. 1922 in Kon Tum (6 March 2025), No. 1920 in Hà Giang (17 March 2025).
// ---------------------------------------------------------------------------------------------------------------

const DELEGATION_WORKING_SESSION: ExpectedFacts = {
  documents: [
    {
      code: "123-KL/TW",
      type: "conclusion",
      number: 123,
      date: "2025-01-24",
      issuer: "party-central-committee",
    },
    { code: "57-NQ/TW", type: "resolution", number: 57, date: "2024-12-22", issuer: "politburo" },
    // Written "Nghị quyết số 27 … của Ban Chấp hành Đảng bộ tỉnh khóa XVI": a Tỉnh ủy resolution is N-NQ/TU.
    {
      code: "27-NQ/TU",
      type: "resolution",
      number: 27,
      date: "2024-12-02",
      issuer: "provincial-party-committee",
    },
    // Written without diacritics, "89/NQ-HDND", as in the seed.
    { code: "89/NQ-HĐND", type: "resolution", number: 89, date: "2024-12-09", issuer: "peoples-council" },
    {
      code: "18-NQ/TW",
      type: "resolution",
      number: 18,
      date: "2017-10-25",
      issuer: "party-central-committee",
    },
    { code: "35-CT/TW", type: "directive", number: 35, issuer: "politburo" },
    // The text does not name the issuer of Kết luận 118-KL/TW.
    { code: "118-KL/TW", type: "conclusion", number: 118 },
  ],
  people: [
    {
      name: "tran viet truong",
      posts: [
        { role: "head", deputy: true, organ: "front-central-committee" },
        { role: "head", deputy: true, standing: true, organ: "inspection-delegation" },
      ],
    },
    {
      name: "le ngoc tuan",
      posts: [
        { role: "secretary", deputy: true, organ: "provincial-party-committee" },
        { role: "secretary", organ: "provincial-peoples-committee-party-committee" },
        { role: "head", organ: "peoples-committee" },
      ],
    },
    {
      name: "y ngoc",
      posts: [
        { role: "member", organ: "provincial-standing-board" },
        { role: "secretary", deputy: true, standing: true, organ: "provincial-peoples-committee-party-committee" },
        { role: "head", deputy: true, organ: "peoples-committee" },
      ],
    },
    {
      name: "le minh hung",
      posts: [
        { role: "member", organ: "politburo" },
        { role: "secretariat-member", organ: "party-secretariat" },
        { role: "head", organ: "party-organisation-commission" },
      ],
    },
    {
      name: "hau a lenh",
      posts: [
        { role: "member", organ: "party-central-committee" },
        { role: "secretary", organ: "provincial-party-committee" },
      ],
    },
    {
      name: "thao hong son",
      posts: [
        { role: "secretary", deputy: true, standing: true, organ: "provincial-party-committee" },
        { role: "head", organ: "peoples-council" },
      ],
    },
    {
      name: "phan huy ngoc",
      posts: [
        { role: "secretary", deputy: true, organ: "provincial-party-committee" },
        { role: "head", organ: "peoples-committee" },
      ],
    },
    { name: "nguyen quang duong", posts: [{ role: "head", deputy: true, organ: "party-organisation-commission" }] },
    { name: "tran quang minh", posts: [{ role: "head", organ: "provincial-inspection-commission" }] },
  ],
  meetings: [
    { kind: "delegation", number: 1922, date: "2025-03-06", chair: "tran viet truong" },
    { kind: "working-session", date: "2025-03-06", chair: "tran viet truong" },
    {
      kind: "delegation",
      number: 1920,
      date: "2025-03-17",
      chair: "le minh hung",
    },
    {
      kind: "working-session",
      date: "2025-03-17",
      chair: "le minh hung",
    },
    {
      kind: "congress",
      ordinal: 14,
      term: { ordinal: 14 },
    },
  ],
  places: [
    { code: "01", now: ["01"] },
    { code: "62", now: ["51"] },
    { code: "02", now: ["08"] },
    { code: "51", now: ["51"] },
    { code: "08", now: ["08"] },
  ],
  indicators: [
    {
      indicator: "economic-growth",
      target: { comparator: ">=", value: 8 },
    },
    {
      indicator: "grdp-growth",
      scope: "62",
      target: { comparator: ">=", value: 10, approximate: true },
      period: { kind: "year", year: 2025 },
    },
    {
      indicator: "public-investment-disbursement",
      scope: "62",
      target: { comparator: "=", value: 100 },
    },
    {
      indicator: "online-public-services",
      scope: "62",
      actual: { value: 1585 },
    },
    {
      indicator: "online-public-services-partial",
      scope: "62",
      actual: { value: 1663 },
    },
    { indicator: "national-portal-integration", scope: "62", actual: { value: 1436, outOf: 1770 } },
    { indicator: "economic-growth", scope: "02", target: { comparator: ">=", value: 8 } },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// The Standing member of the Secretariat's conference with provincial Party secretaries on 2023 (17 January 2024).
// ---------------------------------------------------------------------------------------------------------------

/** "Quảng Ninh đạt 15/15 chỉ tiêu": province code, targets met, targets set. */
const SCORES: readonly (readonly [string, number, number])[] = [
  ["22", 15, 15], // Quảng Ninh
  ["25", 15, 15], // Phú Thọ
  ["93", 18, 18], // Hậu Giang
  ["24", 17, 18], // Bắc Giang
  ["89", 14, 15], // An Giang
  ["52", 18, 19], // Bình Định
  ["96", 18, 19], // Cà Mau
  ["08", 19, 20], // Tuyên Quang
  ["46", 13, 14], // Thừa Thiên Huế
  ["54", 16, 17], // Phú Yên
  ["91", 27, 28], // Kiên Giang
  ["84", 26, 27], // Trà Vinh
  ["79", 17, 31], // Thành phố Hồ Chí Minh
  ["11", 14, 26], // Điện Biên
  ["19", 9, 15], // Thái Nguyên
  ["27", 11, 20], // Bắc Ninh
  ["04", 11, 17], // Cao Bằng
  ["64", 14, 21], // Gia Lai
  ["72", 11, 17], // Tây Ninh
  ["48", 4, 10], // Đà Nẵng
];

/** GRDP growth in 2023, per cent: province code, figure. */
const GROWTH: readonly (readonly [string, number])[] = [
  ["24", 13.45], // Bắc Giang
  ["93", 12.27], // Hậu Giang
  ["22", 11.03], // Quảng Ninh
  ["56", 10.55], // Khánh Hòa
  ["31", 10.34], // Hải Phòng
  ["36", 10.19], // Nam Định
  ["33", 10.05], // Hưng Yên
  ["77", -1.02], // Bà Rịa - Vũng Tàu
  ["12", -2.27], // Lai Châu
  ["49", -8.25], // Quảng Nam
  ["27", -9.28], // Bắc Ninh
];

const TARGETS_CONFERENCE: ExpectedFacts = {
  documents: [
    // Written without diacritics, "96-QD/TW", as in the seed.
    { code: "96-QĐ/TW", type: "regulation", number: 96, issuer: "politburo" },
    { code: "21-KL/TW", type: "conclusion", number: 21, issuer: "party-central-committee" },
    { code: "29-TB/TW", type: "notice", number: 29, issuer: "politburo" },
  ],
  people: [
    {
      name: "truong thi mai",
      posts: [
        { role: "member", organ: "politburo" },
        { role: "secretariat-standing-member", organ: "party-secretariat" },
      ],
    },
    {
      name: "le minh hung",
      posts: [
        { role: "secretariat-member", organ: "party-secretariat" },
        { role: "head", organ: "party-central-office" },
      ],
    },
  ],
  meetings: [{ kind: "conference", date: "2024-01-17", chair: "truong thi mai" }],
  places: [
    { code: "01", now: ["01"] },
    { code: "22", now: ["22"] },
    { code: "25", now: ["25"] },
    { code: "93", now: ["92"] },
    { code: "24", now: ["24"] },
    { code: "89", now: ["91"] },
    { code: "52", now: ["52"] },
    { code: "96", now: ["96"] },
    { code: "08", now: ["08"] },
    { code: "46", now: ["46"] },
    { code: "54", now: ["66"] },
    { code: "91", now: ["91"] },
    { code: "84", now: ["86"] },
    { code: "79", now: ["79"] },
    { code: "11", now: ["11"] },
    { code: "19", now: ["19"] },
    { code: "27", now: ["24"] },
    { code: "04", now: ["04"] },
    { code: "64", now: ["52"] },
    { code: "72", now: ["80"] },
    { code: "48", now: ["48"] },
    { code: "56", now: ["56"] },
    { code: "31", now: ["31"] },
    { code: "36", now: ["37"] },
    { code: "33", now: ["33"] },
    { code: "77", now: ["79"] },
    { code: "12", now: ["12"] },
    { code: "49", now: ["48"] },
  ],
  indicators: [
    ...SCORES.map(
      ([scope, value, outOf]): ExpectedIndicator => ({ indicator: "plan-targets", scope, actual: { value, outOf } }),
    ),
    ...GROWTH.map(([scope, value]): ExpectedIndicator => ({ indicator: "grdp-growth", scope, actual: { value } })),
    // "tăng ổn định từ 2 - 5%": a range of actual growth.
    { indicator: "agriculture-growth", actual: { value: 2, high: 5 } },
    // "tăng từ 10% đến 15% so với cùng kỳ": a change given as a range (the fact view compares the lower figure).
    { indicator: "retail-sales", change: { direction: "increase", value: 10, basis: "same-period" } },
    // "hụt khoảng 10-20% so với dự toán": 80–90% of the estimate.
    {
      indicator: "budget-revenue",
      attainment: { percentOfTarget: 80, percentOfTargetHigh: 90, basis: "estimate" },
    },
    {
      indicator: "multidimensional-poverty-rate",
      actual: { value: 1, qualifier: "<" },
    },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// The second plenum of the Cao Bằng Provincial Party Executive Committee, khóa XX (14 October 2025).
// ---------------------------------------------------------------------------------------------------------------

const UNCODED_DRAFT =
  "references: a document named by genre and title only, without a number ('dự thảo Quy chế làm việc …', 'the draft Resolution assigning tasks …'), is not returned";

const NINE_MONTH_PLENUM: ExpectedFacts = {
  documents: [
    {
      code: "18-NQ/TW",
      type: "resolution",
      number: 18,
      date: "2017-10-25",
      issuer: "party-central-committee",
    },
    { type: "rules", issuer: "provincial-party-committee", knownGap: UNCODED_DRAFT },
    { type: "resolution", knownGap: UNCODED_DRAFT },
  ],
  people: [
    {
      name: "quan minh cuong",
      posts: [
        { role: "secretary", organ: "provincial-party-committee" },
        { role: "head", organ: "national-assembly-delegation" },
      ],
    },
    {
      name: "be thanh tinh",
      posts: [
        { role: "secretary", deputy: true, standing: true, organ: "provincial-party-committee" },
        { role: "head", organ: "peoples-council" },
      ],
    },
    { name: "vu hong quang", posts: [{ role: "secretary", deputy: true, organ: "provincial-party-committee" }] },
    {
      name: "le hai hoa",
      posts: [
        { role: "secretary", deputy: true, organ: "provincial-party-committee" },
        { role: "head", organ: "peoples-committee" },
      ],
    },
  ],
  meetings: [
    {
      kind: "plenum",
      ordinal: 2,
      term: { ordinal: 20, years: [2025, 2030] },
      date: "2025-10-14",
      chair: "quan minh cuong",
    },
    { kind: "congress", ordinal: 20, term: { years: [2025, 2030] } },
  ],
  places: [
    { code: "04", now: ["04"] },
    { code: "06", now: ["19"] },
  ],
  indicators: [
    { indicator: "grdp-growth", scope: "04", actual: { value: 6.52 }, period: { kind: "months", months: 9 } },
    {
      indicator: "import-export-turnover",
      scope: "04",
      actual: { value: 1_299_000_000, qualifier: ">" },
      attainment: { percentOfTarget: 145, basis: "plan" },
      change: { direction: "increase", value: 77, basis: "same-period" },
    },
    {
      indicator: "import-export-turnover",
      scope: "04",
      actual: { value: 1_299_000_000, qualifier: ">" },
      attainment: { percentOfTarget: 128, basis: "scenario" },
    },
    {
      indicator: "budget-revenue",
      scope: "04",
      actual: { value: 3_312_000_000_000, qualifier: ">" },
      attainment: { percentOfTarget: 169, basis: "estimate" },
      change: { direction: "increase", value: 69, basis: "same-period" },
      period: { kind: "until", year: 2025, until: "2025-10-12" },
    },
    {
      indicator: "budget-revenue",
      scope: "04",
      actual: { value: 3_312_000_000_000, qualifier: ">" },
      attainment: { percentOfTarget: 159, basis: "estimate" },
    },
    { indicator: "tourist-arrivals", scope: "04", change: { direction: "increase", value: 59.4 } },
    { indicator: "tourism-revenue", scope: "04", change: { direction: "increase", value: 104 } },
    { indicator: "on-time-procedures", scope: "04", actual: { value: 99, qualifier: ">" } },
  ],
};

/** The three pairs of example articles and their facts. */
export const ARTICLE_PAIRS: readonly ArticlePair[] = [
  {
    id: "delegation-working-session",
    articleDate: "2025-03-18",
    expected: DELEGATION_WORKING_SESSION,
    vi: {
      file: "vi-delegation-working-session.txt",
      ignored: [],
    },
    en: { file: "en-delegation-working-session.txt", ignored: [] },
  },
  {
    id: "targets-conference",
    articleDate: "2024-01-17",
    expected: TARGETS_CONFERENCE,
    vi: {
      file: "vi-targets-conference.txt",
      ignored: [],
    },
    en: {
      file: "en-targets-conference.txt",
      ignored: [],
    },
  },
  {
    id: "nine-month-plenum",
    articleDate: "2025-10-14",
    expected: NINE_MONTH_PLENUM,
    vi: {
      file: "vi-nine-month-plenum.txt",
      ignored: [],
    },
    en: {
      file: "en-nine-month-plenum.txt",
      ignored: [],
    },
  },
];
