import { describe, expect, it } from "vitest";
import { EXIT, runCli } from "../../src/cli/index.js";
import { extract } from "../../src/extract/index.js";
import { memoryIo, run } from "./cli-io.js";

// Our own sentences: a provincial conference on a Politburo resolution, chaired by the provincial secretary, and
// one growth figure against its target.
const ARTICLE = [
  "Kon Tum, ngày 14/02/2025 — Sáng 14/2, Ban Thường vụ Tỉnh ủy Kon Tum tổ chức hội nghị quán triệt Nghị quyết số",
  "57-NQ/TW ngày 22/12/2024 của Bộ Chính trị. Ông Nguyễn Văn Bình, Bí thư Tỉnh ủy, chủ trì hội nghị.",
  "Năm 2024, tăng trưởng GRDP của tỉnh Kon Tum đạt 6,52%, chỉ tiêu 8% trở lên.",
  "",
].join("\n");

const FILES = { "article.txt": ARTICLE, "blank.txt": " \n\t\n" };

function squeeze(text: string): string {
  return text.replace(/: +/g, ": ");
}

describe("vnpolity extract", () => {
  it("reports every kind of fact of an article file, in Vietnamese by default", async () => {
    const result = await run(["extract", "article.txt"], FILES);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toBe("");
    const text = squeeze(result.stdout);
    expect(text).toMatch(/^Bài viết: ngôn ngữ vi \(nhận diện từ văn bản\); ngày 2025-02-14 \(theo dòng ngày tháng\);/);
    expect(text).toContain("\nVăn bản (1)\n  57-NQ/TW — Nghị quyết của Bộ Chính trị, 2024-12-22\n");
    expect(text).toContain("\nNhân vật và chức vụ (1)\n  Nguyễn Văn Bình\n    Bí thư Tỉnh ủy\n");
    expect(text).toMatch(/\nHội nghị, cuộc họp \(1\)\n {2}Hội nghị, 2025-02-14 — “hội nghị”\n/);
    expect(text).toContain("    Thành phần: Nguyễn Văn Bình\n    Văn bản: 57-NQ/TW\n");
    expect(text).toContain("\nĐịa danh (1)\n  Kon Tum (62) — nay: Quảng Ngãi (51); số lần nhắc: 3\n");
    expect(text).toMatch(/\nChỉ tiêu và kết quả \(1\)\n {2}Tốc độ tăng trưởng GRDP — Kon Tum, Năm 2024\n/);
    expect(text).toContain(
      "    Kết quả: 6,52%\n    Chỉ tiêu: ≥ 8%, càng cao càng tốt\n    Đánh giá: Không đạt (81,5%)\n",
    );
  });

  it("reads standard input with '-' and reports in English", async () => {
    const result = await run(["extract", "-", "--locale", "en"], {}, ARTICLE);
    expect(result.code).toBe(EXIT.ok);
    const text = squeeze(result.stdout);
    expect(text).toContain("\nDocuments (1)\n  57-NQ/TW — Resolution by the Politburo, 2024-12-22\n");
    expect(text).toContain("  Nguyễn Văn Bình\n    Secretary of the Provincial Party Committee\n");
    expect(text).toContain("  Kon Tum (62) — now: Quang Ngai (51); mentions: 3\n");
    expect(text).toContain("    Assessment: Not achieved (81.5%)\n");
  });

  it("says so when a section is empty", async () => {
    const result = await run(["extract", "-", "--locale", "en"], {}, "Hà Nội, ngày 6/3/2025. Trời mưa nhẹ.");
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toContain("\nDocuments (0)\n  (none)\n");
    expect(result.stdout).toContain("\nIndicators (0)\n  (none)\n");
  });

  it("prints the ArticleFacts JSON form with --json, passing every option on", async () => {
    const options = { language: "vi", asOf: "2025-01-01", articleDate: "2025-02-15", locale: "en" } as const;
    const result = await run(
      ["extract", "article.txt", "--json", "--language", "vi", "--as-of", "2025-01-01"].concat([
        "--article-date",
        "2025-02-15",
        "--locale",
        "en",
      ]),
      FILES,
    );
    expect(result.code).toBe(EXIT.ok);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(extract(ARTICLE, options))));
  });

  it("shows the given language and date in the header", async () => {
    const result = await run(
      ["extract", "-", "--language", "vi", "--article-date", "2025-02-15", "--as-of", "2025-01-01", "--locale", "en"],
      {},
      ARTICLE,
    );
    expect(result.stdout).toMatch(
      /^Article: language vi \(given\); date 2025-02-15 \(given\); catalogues read as of 2025-01-01\n/,
    );
  });

  it("passes the extractor's issues on as warnings", async () => {
    const result = await run(["extract", "-", "--locale", "en"], {}, "12345 67890");
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toBe('warning UNKNOWN_LANGUAGE: "-": The language of the text could not be determined.\n');
    expect(result.stdout).toMatch(/^Article: language other \(detected\); date unknown;/);
  });

  it.each([
    // [arguments, stdin, stderr]
    [["blank.txt"], "", 'error EMPTY_INPUT: "blank.txt": The input is empty.\n'],
    [["-"], "", 'error EMPTY_INPUT: "-": The input is empty.\n'],
    [
      ["missing.txt"],
      "",
      "error FILE_UNREADABLE: \"missing.txt\": ENOENT: no such file or directory, open 'missing.txt'\n",
    ],
  ] as const)("exits 1 for %j", async (args, stdin, stderr) => {
    const result = await run(["extract", ...args, "--locale", "en"], FILES, stdin);
    expect(result).toEqual({ code: EXIT.invalid, stdout: "", stderr });
  });

  it("reports a reader that fails with a non-Error value", async () => {
    const io = memoryIo();
    io.readStdin = () => Promise.reject("stdin closed");
    expect(await runCli(["extract", "-"], io)).toBe(EXIT.invalid);
    expect(io.err.join("")).toBe('error FILE_UNREADABLE: "-": stdin closed\n');
  });

  it.each([
    [[], "error USAGE: missing <file|->"],
    [["a.txt", "b.txt"], 'error USAGE: unexpected argument "b.txt"'],
    [["article.txt", "--language", "vn"], "error INVALID_OPTION: "],
    [["article.txt", "--locale", "fr"], "error INVALID_OPTION: "],
    [["article.txt", "--as-of", "yesterday"], "error INVALID_DATE_LIKE: "],
    [["article.txt", "--article-date", "2025-02-30"], "error INVALID_DATE_LIKE: "],
    [["article.txt", "--strict"], "error USAGE: Unknown option '--strict'"],
  ] as const)("exits 2 for %j", async (args, start) => {
    const result = await run(["extract", ...args], FILES);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stdout).toBe("");
    expect(result.stderr.startsWith(start)).toBe(true);
    expect(result.stderr).toContain('Run "vnpolity extract --help" for usage.\n');
  });
});
