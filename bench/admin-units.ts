/**
 * Administrative-unit benchmarks: lookups per second, and place extraction against a plain word scan (MB/s), with
 * its growth on an adversarial input (capitalised first words of names everywhere, no name completed).
 */
import { extractPlaces, getProvince, searchProvinces } from "../src/index.js";
import { mixedText, vietnameseText } from "./corpus.js";
import { type ComparisonResult, compare, growth } from "./harness.js";

const NAMES = ["Kon Tum", "Quảng Ngãi", "TP.HCM", "Khanh Hoa", "Thừa Thiên Huế", "Hà Giang", "Cao Bằng", "Đồng Nai"];
const BY_NAME = new Map(NAMES.map((name) => [name, name]));

/** The administrative-units section of `npm run bench`. */
export async function benchAdminUnits(): Promise<ComparisonResult[]> {
  const text = `${vietnameseText(50_000)} Tỉnh Kon Tum và tỉnh Quảng Ngãi, TP. Hồ Chí Minh. `.repeat(2);
  const news = mixedText(1_000_000);
  // "Kon", "Ha", "Ba" and "Thanh" start names; what follows never completes one, so every window is read in full.
  const adversarial = "Kon Ha-Ba Thanh TP. Ho Chi ".repeat(40_000);
  return [
    await compare({
      name: `getProvince, ${NAMES.length} spellings`,
      baselineName: "Map#get of the same names",
      baseline: () => {
        for (const name of NAMES) BY_NAME.get(name);
      },
      candidate: () => {
        for (const name of NAMES) getProvince(name, { asOf: "2025-03-01" });
      },
    }),
    await compare({
      name: `searchProvinces, ${NAMES.length} queries`,
      baselineName: "Map#get of the same names",
      baseline: () => {
        for (const name of NAMES) BY_NAME.get(name);
      },
      candidate: () => {
        for (const name of NAMES) searchProvinces(name);
      },
    }),
    await compare({
      name: "extractPlaces, Vietnamese news 100 kB",
      baselineName: "one /\\p{Lu}\\p{L}*/gu scan",
      baseline: () => text.match(/\p{Lu}\p{L}*/gu),
      candidate: () => extractPlaces(text, { articleDate: "2025-03-06" }),
      bytesPerCall: text.length,
    }),
    await compare({
      name: "extractPlaces, mixed vi/en news 1 MB",
      baselineName: "one /\\p{Lu}\\p{L}*/gu scan",
      baseline: () => news.match(/\p{Lu}\p{L}*/gu),
      candidate: () => extractPlaces(news, { articleDate: "2025-03-06" }),
      bytesPerCall: news.length,
    }),
    await growth("extractPlaces, 1 MB of name starts", (input) => extractPlaces(input), adversarial),
  ];
}
