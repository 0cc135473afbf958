import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  buildScorecard,
  extractScorecard,
  filterScorecard,
  rankScorecard,
  rebaseScorecard,
  scorecardFromStatements,
  summarizeScorecard,
} from "../../src/index.js";

const text = readFileSync(
  new URL("../../examples/articles/en-indicators-2023-scorecards.txt", import.meta.url),
  "utf8",
);

describe("scorecards from text", () => {
  const targets = extractScorecard(text, { language: "en", articleDate: "2024-01-17", indicator: "plan-targets" });
  const growth = extractScorecard(text, { language: "en", articleDate: "2024-01-17", indicator: "grdp-growth" });

  it("reads one row per place", () => {
    expect(targets.rows.map((row) => `${row.name} ${row.value}/${row.unit.outOf}`)).toEqual([
      "Quảng Ninh 15/15",
      "Phú Thọ 15/15",
      "Hậu Giang 18/18",
      "Bắc Giang 17/18",
      "An Giang 14/15",
      "Kiên Giang 27/28",
      "Trà Vinh 26/27",
      "Thái Nguyên 9/15",
      "Cao Bằng 11/17",
      "Đà Nẵng 4/10",
    ]);
    expect(targets.asOf).toBe("2024-01-17");
    expect(growth.rows).toHaveLength(11);
  });

  it("ranks scores by their share of the total, ties sharing a rank", () => {
    const ranked = rankScorecard(targets).map((row) => [row.name, row.rank]);
    expect(ranked.slice(0, 5)).toEqual([
      ["Quảng Ninh", 1],
      ["Phú Thọ", 1],
      ["Hậu Giang", 1],
      ["Kiên Giang", 4],
      ["Trà Vinh", 5],
    ]);
    expect(ranked.at(-1)).toEqual(["Đà Nẵng", 10]);
  });

  it("ranks growth best first, and ascending on request", () => {
    expect(rankScorecard(growth)[0]).toMatchObject({ name: "Bắc Giang", value: 13.45, rank: 1 });
    expect(rankScorecard(growth, { order: "asc" })[0]).toMatchObject({ name: "Bắc Ninh", value: -9.28, rank: 1 });
  });

  it("filters by status", () => {
    expect(filterScorecard(targets, { status: "achieved" }).map((row) => row.name)).toEqual([
      "Quảng Ninh",
      "Phú Thọ",
      "Hậu Giang",
    ]);
    expect(filterScorecard(targets, { status: ["nearly-achieved"] })).toHaveLength(2);
  });

  it("judges every row against a target when one is given", () => {
    const judged = extractScorecard(text, {
      language: "en",
      articleDate: "2024-01-17",
      indicator: "grdp-growth",
      target: "6,5% trở lên",
    });
    expect(filterScorecard(judged, { status: "exceeded" })).toHaveLength(7);
    expect(filterScorecard(judged, { status: "not-achieved" }).map((row) => row.name)).toEqual([
      "Bà Rịa - Vũng Tàu",
      "Lai Châu",
      "Quảng Nam",
      "Bắc Ninh",
    ]);
  });

  it("summarises: counts by status, mean and median, no sum for rates", () => {
    const summary = summarizeScorecard(growth);
    expect(summary.count).toBe(11);
    expect(summary.max).toBe(13.45);
    expect(summary.min).toBe(-9.28);
    expect(summary.median).toBe(10.19);
    expect(summary.sum).toBeUndefined();
    expect(summarizeScorecard(targets).byStatus).toEqual({ achieved: 3, "not-achieved": 5, "nearly-achieved": 2 });
  });

  it("builds a scorecard from statements, picking the commonest indicator", () => {
    expect(scorecardFromStatements([]).rows).toEqual([]);
  });
});

