import { readFileSync } from "node:fs";
import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractIndicators, type IndicatorStatement } from "../../src/index.js";

function article(name: string): string {
  return readFileSync(new URL(`../../examples/articles/${name}`, import.meta.url), "utf8");
}

/** A statement in one line: what the tests pin. */
function summary(statement: IndicatorStatement) {
  return {
    indicator: statement.indicator.id,
    scope: statement.scope ? `${statement.scope.code}${statement.scope.inferred ? "?" : ""}` : undefined,
    period: statement.period?.text,
    target:
      statement.target &&
      `${statement.target.comparator} ${statement.target.value}${statement.target.high === undefined ? "" : `–${statement.target.high}`}`,
    actual: statement.actual && `${statement.actual.decimal}${statement.actual.estimate ? " (est.)" : ""}`,
    attainment: statement.attainment && `${statement.attainment.percentOfTarget ?? statement.attainment.status}`,
    change:
      statement.change &&
      `${statement.change.direction} ${statement.change.value.decimal}${statement.change.basis ? ` vs ${statement.change.basis.kind}` : ""}`,
    assessment: statement.assessment?.status,
  };
}

function compact(statements: readonly IndicatorStatement[]) {
  return statements.map((statement) =>
    Object.fromEntries(Object.entries(summary(statement)).filter(([, value]) => value !== undefined)),
  );
}

function expectSpans(text: string, statements: readonly IndicatorStatement[]): void {
  for (const statement of statements) {
    expect(text.slice(statement.span.start, statement.span.end)).toBe(statement.text);
    expect(text.slice(statement.indicator.span.start, statement.indicator.span.end)).toBe(statement.indicator.text);
    for (const part of [statement.target, statement.actual, statement.attainment, statement.change, statement.scope]) {
      if (part) expect(text.slice(part.span.start, part.span.end)).toBe(part.text);
    }
  }
}

