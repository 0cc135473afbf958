/**
 * Indicator benchmarks: statement extraction against one global regex scan for number-like tokens over the same
 * text (throughput in MB/s, on figure-dense prose and on the shared news corpus), and computeAttainment against a
 * bare arithmetic ratio (operations per second). The sentences are written for this project.
 */
import { computeAttainment, extractIndicators, parseQuantity, parseTarget } from "../src/index.js";
import { mixedText } from "./corpus.js";
import { type ComparisonResult, compare, growth } from "./harness.js";

const SENTENCES = [
  "Tổng sản phẩm trên địa bàn 9 tháng ước tăng 6,52% so với cùng kỳ, thấp hơn mục tiêu tăng 8% trở lên.",
  "Thu ngân sách nhà nước trên địa bàn đạt 4.210,5 tỷ đồng, vượt 12% dự toán; giải ngân vốn đầu tư công đạt 61,3% kế hoạch.",
  "Tỉnh phấn đấu tốc độ tăng GRDP năm 2025 đạt khoảng trên 10%, tỷ lệ hộ nghèo đa chiều giảm 1–1,5%/năm.",
  "Import-export turnover reached USD 1,299 million, up 77% year on year and exceeding the plan by 45%.",
  "Quang Ninh achieved 15/15 targets, Phu Tho 15/15 and Hau Giang 18/18 in 2023.",
  "Seven localities posted double-digit GRDP growth, led by Bac Giang (13.45%) and Hau Giang (12.27%).",
  "Ủy ban nhân dân tỉnh họp phiên thường kỳ, nghe báo cáo về công tác chuẩn bị đại hội và cải cách hành chính.",
];

function indicatorText(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const sentence = SENTENCES[i % SENTENCES.length] ?? "";
    parts.push(sentence);
    size += sentence.length + 1;
  }
  return parts.join(" ");
}

/** Runs the indicator comparisons and prints one line each. */
export async function benchIndicators(): Promise<ComparisonResult[]> {
  const text = indicatorText(100_000);
  const news = mixedText(1_000_000);
  const numberLike = /\d[\d.,]*%?/g;
  const target = parseTarget("8% trở lên");
  const actual = parseQuantity("6,52%");
  const results: ComparisonResult[] = [];
  results.push(
    await compare({
      name: "extractIndicators, mixed vi/en 100 kB",
      baselineName: "one global regex scan for number-like tokens",
      baseline: () => text.match(numberLike)?.length ?? 0,
      candidate: () => extractIndicators(text, { articleDate: "2025-10-15" }),
      bytesPerCall: text.length,
    }),
    await compare({
      name: "extractIndicators, mixed vi/en news 1 MB",
      baselineName: "one global regex scan for number-like tokens",
      baseline: () => news.match(numberLike)?.length ?? 0,
      candidate: () => extractIndicators(news, { articleDate: "2025-10-15" }),
      bytesPerCall: news.length,
    }),
    await compare({
      name: "computeAttainment, parsed target and actual",
      baselineName: "actual / target arithmetic",
      baseline: () => actual.value / target.value,
      candidate: () => computeAttainment(target, actual),
    }),
    await compare({
      name: "computeAttainment, from phrases",
      baselineName: "actual / target arithmetic",
      baseline: () => Number.parseFloat("6.52") / Number.parseFloat("8"),
      candidate: () => computeAttainment("8% trở lên", "6,52%", { language: "vi" }),
    }),
  );
  await growth("extractIndicators, 1 MB of figures", (input) => extractIndicators(input), "GRDP 1% 2% ".repeat(90_000));
  await growth(
    "extractIndicators, 1 MB without stops",
    (input) => extractIndicators(input),
    indicatorText(1_000_000).replaceAll(". ", ", "),
  );
  return results;
}
