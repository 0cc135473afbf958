import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/index.js";
import { parseDocumentCode } from "../../src/document-code/index.js";
import { run } from "./cli-io.js";

describe("vnpolity code", () => {
  it("explains a repaired Party code in English", async () => {
    const result = await run(["code", "96-QD/TW", "--locale", "en"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n").map((line) => line.replace(/: +/, ": "))).toEqual([
      "96-QD/TW",
      "  Canonical: 96-QĐ/TW",
      "  System: Party",
      "  Form: Party code (number-TYPE/ISSUER)",
      "  Document type: QĐ — Decision / Regulation",
      "  Issuer: TW — Party Central Committee / Politburo / Secretariat",
      "  Number: 96",
      "  Year: not written; Party numbers restart with each Central Committee term",
      "  Repairs, warnings: DIACRITICS_REPAIRED: Vietnamese diacritics were restored (D → Đ). (QĐ)",
      "",
    ]);
  });

  it("explains in Vietnamese by default, one repair per line", async () => {
    const result = await run(["code", "so 5 nq/tw"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toMatch(/\n {2}Dạng chuẩn: +05-NQ\/TW\n/);
    expect(result.stdout).toMatch(/\n {2}Hệ thống: +Đảng\n/);
    expect(result.stdout).toMatch(/\n {2}Loại văn bản: +NQ — Nghị quyết\n/);
    expect(result.stdout).toMatch(/\n {2}Sửa lỗi, cảnh báo: +PREFIX_REMOVED: /);
    expect(result.stdout).toMatch(/\n {20,}CASE_REPAIRED: Đã sửa chữ hoa\/chữ thường. \(NQ\)\n/);
  });

  it.each([
    // [code, locale, lines the explanation must contain]
    ["30/2020/NĐ-CP", "en", ["Form: State code with a year", "NĐ — Decree", "CP — Government", "Year: 2020"]],
    ["64/2025/QH15", "en", ["Law / Resolution", "QH15 — National Assembly", "National Assembly term XV"]],
    ["64/2025/QH15", "vi", ["Luật / Nghị quyết", "QH15 — Quốc hội", "Quốc hội khóa XV"]],
    [
      "3954/UBND-VX",
      "en",
      ["UBND — People's Committee", "VX — not in the catalogue (drafting unit)", "numbers restart every year"],
    ],
    ["12/2021/TTLT-BTC-BNV", "en", ["BTC — Ministry of Finance\n", "BNV — Ministry of Home Affairs (co-issuer)"]],
    ["123/QĐ-UBND", "vi", ["số hiệu Nhà nước không có năm", "QĐ — Quyết định", "cảnh báo: không có"]],
  ] as const)("explains %s (%s)", async (code, locale, parts) => {
    const result = await run(["code", code, "--locale", locale]);
    expect(result.code).toBe(EXIT.ok);
    const squeezed = result.stdout.replace(/: +/g, ": ");
    for (const part of parts) expect(squeezed).toContain(part);
  });

  it("lists a vocabulary warning with the repairs and still exits 0", async () => {
    const result = await run(["code", "57-XX/TW", "--locale", "en"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toContain("  Repairs, warnings: UNKNOWN_DOCUMENT_TYPE: ");
  });

  it("separates several codes with a blank line", async () => {
    const result = await run(["code", "57-NQ/TW", "30/2020/NĐ-CP"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toMatch(/^57-NQ\/TW\n[\s\S]*\n\n30\/2020\/NĐ-CP\n/);
  });

  it("prints the parsed codes, warnings and explanations with --json", async () => {
    const result = await run(["code", "96-QD/TW", "foo", "--json", "--locale", "en"]);
    expect(result.code).toBe(EXIT.invalid);
    const [good, bad] = JSON.parse(result.stdout) as [Record<string, unknown>, Record<string, unknown>];
    expect(good).toMatchObject({
      input: "96-QD/TW",
      success: true,
      code: JSON.parse(JSON.stringify(parseDocumentCode("96-QĐ/TW"))),
      warnings: [{ code: "DIACRITICS_REPAIRED" }],
      explanation: { system: "Party", number: 96, type: "QĐ — Decision / Regulation" },
    });
    expect(bad).toMatchObject({ input: "foo", success: false, issues: [{ code: "INVALID_CODE_SHAPE" }] });
    expect(result.stderr).toContain('error INVALID_CODE_SHAPE: "foo": ');
  });

  it.each([
    // [arguments, issue code on stderr]
    [["foo"], "INVALID_CODE_SHAPE"],
    [["96-QD/TW", "--strict"], "DIACRITICS_REPAIRED"],
    [["30/2020/NĐ-CP", "--as-of", "2019-01-01"], "YEAR_AFTER_AS_OF"],
    [["0-NQ/TW"], "INVALID_CODE_NUMBER"],
    [["30/1800/NĐ-CP"], "INVALID_CODE_YEAR"],
    [[""], "EMPTY_INPUT"],
  ] as const)("exits 1 for %j with %s", async (args, issue) => {
    const result = await run(["code", ...args, "--locale", "en"]);
    expect(result.code).toBe(EXIT.invalid);
    expect(result.stderr).toMatch(new RegExp(`^error ${issue}: "`));
  });

  it("still explains the valid codes when one is invalid", async () => {
    const result = await run(["code", "foo", "57-NQ/TW"]);
    expect(result.code).toBe(EXIT.invalid);
    expect(result.stdout).toMatch(/^57-NQ\/TW\n/);
    expect(result.stderr).toMatch(/^error INVALID_CODE_SHAPE: "foo": Chuỗi không có dạng/);
  });

  it.each([
    [[], 'error USAGE: missing <code>\nRun "vnpolity code --help" for usage.\n'],
    [["57-NQ/TW", "--strct"], "error USAGE: Unknown option '--strct'"],
    [["57-NQ/TW", "--locale"], "error USAGE: Option '--locale <value>' argument missing"],
    [["57-NQ/TW", "--locale", "fr"], 'error INVALID_OPTION: Tùy chọn không hợp lệ. (--locale "fr"; expected vi or en)'],
    [
      ["57-NQ/TW", "--as-of", "1/7/2025", "--locale", "en"],
      'error INVALID_DATE_LIKE: Invalid date; expected a Date or a YYYY-MM-DD string. (--as-of "1/7/2025")',
    ],
    [["57-NQ/TW", "--json=yes"], "error USAGE: Option '--json' does not take an argument"],
  ] as const)("exits 2 for %j", async (args, start) => {
    const result = await run(["code", ...args]);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stdout).toBe("");
    expect(result.stderr.startsWith(start)).toBe(true);
    expect(result.stderr).toContain('Run "vnpolity code --help" for usage.\n');
  });
});
