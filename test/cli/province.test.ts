import { describe, expect, it } from "vitest";
import { getProvince } from "../../src/admin-units/index.js";
import { EXIT } from "../../src/cli/index.js";
import { run } from "./cli-io.js";

function squeeze(text: string): string {
  return text.replace(/: +/g, ": ");
}

describe("vnpolity province", () => {
  it("shows a merged unit with its successor and warns that it is abolished", async () => {
    const result = await run(["province", "Kon", "Tum", "--locale", "en"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toMatch(/^Kon Tum \(62\) — no longer in force \(rearranged\)\n/);
    expect(squeeze(result.stdout)).toContain(
      "Successors: 51 Quang Ngai — whole, from 2025-07-01 (202/2025/QH15, adopted 2025-06-12)\n",
    );
    expect(result.stderr).toBe(
      'warning UNIT_ABOLISHED: "Kon Tum": The unit no longer existed on this date (it was rearranged); see its successors. (51 Quảng Ngãi)\n',
    );
  });

  it("reads the unit as it stood on --as-of", async () => {
    const result = await run(["province", "Kon Tum", "--as-of", "2025-03-01", "--locale", "en"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toBe("");
    expect(squeeze(result.stdout)).toContain("As of: 2025-03-01\n");
    expect(squeeze(result.stdout)).toContain("In force until: 2025-07-01\n");
  });

  it("lists every predecessor of a merged unit, in Vietnamese by default", async () => {
    const result = await run(["province", "51"]);
    expect(result.code).toBe(EXIT.ok);
    const text = squeeze(result.stdout);
    expect(text).toMatch(/^Quảng Ngãi \(51\) — đang tồn tại\n/);
    expect(text).toContain("Đơn vị tiền thân: 51 Quảng Ngãi — toàn bộ, từ 2025-07-01 (202/2025/QH15");
    expect(text).toMatch(/\n {10,}62 Kon Tum — toàn bộ, từ 2025-07-01/);
    expect(text).toMatch(/Đơn vị cấp xã: \d+ \(phường: \d+, xã: \d+, đặc khu: \d+\)/);
  });

  it("prints the unit and localized warnings as JSON", async () => {
    const result = await run(["province", "Kon Tum", "--json", "--locale", "en"]);
    expect(result.code).toBe(EXIT.ok);
    const parsed = JSON.parse(result.stdout) as { province: unknown; warnings: { code: string; message: string }[] };
    expect(parsed.province).toEqual(JSON.parse(JSON.stringify(getProvince("Kon Tum"))));
    expect(parsed.warnings).toEqual([
      expect.objectContaining({ code: "UNIT_ABOLISHED", message: expect.stringMatching(/^The unit no longer/) }),
    ]);
  });

  it("exits 1 with UNKNOWN_PROVINCE for a name no unit bears", async () => {
    const result = await run(["province", "Paris"]);
    expect(result.code).toBe(EXIT.invalid);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      'error UNKNOWN_PROVINCE: "Paris": Không tìm thấy đơn vị hành chính cấp tỉnh phù hợp. (Paris)\n',
    );
  });

  it.each([
    [[], "error USAGE: missing <name|code>"],
    [
      ["Hà Nội", "--as-of", "2025-13-01"],
      'error INVALID_DATE_LIKE: Ngày không hợp lệ; cần một Date hoặc chuỗi YYYY-MM-DD. (--as-of "2025-13-01")',
    ],
    [["Hà Nội", "--locale", "EN"], "error INVALID_OPTION: "],
    [["Hà Nội", "--all"], "error USAGE: Unknown option '--all'"],
  ] as const)("exits 2 for %j", async (args, start) => {
    const result = await run(["province", ...args]);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stdout).toBe("");
    expect(result.stderr.startsWith(start)).toBe(true);
  });
});
