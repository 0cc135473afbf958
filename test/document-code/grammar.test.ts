import { describe, expect, it } from "vitest";
import { type DocumentCode, parseDocumentCode } from "../../src/document-code/index.js";

/*
 * One table per grammar (reference §8), written for this test: each row gives the fields the parser must return.
 * Codes come from the reference (sections given in the notes) or follow its grammar with other numbers.
 */

type Row = Pick<DocumentCode, "system" | "form" | "number" | "issuer"> & {
  readonly input: string;
  readonly year?: number;
  readonly type?: string;
  readonly genres?: readonly string[];
  readonly parts?: readonly (readonly [abbreviation: string, role: string, organ?: string, term?: number])[];
};

function check(row: Row): void {
  const code = parseDocumentCode(row.input, { mode: "strict" });
  expect(code.canonical).toBe(row.input);
  expect(code.system).toBe(row.system);
  expect(code.form).toBe(row.form);
  expect(code.number).toBe(row.number);
  expect(code.year).toBe(row.year);
  expect(code.type).toBe(row.type);
  expect(code.issuer).toBe(row.issuer);
  if (row.genres) expect(code.genres).toEqual(row.genres);
  if (row.parts) {
    expect(code.issuers.map((part) => [part.abbreviation, part.role])).toEqual(row.parts.map(([a, r]) => [a, r]));
    row.parts.forEach(([, , organ, term], index) => {
      const part = code.issuers[index];
      if (organ !== undefined) expect(part?.organIds).toContain(organ);
      else expect(part?.organIds).toBeUndefined();
      expect(part?.term).toBe(term);
    });
  }
}

describe("Party grammar: number-TYPE/ISSUER", () => {
  const rows: Row[] = [
    {
      input: "57-NQ/TW",
      system: "party",
      form: "party",
      number: 57,
      type: "NQ",
      issuer: "TW",
      genres: ["resolution"],
      parts: [["TW", "issuer", "politburo"]],
    },
    {
      input: "24-BS/UBKTTU",
      system: "party",
      form: "party",
      number: 24,
      type: "BS",
      issuer: "UBKTTU",
      genres: ["copy"],
    },
    {
      input: "05-QC/BTCTU-BDVTU",
      system: "party",
      form: "party",
      number: 5,
      type: "QC",
      issuer: "BTCTU-BDVTU",
      parts: [
        ["BTCTU", "issuer", "provincial-organisation-commission"],
        ["BDVTU", "co-issuer", "provincial-mass-mobilisation-commission"],
      ],
    },
    { input: "06-QĐNS/TW", system: "party", form: "party", number: 6, type: "QĐNS", issuer: "TW" },
    {
      input: "08-QĐi/TW",
      system: "party",
      form: "party",
      number: 8,
      type: "QĐi",
      issuer: "TW",
      genres: ["regulation"],
    },
    {
      input: "399-QĐ/TW",
      system: "party",
      form: "party",
      number: 399,
      type: "QĐ",
      issuer: "TW",
      genres: ["decision", "regulation"],
    },
    { input: "18-BB/ĐH", system: "party", form: "party", number: 18, type: "BB", issuer: "ĐH" },
    {
      input: "12-TT/TW",
      system: "party",
      form: "party",
      number: 12,
      type: "TT",
      issuer: "TW",
      genres: ["party-circular"],
    },
    { input: "8011-CV/BTCTW", system: "party", form: "party", number: 8011, type: "CV", issuer: "BTCTW" },
    { input: "3488-NQ/QUTW", system: "party", form: "party", number: 3488, type: "NQ", issuer: "QUTW" },
    { input: "76-BC/HU", system: "party", form: "party", number: 76, type: "BC", issuer: "HU" },
    { input: "59-CV/BCĐ", system: "party", form: "party", number: 59, type: "CV", issuer: "BCĐ" },
    {
      input: "367-QĐ/TWĐTN-VP",
      system: "party",
      form: "party",
      number: 367,
      type: "QĐ",
      issuer: "TWĐTN-VP",
      parts: [
        ["TWĐTN", "issuer", "youth-union-central-committee"],
        ["VP", "unit"],
      ],
    },
  ];
  it.for(rows)("$input", check);
});

