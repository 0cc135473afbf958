import { describe, expect, it } from "vitest";
import type { IssueCode } from "../../src/core/index.js";
import { normalizeDocumentCode, safeParseDocumentCode } from "../../src/document-code/index.js";

/*
 * One table per repair. Each row: what people type, the canonical code lenient mode returns, the repairs it
 * reports (in pipeline order), and the slice of the input the first repair's span must cover.
 */

interface RepairRow {
  readonly input: string;
  readonly canonical: string;
  readonly repairs: readonly IssueCode[];
  readonly spanText?: string;
}

function check(row: RepairRow): void {
  const lenient = safeParseDocumentCode(row.input);
  if (!lenient.success) expect.fail(`${row.input}: ${lenient.error.code}`);
  expect(lenient.data.canonical).toBe(row.canonical);
  expect(lenient.warnings.map((warning) => warning.code)).toEqual(row.repairs);
  const first = lenient.warnings[0];
  if (row.spanText !== undefined && first?.span) {
    expect(row.input.slice(first.span.start, first.span.end)).toBe(row.spanText);
  }
  const strict = safeParseDocumentCode(row.input, { mode: "strict" });
  expect(strict.success ? "accepted" : strict.error.code).toBe(row.repairs[0]);
  if (!strict.success) expect(strict.error.issues.map((issue) => issue.code)).toEqual(row.repairs);
}

