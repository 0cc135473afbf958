import { describe, expect, it } from "vitest";
import { extractIndicators, type IndicatorStatement } from "../../src/indicators/index.js";

/** The facts a row pins: indicator, scope (with "?" when inferred), period year, figures. */
function facts(statement: IndicatorStatement) {
  return {
    id: statement.indicator.id,
    scope: statement.scope ? `${statement.scope.code}${statement.scope.inferred ? "?" : ""}` : undefined,
    year: statement.period?.year,
    target: statement.target?.value,
    actual: statement.actual?.value,
    attainment: statement.attainment?.percentOfTarget,
    basis: statement.attainment?.basis,
    change: statement.change ? [statement.change.value.value, statement.change.high] : undefined,
  };
}

function read(text: string, language: "vi" | "en") {
  return extractIndicators(text, { language, articleDate: "2025-06-30" }).map(facts);
}

type Row = readonly [string, "vi" | "en", string, readonly Partial<ReturnType<typeof facts>>[]];

// Each sentence pair says the same thing; both languages must give the same statements.
const ROWS: readonly Row[] = [
  [
    "a national target takes no province from an earlier sentence",
    "vi",
    "Tỉnh Gia Lai đã họp. Chính phủ giao mục tiêu tăng trưởng của cả nước đạt 7% trở lên.",
    [{ id: "economic-growth", scope: undefined, target: 7 }],
  ],
  [
    "a national target takes no province from an earlier sentence",
    "en",
    "Gia Lai province met. The Government set a national growth target of 7% or more.",
    [{ id: "economic-growth", scope: undefined, target: 7 }],
  ],
  [
    "most provinces: no inherited scope",
    "vi",
    "Tỉnh Nghệ An đã họp. Thu ngân sách nhà nước của phần lớn các tỉnh hụt khoảng 5-15% so với dự toán.",
    [{ id: "budget-revenue", scope: undefined, attainment: 85, basis: "estimate" }],
  ],
  [
    "most provinces: no inherited scope",
    "en",
    "Nghe An province met. State budget revenue in most provinces showed a shortfall of about 5-15% compared to the estimate.",
    [{ id: "budget-revenue", scope: undefined, attainment: 85, basis: "estimate" }],
  ],
  [
    "some localities: no inherited scope",
    "vi",
    "Tỉnh Nghệ An đã họp. Một số địa phương đã giảm tỷ lệ hộ nghèo đa chiều xuống dưới 2%.",
    [{ id: "multidimensional-poverty-rate", scope: undefined, actual: 2 }],
  ],
  [
    "some localities: no inherited scope",
    "en",
    "Nghe An province met. Some localities have cut the multidimensional poverty rate to below 2%.",
    [{ id: "multidimensional-poverty-rate", scope: undefined, actual: 2 }],
  ],
  [
    "a province from a list of provinces is not inherited",
    "vi",
    "Tăng trưởng GRDP cao: Hà Tĩnh (9,1%), Nghệ An (8,4%). Ngành nông lâm thủy sản tăng 3%.",
    [
      { id: "grdp-growth", scope: "42", actual: 9.1 },
      { id: "grdp-growth", scope: "40", actual: 8.4 },
      { id: "agriculture-growth", scope: undefined, actual: 3 },
    ],
  ],
  [
    "a province from a list of provinces is not inherited",
    "en",
    "High GRDP growth: Ha Tinh (9.1%), Nghe An (8.4%). Agricultural production grew by 3%.",
    [
      { id: "grdp-growth", scope: "42", actual: 9.1 },
      { id: "grdp-growth", scope: "40", actual: 8.4 },
      { id: "agriculture-growth", scope: undefined, actual: 3 },
    ],
  ],
  [
    "a lone province of an earlier sentence is still inherited",
    "vi",
    "Tỉnh Nghệ An đã họp. Kim ngạch xuất nhập khẩu tăng 12% so với cùng kỳ.",
    [{ id: "import-export-turnover", scope: "40?", change: [12, undefined] }],
  ],
  [
    "a lone province of an earlier sentence is still inherited",
    "en",
    "Nghe An province met. Import-export turnover rose 12% year on year.",
    [{ id: "import-export-turnover", scope: "40?", change: [12, undefined] }],
  ],
  [
    "a year before the indicator is its period",
    "vi",
    "Tỉnh đặt mục tiêu tốc độ tăng GRDP năm 2026 đạt 9%.",
    [{ id: "grdp-growth", year: 2026, target: 9 }],
  ],
  [
    "a year before the indicator is its period",
    "en",
    "The province set the 2026 GRDP growth target at 9%.",
    [{ id: "grdp-growth", year: 2026, target: 9 }],
  ],
  [
    "the verb 'disburse'",
    "vi",
    "Tỉnh phấn đấu giải ngân 95% kế hoạch vốn.",
    [{ id: "public-investment-disbursement", target: 95 }],
  ],
  [
    "the verb 'disburse'",
    "en",
    "The province aims to disburse 95% of the capital plan.",
    [{ id: "public-investment-disbursement", target: 95 }],
  ],
  [
    "counts before hyphenated and modified names",
    "vi",
    "Tỉnh cung cấp 820 dịch vụ công trực tuyến toàn trình và 410 dịch vụ công trực tuyến một phần.",
    [
      { id: "online-public-services", actual: 820 },
      { id: "online-public-services-partial", actual: 410 },
    ],
  ],
  [
    "counts before hyphenated and modified names",
    "en",
    "The province offers 820 full-process online public services and 410 partial online public services.",
    [
      { id: "online-public-services", actual: 820 },
      { id: "online-public-services-partial", actual: 410 },
    ],
  ],
  [
    "a second reported attainment is a second statement",
    "vi",
    "Kim ngạch xuất nhập khẩu đạt 500 triệu USD, vượt 20% kế hoạch và vượt 10% so với kịch bản tăng trưởng.",
    [
      { id: "import-export-turnover", attainment: 120, basis: "plan" },
      { id: "import-export-turnover", attainment: 110, basis: "scenario" },
    ],
  ],
  [
    "a second reported attainment is a second statement",
    "en",
    "Import-export turnover reached USD 500 million, exceeding the plan by 20% and the growth scenario by 10%.",
    [
      { id: "import-export-turnover", attainment: 120, basis: "plan" },
      { id: "import-export-turnover", attainment: 110, basis: "scenario" },
    ],
  ],
  [
    "a qualified basis before 'by N%'",
    "vi",
    "Thu ngân sách đạt 900 tỷ đồng, vượt 30% dự toán Trung ương giao, vượt 12% dự toán HĐND tỉnh giao.",
    [
      { id: "budget-revenue", attainment: 130, basis: "estimate" },
      { id: "budget-revenue", attainment: 112, basis: "estimate" },
    ],
  ],
  [
    "a qualified basis before 'by N%'",
    "en",
    "Budget revenue reached VND 900 billion, exceeding the central budget estimate by 30% and the Provincial People's Council estimate by 12%.",
    [
      { id: "budget-revenue", attainment: 130, basis: "estimate" },
      { id: "budget-revenue", attainment: 112, basis: "estimate" },
    ],
  ],
  [
    "a change written as a range keeps its upper figure",
    "vi",
    "Tổng mức bán lẻ hàng hóa tăng từ 6% đến 9% so với cùng kỳ.",
    [{ id: "retail-sales", change: [6, 9] }],
  ],
  [
    "a change written as a range keeps its upper figure",
    "en",
    "Retail sales of goods rose by 6% to 9% year on year.",
    [{ id: "retail-sales", change: [6, 9] }],
  ],
];

describe("extractIndicators: forms of the example articles, in Vietnamese and English", () => {
  it.each(ROWS)("%s (%s)", (_name, language, text, expected) => {
    const found = read(text, language);
    expect(found).toHaveLength(expected.length);
    expected.forEach((row, index) => {
      expect(found[index]).toMatchObject(row);
    });
  });

  it("reads 145% of plan as exceeded by 45%", () => {
    const [statement] = extractIndicators("Exports reached USD 80 million, exceeding the plan by 45%.", {
      language: "en",
    });
    expect(statement?.attainment).toMatchObject({ reading: "exceeded", written: 45, percentOfTarget: 145 });
  });

  it("keeps a change without a range free of `high`", () => {
    const [statement] = extractIndicators("Retail sales rose 8% year on year.", { language: "en" });
    expect(statement?.change?.high).toBeUndefined();
    expect(statement?.change?.highDecimal).toBeUndefined();
  });
});