describe("State administrative grammar: number/TYPE-ISSUER[-UNIT] and công văn number/ISSUER-UNIT", () => {
  const rows: Row[] = [
    {
      input: "123/QĐ-UBND",
      system: "state",
      form: "administrative",
      number: 123,
      type: "QĐ",
      issuer: "UBND",
      genres: ["decision"],
    },
    {
      input: "3954/UBND-VX",
      system: "state",
      form: "administrative",
      number: 3954,
      issuer: "UBND-VX",
      genres: ["official-letter"],
      parts: [
        ["UBND", "issuer", "peoples-committee"],
        ["VX", "unit"],
      ],
    },
    {
      input: "482/QĐ-BNN-TCCB",
      system: "state",
      form: "administrative",
      number: 482,
      type: "QĐ",
      issuer: "BNN-TCCB",
      parts: [
        ["BNN", "issuer", "ministry-of-agriculture-and-rural-development"],
        ["TCCB", "unit"],
      ],
    },
    {
      input: "2210/BCA-C06",
      system: "state",
      form: "administrative",
      number: 2210,
      issuer: "BCA-C06",
      parts: [
        ["BCA", "issuer", "ministry-of-public-security"],
        ["C06", "unit"],
      ],
    },
    {
      input: "1531/TTg-CN",
      system: "state",
      form: "administrative",
      number: 1531,
      issuer: "TTg-CN",
      parts: [
        ["TTg", "issuer", "prime-minister"],
        ["CN", "unit"],
      ],
    },
    { input: "89/NQ-HĐND", system: "state", form: "administrative", number: 89, type: "NQ", issuer: "HĐND" },
    { input: "298/NQ-CP", system: "state", form: "administrative", number: 298, type: "NQ", issuer: "CP" },
    {
      input: "1656/NQ-UBTVQH15",
      system: "state",
      form: "administrative",
      number: 1656,
      type: "NQ",
      issuer: "UBTVQH15",
      parts: [["UBTVQH15", "issuer", "national-assembly-standing-committee", 15]],
    },
    {
      input: "121/VBHN-VPQH",
      system: "state",
      form: "administrative",
      number: 121,
      type: "VBHN",
      issuer: "VPQH",
      genres: ["consolidated-text"],
    },
    { input: "40/NQ-HĐBCQG", system: "state", form: "administrative", number: 40, type: "NQ", issuer: "HĐBCQG" },
    { input: "15/CĐ-TTg", system: "state", form: "administrative", number: 15, type: "CĐ", issuer: "TTg" },
    { input: "07/TTr-BTP", system: "state", form: "administrative", number: 7, type: "TTr", issuer: "BTP" },
    { input: "31/QyĐ-UBND", system: "state", form: "administrative", number: 31, type: "QyĐ", issuer: "UBND" },
    { input: "12/TrS-VPCP", system: "state", form: "administrative", number: 12, type: "TrS", issuer: "VPCP" },
    { input: "05/UQ-BTC", system: "state", form: "administrative", number: 5, type: "UQ", issuer: "BTC" },
  ];
  it.for(rows)("$input", check);
});

