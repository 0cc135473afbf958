import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/index.js";
import { computeAttainment, parseQuantity, parseTarget } from "../../src/indicators/index.js";
import { run } from "./cli-io.js";

// Readable output with the caption padding squeezed to one space, so that tests do not depend on column widths.
function squeeze(text: string): string {
  return text.replace(/: +/g, ": ");
}

describe("vnpolity attainment", () => {
  it("judges 6,52% against a target of 8% or more, in Vietnamese by default", async () => {
    const result = await run(["attainment", "--target", "8% trở lên", "--actual", "6,52%"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toBe("");
    expect(squeeze(result.stdout)).toBe(
      [
        "Chỉ tiêu: 8% trở lên → ≥ 8%, càng cao càng tốt",
        "Kết quả: 6,52% → 6,52%",
        "Đánh giá: Không đạt",
        "Tỷ lệ so với chỉ tiêu: 81,5%",
        "Mức thực hiện: 81,5%",
        "Chênh lệch: -1,48 điểm phần trăm",
        "",
      ].join("\n"),
    );
  });

  it.each([
    // [arguments, lines the report must contain]
    [
      ["--target", "8% or more", "--actual", "8.5%", "--locale", "en"],
      ["Status: Exceeded", "Gap: +0.5 percentage points"],
    ],
    [
      ["--target", "dưới 1%", "--actual", "0,8%", "--locale", "en"],
      ["< 1%, lower is better", "Status: Exceeded"],
    ],
    [
      ["--target", "khoảng 10%", "--actual", "9,7%", "--locale", "en"],
      ["≈ 10%, approximate", "Status: Achieved"],
    ],
    [
      ["--target", "6,5–7%", "--actual", "6,8%", "--preset", "open-sdg", "--locale", "en"],
      ["6.5–7%", "Position in range: 60%", "Status: Target achieved"],
    ],
    [
      ["--target", "100% dự toán", "--actual", "vượt 69% dự toán", "--locale", "en"],
      ["100% of estimate", "vượt 69% dự toán → 169% (reported attainment)", "Ratio to target: 169%"],
    ],
    [
      ["--target", "giảm 1–1,5%/năm", "--actual=-1,2%/năm", "--locale", "en"],
      ["1–1.5%/year, a decrease", "Actual: -1,2%/năm → -1.2%/year"],
    ],
    [["--target", "8% trở lên", "--actual", "7,7%", "--preset", "vn-plan"], ["Đánh giá: Không đạt"]],
    [
      ["--target", "1.000 tỷ đồng", "--actual", "1.200 tỷ đồng", "--language", "vi", "--locale", "en"],
      ["1,000,000,000,000 VND"],
    ],
  ] as const)("%j", async (args, parts) => {
    const result = await run(["attainment", ...args]);
    expect(result.code).toBe(EXIT.ok);
    for (const part of parts) expect(squeeze(result.stdout)).toContain(part);
  });

  it("warns about a target of zero and still exits 0", async () => {
    const result = await run(["attainment", "--target", "0%", "--actual", "0%", "--locale", "en"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toMatch(/^warning RATIO_UNDEFINED: The target is zero/);
    expect(result.stdout).not.toContain("Ratio");
  });

  it("prints target, actual and attainment as JSON", async () => {
    const result = await run(["attainment", "--target", "8% trở lên", "--actual", "6,52%", "--json"]);
    expect(result.code).toBe(EXIT.ok);
    const expected = JSON.parse(
      JSON.stringify({
        target: parseTarget("8% trở lên"),
        actualKind: "quantity",
        actual: parseQuantity("6,52%"),
        attainment: computeAttainment("8% trở lên", "6,52%"),
      }),
    );
    expect(JSON.parse(result.stdout)).toEqual(expected);
  });

  it("reads a reported attainment in the JSON form", async () => {
    const result = await run(["attainment", "--target", "100% kế hoạch", "--actual", "đạt 94,8% kế hoạch", "--json"]);
    expect(result.code).toBe(EXIT.ok);
    const parsed = JSON.parse(result.stdout) as { actualKind: string; actual: { percentOfTarget: number } };
    expect(parsed.actualKind).toBe("reported");
    expect(parsed.actual.percentOfTarget).toBe(94.8);
  });

  it.each([
    // [arguments, first stderr line]
    [["--target", "abc", "--actual", "6%"], 'error INVALID_TARGET: --target "abc": The target could not be read.'],
    [["--target", "8%", "--actual", "abc"], 'error INVALID_QUANTITY: --actual "abc": The quantity'],
    [
      ["--target", "8%", "--actual", "1.000 doanh nghiệp"],
      "error UNIT_MISMATCH: The unit of the result cannot be compared",
    ],
  ] as const)("exits 1 for %j", async (args, start) => {
    const result = await run(["attainment", ...args, "--locale", "en"]);
    expect(result.code).toBe(EXIT.invalid);
    expect(result.stderr.startsWith(start)).toBe(true);
  });

  it("prints the not-comparable report with the JSON form too", async () => {
    const result = await run(["attainment", "--target", "8%", "--actual", "1.000 doanh nghiệp", "--json"]);
    expect(result.code).toBe(EXIT.invalid);
    const parsed = JSON.parse(result.stdout) as { attainment: { status: string; issues: { code: string }[] } };
    expect(parsed.attainment.status).toBe("not-comparable");
    expect(parsed.attainment.issues[0]?.code).toBe("UNIT_MISMATCH");
  });

  it.each([
    [["--actual", "6%"], "error USAGE: missing --target"],
    [["--target", "8%"], "error USAGE: missing --actual"],
    [["--target", "8%", "--actual", "6%", "extra"], 'error USAGE: unexpected argument "extra"'],
    [["--target", "8%", "--actual", "-1"], "error USAGE: Option '--actual' argument is ambiguous."],
    [["--target", "8%", "--actual", "6%", "--preset", "lenient"], "error INVALID_OPTION: "],
    [["--target", "8%", "--actual", "6%", "--language", "xx"], "error INVALID_OPTION: "],
    [["--target", "8%", "--actual", "6%", "--locale", "de"], "error INVALID_OPTION: "],
    [["--target", "8%", "--actual", "6%", "--as-of", "2025-01-01"], "error USAGE: Unknown option '--as-of'"],
  ] as const)("exits 2 for %j", async (args, start) => {
    const result = await run(["attainment", ...args]);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stdout).toBe("");
    expect(result.stderr.startsWith(start)).toBe(true);
    expect(result.stderr).toContain('Run "vnpolity attainment --help" for usage.\n');
  });
});
