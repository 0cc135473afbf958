import { describe, expect, it } from "vitest";
import type { IssueCode } from "../../src/core/index.js";
import { safeParseDocumentCode } from "../../src/document-code/index.js";

/*
 * Time checks (reference §2.4, §2.5, §1.5): each row gives a code, the reference date `asOf` and/or the
 * document's own `date`, and the expected error (undefined: accepted).
 */

interface TimeRow {
  readonly input: string;
  readonly asOf?: string;
  readonly date?: string;
  readonly error?: IssueCode;
  readonly note: string;
}

const ROWS: readonly TimeRow[] = [
  { input: "15/2024/TT-BKHĐT", note: "the ministry of planning still existed in 2024" },
  { input: "04/2025/TT-BKHĐT", note: "a 2025 circular may date from January or February" },
  { input: "04/2025/TT-BKHĐT", date: "2025-03-01", error: "ISSUER_NO_LONGER_VALID", note: "merged on 1 March 2025" },
  { input: "04/2026/TT-BTTTT", error: "ISSUER_NO_LONGER_VALID", note: "no ministry of information in 2026" },
  { input: "1234/BKHĐT-KTĐN", note: "no year, no date: may predate the merger" },
  { input: "1234/BKHĐT-KTĐN", date: "2025-05-05", error: "ISSUER_NO_LONGER_VALID", note: "dated after the merger" },
  { input: "12/2025/TT-BNNMT", note: "the merged ministry exists from 1 March 2025" },
  { input: "12/2025/TT-BNNMT", asOf: "2025-01-15", error: "ISSUER_NOT_YET_VALID", note: "not yet on 15 January" },
  { input: "12/2024/TT-BNNMT", error: "ISSUER_NOT_YET_VALID", note: "no such ministry in 2024" },
  { input: "03/2026/TT-BDTTG", note: "ethnic and religious affairs ministry, 2026" },
  { input: "88/QĐ-UBDT", date: "2025-02-28", note: "last day of the committee" },
  { input: "88/QĐ-UBDT", date: "2025-03-01", error: "ISSUER_NO_LONGER_VALID", note: "first day after it" },
  { input: "76-BC/HU", note: "no date: district committees' old reports stay valid" },
  { input: "76-BC/HU", date: "2025-06-30", note: "last day of district committees" },
  { input: "76-BC/HU", date: "2025-07-01", error: "ISSUER_NO_LONGER_VALID", note: "abolished with the district level" },
  { input: "14-KH/ThU", date: "2025-08-10", error: "ISSUER_NO_LONGER_VALID", note: "thị ủy too" },
  { input: "64/2025/QH15", note: "term XV" },
  { input: "12/2026/QH15", note: "QH15 sat until April 2026" },
  { input: "12/2027/QH15", error: "ISSUER_NO_LONGER_VALID", asOf: "2027-12-31", note: "no QH15 in 2027" },
  { input: "30/2026/QH16", note: "term XVI from 6 April 2026" },
  { input: "30/2026/QH16", asOf: "2026-03-01", error: "TERM_NOT_STARTED", note: "asOf before the first session" },
  { input: "30/2025/QH16", error: "TERM_NOT_STARTED", note: "a 2025 code cannot carry QH16" },
  { input: "10/2027/QH17", asOf: "2027-12-31", error: "TERM_NOT_STARTED", note: "an unknown future term" },
  { input: "237/NQ-UBTVQH16", date: "2026-03-20", error: "TERM_NOT_STARTED", note: "dated before the first session" },
  { input: "10-LCT/HĐNN7", note: "Council of State, term VII" },
  { input: "10-LCT/HĐNN9", error: "ISSUER_NO_LONGER_VALID", note: "the Council of State ended as term IX began" },
  { input: "02-NQ/UBTVQH9", date: "1993-01-01", note: "standing committee of term IX" },
  { input: "02/2024/NQ-UBTVQH9", error: "ISSUER_NO_LONGER_VALID", note: "term IX ended in 1997" },
  { input: "30/2027/NĐ-CP", error: "YEAR_AFTER_AS_OF", note: "after DATA_AS_OF" },
  { input: "30/2024/NĐ-CP", asOf: "2023-06-30", error: "YEAR_AFTER_AS_OF", note: "after an earlier asOf" },
  { input: "30/2020/NĐ-BTC", error: "TYPE_NOT_ALLOWED_FOR_ISSUER", note: "decrees come from the Government" },
  { input: "07/2025/L-UBND", error: "TYPE_NOT_ALLOWED_FOR_ISSUER", note: "orders come from the State President" },
  { input: "163/2013/TTLT-BTC", error: "TYPE_NOT_ALLOWED_FOR_ISSUER", note: "a joint circular needs joint issuers" },
  { input: "1147-QĐ/BTGDVTW", date: "2025-06-01", note: "the merged commission" },
  { input: "1147-QĐ/BTGDVTW", date: "2024-06-01", error: "ISSUER_NOT_YET_VALID", note: "before the merger" },
];

describe("time checks", () => {
  it.for(ROWS)("$input asOf=$asOf date=$date → $error ($note)", (row) => {
    const options: { asOf?: string; date?: string } = {};
    if (row.asOf !== undefined) options.asOf = row.asOf;
    if (row.date !== undefined) options.date = row.date;
    const result = safeParseDocumentCode(row.input, options);
    expect(result.success ? undefined : result.error.code).toBe(row.error);
  });

  it("gives the date that explains the error as a hint, with a span on the issuer", () => {
    const input = "04/2026/TT-BTTTT";
    const result = safeParseDocumentCode(input);
    if (result.success) expect.fail("accepted");
    const [issue] = result.error.issues;
    expect(issue?.hint).toBe("2025-03-01");
    expect(issue?.span && input.slice(issue.span.start, issue.span.end)).toBe("BTTTT");
  });

  it("accepts a Date object as asOf and date", () => {
    expect(safeParseDocumentCode("30/2026/QH16", { asOf: new Date(2026, 2, 1) }).success).toBe(false);
    expect(safeParseDocumentCode("76-BC/HU", { date: new Date(2025, 5, 30) }).success).toBe(true);
  });

  it("reports several time errors together", () => {
    const result = safeParseDocumentCode("163/2027/TTLT-BTC-BKHĐT");
    if (result.success) expect.fail("accepted");
    expect(result.error.issues.map((issue) => issue.code)).toEqual(["YEAR_AFTER_AS_OF", "ISSUER_NO_LONGER_VALID"]);
  });
});