describe("extractIndicators on our example articles", () => {
  it("vi-indicators-kon-tum-2025: targets, counts and a score", () => {
    const text = article("vi-indicators-kon-tum-2025.txt");
    const statements = extractIndicators(text, { language: "vi", articleDate: "2025-03-06" });
    expectSpans(text, statements);
    expect(compact(statements)).toEqual([
      // "cả nước": the national target takes no province.
      { indicator: "economic-growth", period: "năm 2025", target: ">= 8" },
      { indicator: "grdp-growth", scope: "62", period: "năm 2025", target: "> 10" },
      { indicator: "public-investment-disbursement", scope: "62?", target: "= 100" },
      { indicator: "online-public-services", scope: "62?", actual: "1585" },
      { indicator: "online-public-services-partial", scope: "62?", actual: "1663" },
      { indicator: "national-portal-integration", scope: "62?", actual: "1436", assessment: "not-achieved" },
    ]);
    const [, konTum] = statements;
    expect(konTum?.target?.approximate).toBe(true);
    expect(konTum?.target?.text).toBe("khoảng trên 10%");
    expect(konTum?.scope?.resolved.map((unit) => unit.code)).toEqual(["51"]);
    expect(statements[5]?.actual?.unit).toEqual({ kind: "score", outOf: 1770 });
  });

  it("en-indicators-cao-bang-nine-months: estimate, changes and reported attainment", () => {
    const text = article("en-indicators-cao-bang-nine-months.txt");
    const statements = extractIndicators(text, { language: "en", articleDate: "2025-10-15" });
    expectSpans(text, statements);
    expect(compact(statements)).toEqual([
      { indicator: "grdp-growth", scope: "04", period: "the first nine months of 2025", actual: "6.52 (est.)" },
      { indicator: "economic-growth", scope: "04", period: "the first nine months of 2025", target: ">= 8" },
      {
        indicator: "import-export-turnover",
        scope: "04?",
        actual: "1299000000",
        attainment: "145",
        change: "increase 77 vs same-period",
      },
      {
        indicator: "budget-revenue",
        scope: "04?",
        period: "As of 12 October 2025",
        actual: "3312000000000",
        attainment: "169",
      },
      { indicator: "tourist-arrivals", scope: "04?", change: "increase 59.4" },
      { indicator: "tourism-revenue", scope: "04?", change: "increase 104" },
      { indicator: "on-time-procedures", scope: "04?", actual: "99" },
    ]);
    expect(statements[2]?.actual?.qualifier).toBe(">");
    expect(statements[3]?.period?.until).toBe("2025-10-12");
    expect(statements[3]?.attainment?.text).toBe("exceeding 69% of the central budget estimate");
  });

  it("pl-indicators-cao-bang: Polish numbers with their own conventions", () => {
    const text = article("pl-indicators-cao-bang.txt");
    const statements = extractIndicators(text, { language: "pl", articleDate: "2025-10-15" });
    expectSpans(text, statements);
    expect(compact(statements)).toEqual([
      { indicator: "grdp-growth", scope: "04", period: "9 miesięcy", actual: "6.52" },
      {
        indicator: "import-export-turnover",
        scope: "04?",
        actual: "1299000000",
        attainment: "145",
        change: "increase 77 vs same-period",
      },
      {
        indicator: "budget-revenue",
        scope: "04?",
        period: "Do 12 października 2025 r.",
        actual: "3312000000000",
        attainment: "169",
      },
    ]);
    expect(statements[2]?.actual?.text).toBe("3 312 mld VND");
  });

  it("reads the Polish article the same way when the language is detected", () => {
    const text = article("pl-indicators-cao-bang.txt");
    const detected = extractIndicators(text, { articleDate: "2025-10-15" });
    expect(compact(detected)).toEqual(compact(extractIndicators(text, { language: "pl", articleDate: "2025-10-15" })));
  });

  it("en-indicators-2023-scorecards: lists of places with scores and growth rates", () => {
    const text = article("en-indicators-2023-scorecards.txt");
    const statements = extractIndicators(text, { language: "en", articleDate: "2024-01-17" });
    expectSpans(text, statements);
    const rows = statements.map((s) => [s.indicator.id, s.scope?.code, s.actual?.decimal, s.assessment?.status]);
    expect(rows).toEqual([
      ["plan-targets", "22", "15", "achieved"],
      ["plan-targets", "25", "15", "achieved"],
      ["plan-targets", "93", "18", "achieved"],
      ["plan-targets", "24", "17", "not-achieved"],
      ["plan-targets", "89", "14", "not-achieved"],
      ["plan-targets", "91", "27", "nearly-achieved"],
      ["plan-targets", "84", "26", "nearly-achieved"],
      ["plan-targets", "19", "9", "not-achieved"],
      ["plan-targets", "04", "11", "not-achieved"],
      ["plan-targets", "48", "4", "not-achieved"],
      ["grdp-growth", "24", "13.45", undefined],
      ["grdp-growth", "93", "12.27", undefined],
      ["grdp-growth", "22", "11.03", undefined],
      ["grdp-growth", "56", "10.55", undefined],
      ["grdp-growth", "31", "10.34", undefined],
      ["grdp-growth", "36", "10.19", undefined],
      ["grdp-growth", "33", "10.05", undefined],
      ["grdp-growth", "77", "-1.02", undefined],
      ["grdp-growth", "12", "-2.27", undefined],
      ["grdp-growth", "49", "-8.25", undefined],
      ["grdp-growth", "27", "-9.28", undefined],
      // "most provinces", "some localities": general statements take no province.
      ["budget-revenue", undefined, undefined, undefined],
      ["multidimensional-poverty-rate", undefined, "1", undefined],
    ]);
    const shortfall = statements[21]?.attainment;
    expect([shortfall?.percentOfTarget, shortfall?.percentOfTargetHigh, shortfall?.status]).toEqual([
      80,
      90,
      "not-achieved",
    ]);
    expect(statements[22]?.actual?.qualifier).toBe("<");
    expect(statements[0]?.text).toBe("Quang Ninh achieved 15/15 targets");
    expect(statements[0]?.period?.text).toBe("for 2023");
  });

  it("vi-indicators-2023-scorecards: scores, growth, a range and a shortfall", () => {
    const text = article("vi-indicators-2023-scorecards.txt");
    const statements = extractIndicators(text, { language: "vi", articleDate: "2024-01-17" });
    expectSpans(text, statements);
    expect(compact(statements)).toEqual([
      { indicator: "plan-targets", scope: "22", period: "năm 2023", actual: "15", assessment: "achieved" },
      { indicator: "plan-targets", scope: "25", period: "năm 2023", actual: "15", assessment: "achieved" },
      { indicator: "plan-targets", scope: "93", period: "năm 2023", actual: "18", assessment: "achieved" },
      { indicator: "grdp-growth", scope: "24", period: "Năm 2023", actual: "13.45" },
      { indicator: "grdp-growth", scope: "49", period: "Năm 2023", actual: "-8.25" },
      // Quảng Nam was one of a list of provinces: the general statements after it do not inherit it.
      { indicator: "retail-sales", change: "increase 10 vs same-period" },
      { indicator: "agriculture-growth", actual: "2" },
      { indicator: "budget-revenue", attainment: "80" },
    ]);
    expect(statements[6]?.actual?.high).toBe(5);
    expect([statements[5]?.change?.high, statements[5]?.change?.highDecimal]).toEqual([15, "15"]);
  });
});