const TABLES: Record<string, readonly RepairRow[]> = {
  "missing diacritics, restored from the vocabulary": [
    { input: "45/2024/ND-CP", canonical: "45/2024/NĐ-CP", repairs: ["DIACRITICS_REPAIRED"], spanText: "ND" },
    { input: "12/NQ-HDND", canonical: "12/NQ-HĐND", repairs: ["DIACRITICS_REPAIRED"], spanText: "HDND" },
    { input: "205-QD/TW", canonical: "205-QĐ/TW", repairs: ["DIACRITICS_REPAIRED"], spanText: "QD" },
    { input: "11-NQ/DUCA", canonical: "11-NQ/ĐUCA", repairs: ["DIACRITICS_REPAIRED"], spanText: "DUCA" },
    { input: "33/2011/TT-BGDDT", canonical: "33/2011/TT-BGDĐT", repairs: ["DIACRITICS_REPAIRED"] },
    {
      input: "7/2010/TT-BLDTBXH",
      canonical: "07/2010/TT-BLĐTBXH",
      repairs: ["NUMBER_PADDING_REPAIRED", "DIACRITICS_REPAIRED"],
    },
    { input: "19-QDi/TU", canonical: "19-QĐi/TU", repairs: ["DIACRITICS_REPAIRED"] },
    { input: "4-CT/TƯ", canonical: "04-CT/TW", repairs: ["NUMBER_PADDING_REPAIRED", "DIACRITICS_REPAIRED"] },
  ],
  "letter case, with mixed-case abbreviations restored": [
    { input: "01/2009/tt-bnn", canonical: "01/2009/TT-BNN", repairs: ["CASE_REPAIRED"], spanText: "tt" },
    { input: "1531/TTG-CN", canonical: "1531/TTg-CN", repairs: ["CASE_REPAIRED"], spanText: "TTG" },
    { input: "08-QĐI/TW", canonical: "08-QĐi/TW", repairs: ["CASE_REPAIRED"] },
    { input: "22/ttr-ubnd", canonical: "22/TTr-UBND", repairs: ["CASE_REPAIRED"] },
    { input: "3954/ubnd-vx", canonical: "3954/UBND-VX", repairs: ["CASE_REPAIRED"] },
    { input: "57-nq/tw", canonical: "57-NQ/TW", repairs: ["CASE_REPAIRED"] },
    { input: "96-qd/tw", canonical: "96-QĐ/TW", repairs: ["CASE_REPAIRED", "DIACRITICS_REPAIRED"] },
  ],
  "spaces around separators": [
    { input: "35- CT/TW", canonical: "35-CT/TW", repairs: ["SPACING_REPAIRED"], spanText: "- " },
    { input: "30/2020/NĐ -CP", canonical: "30/2020/NĐ-CP", repairs: ["SPACING_REPAIRED"], spanText: " -" },
    { input: " 57 - NQ / TW ", canonical: "57-NQ/TW", repairs: ["SPACING_REPAIRED"], spanText: " " },
    { input: "57-NQ/TW\u00a0", canonical: "57-NQ/TW", repairs: ["SPACING_REPAIRED"] },
  ],
  "dashes and look-alike letters": [
    { input: "30/2020/NĐ\u2013CP", canonical: "30/2020/NĐ-CP", repairs: ["DASH_REPAIRED"], spanText: "\u2013" },
    { input: "57\u2014NQ/TW", canonical: "57-NQ/TW", repairs: ["DASH_REPAIRED"] },
    { input: "57\u2212NQ/TW", canonical: "57-NQ/TW", repairs: ["DASH_REPAIRED"] },
    { input: "30/2020/N\u00d0-CP", canonical: "30/2020/NĐ-CP", repairs: ["LOOKALIKE_REPAIRED"], spanText: "\u00d0" },
    { input: "01/2020/TT-\u0412\u0422\u0421", canonical: "01/2020/TT-BTC", repairs: ["LOOKALIKE_REPAIRED"] },
    { input: "\uff15\uff17-NQ/TW", canonical: "57-NQ/TW", repairs: ["LOOKALIKE_REPAIRED"] },
    { input: "57-NQ\u2215TW", canonical: "57-NQ/TW", repairs: ["LOOKALIKE_REPAIRED"] },
    { input: "57-N\u200bQ/TW", canonical: "57-NQ/TW", repairs: ["SPACE_REPAIRED"] },
  ],
  prefixes: [
    { input: "Số: 57-NQ/TW", canonical: "57-NQ/TW", repairs: ["PREFIX_REMOVED"], spanText: "Số: " },
    { input: "Số 399-QĐ/TW", canonical: "399-QĐ/TW", repairs: ["PREFIX_REMOVED"] },
    { input: "số 123/QĐ-UBND", canonical: "123/QĐ-UBND", repairs: ["PREFIX_REMOVED"] },
    { input: "No. 30/2020/NĐ-CP", canonical: "30/2020/NĐ-CP", repairs: ["PREFIX_REMOVED"] },
    { input: "Nghị quyết số 57-NQ/TW", canonical: "57-NQ/TW", repairs: ["PREFIX_REMOVED"] },
    { input: "Resolution No. 57-NQ/TW", canonical: "57-NQ/TW", repairs: ["PREFIX_REMOVED"] },
    {
      input: "Nghi dinh so 30/2020/ND-CP",
      canonical: "30/2020/NĐ-CP",
      repairs: ["PREFIX_REMOVED", "DIACRITICS_REPAIRED"],
    },
    { input: "So\u0302\u0301: 57-NQ/TW", canonical: "57-NQ/TW", repairs: ["PREFIX_REMOVED"] },
  ],
  "URL encoding": [
    { input: "30/2020/N%C4%90-CP", canonical: "30/2020/NĐ-CP", repairs: ["URL_DECODED"], spanText: "%C4%90" },
    { input: "57-NQ%2FTW", canonical: "57-NQ/TW", repairs: ["URL_DECODED"] },
    { input: "S%E1%BB%91%3A%2057-NQ%2FTW", canonical: "57-NQ/TW", repairs: ["PREFIX_REMOVED", "URL_DECODED"] },
  ],
  slugs: [
    { input: "30-2020-ND-CP", canonical: "30/2020/NĐ-CP", repairs: ["SLUG_REPAIRED", "DIACRITICS_REPAIRED"] },
    {
      input: "30-2020-nd-cp",
      canonical: "30/2020/NĐ-CP",
      repairs: ["SLUG_REPAIRED", "CASE_REPAIRED", "DIACRITICS_REPAIRED"],
    },
    { input: "57-NQ-TW", canonical: "57-NQ/TW", repairs: ["SLUG_REPAIRED"] },
    { input: "123-QD-UBND", canonical: "123/QĐ-UBND", repairs: ["SLUG_REPAIRED", "DIACRITICS_REPAIRED"] },
    { input: "30.2020.NĐ-CP", canonical: "30/2020/NĐ-CP", repairs: ["SLUG_REPAIRED"] },
    { input: "64_2025_QH15", canonical: "64/2025/QH15", repairs: ["SLUG_REPAIRED"] },
  ],
  separators: [
    { input: "96/QĐ-TW", canonical: "96-QĐ/TW", repairs: ["SEPARATORS_REPAIRED"], spanText: "96/QĐ-TW" },
    { input: "57/NQ/TW", canonical: "57-NQ/TW", repairs: ["SEPARATORS_REPAIRED"] },
    { input: "30/2020/NĐ/CP", canonical: "30/2020/NĐ-CP", repairs: ["SEPARATORS_REPAIRED"] },
    { input: "57 NQ TW", canonical: "57-NQ/TW", repairs: ["SEPARATORS_REPAIRED"] },
    { input: "12/BC-TU", canonical: "12-BC/TU", repairs: ["SEPARATORS_REPAIRED"] },
  ],
  "number padding": [
    { input: "5-NQ/TW", canonical: "05-NQ/TW", repairs: ["NUMBER_PADDING_REPAIRED"], spanText: "5" },
    { input: "057-NQ/TW", canonical: "57-NQ/TW", repairs: ["NUMBER_PADDING_REPAIRED"] },
    { input: "007/QĐ-UBND", canonical: "07/QĐ-UBND", repairs: ["NUMBER_PADDING_REPAIRED"] },
  ],
};

describe.each(Object.entries(TABLES))("repair: %s", (_name, rows) => {
  it.for(rows)("$input → $canonical", check);
});

describe("normalizeDocumentCode", () => {
  it("returns the canonical form of repairable input", () => {
    expect(normalizeDocumentCode("Số: 96/QD-TW")).toBe("96-QĐ/TW");
    expect(normalizeDocumentCode("30-2020-nd-cp")).toBe("30/2020/NĐ-CP");
  });

  it("throws in strict mode on input that needs repair", () => {
    expect(() => normalizeDocumentCode("30/2020/ND-CP", { mode: "strict" })).toThrow(/./);
  });

  it("reports each kind of repair once, with a hint giving the restored spelling", () => {
    const result = safeParseDocumentCode("01/2009/tt-bnn");
    if (!result.success) expect.fail(result.error.code);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.hint).toBe("TT");
  });
});
