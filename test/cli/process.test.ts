import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// One real process per case: the bin wrapper, Node's streams and the exit code, which the in-process tests
// cannot see. tsx runs the TypeScript source, so no build is needed.
const root = fileURLToPath(new URL("../..", import.meta.url));
const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));

function vnpolity(args: readonly string[], input = "") {
  const result = spawnSync(tsx, ["src/cli/bin.ts", ...args], { cwd: root, input, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("vnpolity as a process", () => {
  it("explains 96-QD/TW and exits 0", () => {
    const result = vnpolity(["code", "96-QD/TW", "--locale", "en"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^96-QD\/TW\n {2}Canonical: +96-QĐ\/TW\n/);
    expect(result.stdout).toContain("DIACRITICS_REPAIRED");
  });

  it("extracts from standard input with 'extract -'", () => {
    const article = "Hà Nội, ngày 6/3/2025 — Ông Nguyễn Văn Bình, Bí thư Tỉnh ủy Kon Tum, dự hội nghị.";
    const result = vnpolity(["extract", "-", "--json"], article);
    expect(result.code).toBe(0);
    const facts = JSON.parse(result.stdout) as { articleDate: string; people: { name: string }[] };
    expect(facts.articleDate).toBe("2025-03-06");
    expect(facts.people.map((person) => person.name)).toEqual(["Nguyễn Văn Bình"]);
  });

  it("exits 2 on a usage error and 1 on invalid input", () => {
    expect(vnpolity(["nonsense"]).code).toBe(2);
    const invalid = vnpolity(["code", "foo"]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/^error INVALID_CODE_SHAPE: /);
  });
});