describe("State normative grammar: number/year/TYPE-ISSUER and number/year/QHn", () => {
  const rows: Row[] = [
    {
      input: "30/2020/NĐ-CP",
      system: "state",
      form: "normative",
      number: 30,
      year: 2020,
      type: "NĐ",
      issuer: "CP",
      genres: ["decree"],
      parts: [["CP", "issuer", "government"]],
    },
    { input: "19/2025/QĐ-TTg", system: "state", form: "normative", number: 19, year: 2025, type: "QĐ", issuer: "TTg" },
    {
      input: "163/2013/TTLT-BTC-BNV",
      system: "state",
      form: "normative",
      number: 163,
      year: 2013,
      type: "TTLT",
      issuer: "BTC-BNV",
      parts: [
        ["BTC", "issuer", "ministry-of-finance"],
        ["BNV", "co-issuer", "ministry-of-home-affairs"],
      ],
    },
    {
      input: "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN",
      system: "state",
      form: "normative",
      number: 102,
      year: 2025,
      type: "NQLT",
      issuer: "UBTVQH15-CP-ĐCTUBTWMTTQVN",
      parts: [
        ["UBTVQH15", "issuer", "national-assembly-standing-committee", 15],
        ["CP", "co-issuer", "government"],
        ["ĐCTUBTWMTTQVN", "co-issuer", "front-central-presidium"],
      ],
    },
    {
      input: "64/2025/QH15",
      system: "state",
      form: "normative",
      number: 64,
      year: 2025,
      issuer: "QH15",
      genres: ["law", "resolution"],
      parts: [["QH15", "issuer", "national-assembly", 15]],
    },
    {
      input: "110/2025/UBTVQH15",
      system: "state",
      form: "normative",
      number: 110,
      year: 2025,
      issuer: "UBTVQH15",
      genres: ["ordinance", "resolution"],
    },
    { input: "30/2026/QH16", system: "state", form: "normative", number: 30, year: 2026, issuer: "QH16" },
    { input: "07/2025/L-CTN", system: "state", form: "normative", number: 7, year: 2025, type: "L", issuer: "CTN" },
    { input: "01/2019/NQ-HĐTP", system: "state", form: "normative", number: 1, year: 2019, type: "NQ", issuer: "HĐTP" },
    {
      input: "10/2009/PL-UBTVQH12",
      system: "state",
      form: "normative",
      number: 10,
      year: 2009,
      type: "PL",
      issuer: "UBTVQH12",
    },
    {
      input: "04/2024/TT-VKSNDTC",
      system: "state",
      form: "normative",
      number: 4,
      year: 2024,
      type: "TT",
      issuer: "VKSNDTC",
      genres: ["circular"],
    },
    {
      input: "23/2025/TT-BNNMT",
      system: "state",
      form: "normative",
      number: 23,
      year: 2025,
      type: "TT",
      issuer: "BNNMT",
    },
    { input: "45/2019/QH14", system: "state", form: "normative", number: 45, year: 2019, issuer: "QH14" },
  ];
  it.for(rows)("$input", check);
});

describe("historical State forms written with a hyphen", () => {
  const rows: Row[] = [
    { input: "23-L/CTN", system: "state", form: "historical", number: 23, type: "L", issuer: "CTN" },
    {
      input: "10-LCT/HĐNN7",
      system: "state",
      form: "historical",
      number: 10,
      type: "LCT",
      issuer: "HĐNN7",
      parts: [["HĐNN7", "issuer", "council-of-state", 7]],
    },
    { input: "02-NQ/UBTVQH9", system: "state", form: "historical", number: 2, type: "NQ", issuer: "UBTVQH9" },
    {
      input: "64-CP",
      system: "state",
      form: "historical",
      number: 64,
      issuer: "CP",
      parts: [["CP", "issuer", "government"]],
    },
    { input: "388-HĐBT", system: "state", form: "historical", number: 388, issuer: "HĐBT" },
  ];
  it.for(rows)("$input", check);

  it("keeps codes of issuers that no longer exist when nothing dates them", () => {
    for (const input of [
      "1234/BKHĐT-KTĐN",
      "12/BLĐTBXH-VP",
      "88/BTTTT-CVT",
      "09/BGTVT-VT",
      "3/QĐ-UBDT",
      "76-BC/HU",
      "5-KH/QU",
    ]) {
      expect(() => parseDocumentCode(input)).not.toThrow();
    }
  });
});

describe("system decided by grammar and issuer together", () => {
  it("reads 96/QĐ-TW, a Party code typed with State separators, as the Party code", () => {
    const code = parseDocumentCode("96/QĐ-TW");
    expect([code.system, code.canonical]).toEqual(["party", "96-QĐ/TW"]);
  });

  it("reads TT as thông tri for the Party and thông tư for the State", () => {
    expect(parseDocumentCode("05-TT/TW").genres).toEqual(["party-circular"]);
    expect(parseDocumentCode("05/2024/TT-BTC").genres).toEqual(["circular"]);
  });

  it("never takes TTg for a type", () => {
    expect(parseDocumentCode("1531/TTg-CN").type).toBeUndefined();
    expect(parseDocumentCode("19/2025/QĐ-TTg").type).toBe("QĐ");
  });

  it("lets the grammar decide for issuers shared by Party and State", () => {
    expect(parseDocumentCode("59-CV/BCĐ").system).toBe("party");
    expect(parseDocumentCode("12/QĐ-BCĐ").system).toBe("state");
  });

  it("denotes the Central Committee, the Politburo and the Secretariat with TW", () => {
    expect(parseDocumentCode("57-NQ/TW").issuers[0]?.organIds).toEqual([
      "party-central-committee",
      "politburo",
      "party-secretariat",
    ]);
  });
});