describe("buildScorecard and rebaseScorecard", () => {
  const counts = buildScorecard(
    [
      { name: "Kon Tum", value: 3100, unit: { kind: "count" } },
      { name: "Quảng Ngãi", value: 5200, unit: { kind: "count" } },
      { name: "Hà Giang", value: 900, unit: { kind: "count" } },
      { name: "Tuyên Quang", value: 1500, unit: { kind: "count" } },
      { name: "Hà Nội", value: 42000, unit: { kind: "count" } },
    ],
    { asOf: "2024-12-31", indicator: "new-enterprises" },
  );

  it("reads names as provinces at the table's date", () => {
    expect(counts.rows.map((row) => row.code)).toEqual(["62", "51", "02", "08", "01"]);
    expect(summarizeScorecard(counts).sum).toBe(52700);
  });

  it("adds up merged units onto the 34 by lineage, exactly", () => {
    const result = rebaseScorecard(counts, { asOf: "2025-07-01" });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.asOf).toBe("2025-07-01");
    expect(result.data.rows.map((row) => [row.code, row.name, row.decimal])).toEqual([
      ["01", "Hà Nội", "42000"],
      ["08", "Tuyên Quang", "2400"],
      ["51", "Quảng Ngãi", "8300"],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("warns when a predecessor has no figure", () => {
    const partial = buildScorecard([{ name: "Kon Tum", value: 3100, unit: { kind: "count" } }], { asOf: "2024-12-31" });
    const result = rebaseScorecard(partial, { asOf: "2025-07-01", locale: "en" });
    expect(result.success && result.warnings.map((issue) => [issue.code, issue.hint])).toEqual([
      ["INCOMPLETE_REBASE", "Quảng Ngãi: Quảng Ngãi"],
    ]);
  });

  it("keeps money exact when re-basing", () => {
    const money = buildScorecard(
      [
        { name: "Kon Tum", value: 0, decimal: "3312000000000.1", unit: { kind: "money", currency: "VND" } },
        { name: "Quảng Ngãi", value: 0, decimal: "0.2", unit: { kind: "money", currency: "VND" } },
      ],
      { asOf: "2024-12-31" },
    );
    const result = rebaseScorecard(money, { asOf: "2025-07-01" });
    expect(result.success && result.data.rows[0]?.decimal).toBe("3312000000000.3");
  });

  it("refuses rates, shares and scores", () => {
    const rates = buildScorecard([{ name: "Kon Tum", value: 6.52 }], { asOf: "2024-12-31", indicator: "grdp-growth" });
    const result = rebaseScorecard(rates, { asOf: "2025-07-01" });
    expect(!result.success && result.error.code).toBe("NOT_ADDITIVE");
    const mixed = buildScorecard(
      [
        { name: "Kon Tum", value: 1, unit: { kind: "count" } },
        { name: "Hà Nội", value: 1, unit: { kind: "money", currency: "VND" } },
      ],
      { asOf: "2024-12-31" },
    );
    expect(!rebaseScorecard(mixed).success && "NOT_ADDITIVE").toBe("NOT_ADDITIVE");
  });

  it("refuses to split a merged unit back onto its predecessors", () => {
    const merged = buildScorecard([{ name: "Quảng Ngãi", value: 8300, unit: { kind: "count" } }], {
      asOf: "2025-07-01",
    });
    const result = rebaseScorecard(merged, { asOf: "2025-06-30" });
    expect(!result.success && result.error.code).toBe("PARTIAL_LINEAGE");
  });

  it("fails on unknown rows, bad dates and non-scorecards", () => {
    const unknown = {
      asOf: "2024-12-31",
      direction: "higher" as const,
      rows: [{ name: "Atlantis", value: 1, decimal: "1", unit: { kind: "count" as const } }],
    };
    expect(!rebaseScorecard(unknown).success && "x").toBe("x");
    const unknownResult = rebaseScorecard(unknown);
    expect(!unknownResult.success && unknownResult.error.code).toBe("UNKNOWN_PROVINCE");
    const badDate = rebaseScorecard(counts, { asOf: "soon" });
    expect(!badDate.success && badDate.error.code).toBe("INVALID_DATE_LIKE");
    const notCard = rebaseScorecard(null as never);
    expect(!notCard.success && notCard.error.code).toBe("INVALID_INPUT_TYPE");
  });

  it("judges rows of a built scorecard", () => {
    const card = buildScorecard(
      [
        { name: "Bắc Giang", value: 13.45 },
        { name: "Quảng Nam", value: -8.25 },
      ],
      { asOf: "2023-12-31", indicator: "grdp-growth", target: "6,5%" },
    );
    expect(card.rows.map((row) => row.status)).toEqual(["exceeded", "not-achieved"]);
    expect(buildScorecard("nope" as never).rows).toEqual([]);
  });
});