describe("extractIndicators on single sentences", () => {
  it("joins an estimate, its target and the assessment in one statement", () => {
    const [statement] = extractIndicators("GRDP 9 tháng ước tăng 6,52% so với cùng kỳ, thấp hơn mục tiêu 8% trở lên.", {
      language: "vi",
    });
    expect(summary(statement as IndicatorStatement)).toEqual({
      indicator: "grdp-growth",
      scope: undefined,
      period: "9 tháng",
      target: ">= 8",
      actual: "6.52 (est.)",
      attainment: undefined,
      change: "increase 6.52 vs same-period",
      assessment: "not-achieved",
    });
    expect(statement?.assessment?.gap).toBe(-1.48);
  });

  it("reads a decrease of a growth figure as negative growth", () => {
    const [statement] = extractIndicators("GRDP của tỉnh giảm 2,27%.", { language: "vi" });
    expect(statement?.actual?.decimal).toBe("-2.27");
  });

  it("reads a money figure for GRDP as the size of the economy", () => {
    const [statement] = extractIndicators("GRDP năm 2024 đạt 120.500 tỷ đồng.", { language: "vi" });
    expect(statement?.indicator.id).toBe("grdp");
    expect(statement?.actual?.decimal).toBe("120500000000000");
  });

  it("ignores document numbers, dates and years", () => {
    const statements = extractIndicators(
      "Theo Nghị quyết số 57-NQ/TW và Kết luận số 123, ngày 24/1/2025, GRDP năm 2025 phải tăng trưởng nhanh.",
      { language: "vi" },
    );
    expect(statements).toEqual([]);
  });

  it("reports a status without a figure", () => {
    const [statement] = extractIndicators("Kim ngạch xuất khẩu năm 2023 không đạt kế hoạch.", { language: "vi" });
    expect(statement?.attainment?.status).toBe("not-achieved");
    expect(statement?.attainment?.reading).toBe("status");
  });

  it("keeps spans in the caller's string when the text is decomposed", () => {
    const text = "Thu ngân sa\u0301ch đa\u0323t 4.210,5 tỷ đồng, vươ\u0323t 12% dự toán.";
    const [statement] = extractIndicators(text, { language: "vi" });
    expect(statement?.attainment?.percentOfTarget).toBe(112);
    expectSpans(text, statement ? [statement] : []);
  });

  it("computes assessments with the chosen preset", () => {
    const [statement] = extractIndicators("Tăng trưởng kinh tế đạt 7,7%, mục tiêu 8% trở lên.", {
      language: "vi",
      preset: "vn-plan",
    });
    expect(statement?.assessment?.label.vi).toBe("Không đạt");
  });

  it.each([
    ["GRDP quý I/2025 tăng 7,3% so với cùng kỳ.", { kind: "quarter", quarter: 1, year: 2025, text: "quý I/2025" }],
    [
      "In the first quarter of 2025, GRDP grew 7.3%.",
      { kind: "quarter", quarter: 1, year: 2025, text: "first quarter of 2025" },
    ],
    ["GRDP Q3 2025 tăng 8%.", { kind: "quarter", quarter: 3, year: 2025, text: "Q3 2025" }],
    [
      "Giai đoạn 2021-2025, GRDP tăng bình quân 6,5%/năm.",
      { kind: "term", year: 2021, toYear: 2025, text: "Giai đoạn 2021-2025" },
    ],
    ["GRDP 6 tháng đầu năm 2025 tăng 7%.", { kind: "months", months: 6, year: 2025, text: "6 tháng đầu năm 2025" }],
  ])("reads the period of %j", (text, period) => {
    const [statement] = extractIndicators(text);
    expect(statement?.period).toMatchObject(period);
  });

  it.each([
    ["Thu ngân sách năm 2025 tăng 6% so với năm 2020.", { kind: "year", year: 2020, text: "so với năm 2020" }],
    ["Exports rose 12% compared with 2023.", { kind: "year", year: 2023, text: "compared with 2023" }],
    ["Exports rose 12% over the previous year.", { kind: "previous-year", text: "over the previous year" }],
  ])("reads the basis of the change in %j", (text, basis) => {
    const [statement] = extractIndicators(text);
    expect(statement?.change?.basis).toEqual(basis);
    expect(statement?.change?.value.decimal).toBe(text.includes("6%") ? "6" : "12");
  });

  it("returns [] for non-strings, empty text and bad options", () => {
    expect(extractIndicators(undefined)).toEqual([]);
    expect(extractIndicators("")).toEqual([]);
    expect(extractIndicators("GRDP tăng 6%", { language: "xx" as "vi" })).toEqual([]);
  });
});

describe("extractIndicators properties", () => {
  fcTest.prop([fc.string({ unit: "binary" })])("never throws, and every span slices back to its text", (input) => {
    const statements = extractIndicators(input);
    expectSpans(input, statements);
  });

  const pieces = fc.constantFrom(
    "GRDP ",
    "tăng ",
    "6,52% ",
    "mục tiêu ",
    "8% trở lên",
    "; ",
    ". ",
    "vượt 69% dự toán ",
    "Quang Ninh 15/15 ",
    "targets ",
    "Bac Giang (13.45%), ",
    "thu ngân sách ",
    "3.312 tỷ đồng ",
    "\u0301",
    "\ud800",
    "khoảng ",
    "2 - 5% ",
  );
  fcTest.prop([fc.array(pieces, { maxLength: 40 })])("never throws on statement-like soup", (parts) => {
    const text = parts.join("");
    expectSpans(text, extractIndicators(text, { articleDate: "2024-01-17" }));
  });
});
