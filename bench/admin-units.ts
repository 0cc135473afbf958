/** Administrative-unit benchmarks: lookups per second, and place extraction against a plain word scan. */
import { extractPlaces, getProvince, searchProvinces } from "../src/index.js";
import { vietnameseText } from "./corpus.js";
import { type ComparisonResult, compare } from "./harness.js";

const NAMES = ["Kon Tum", "Quảng Ngãi", "TP.HCM", "Khanh Hoa", "Thừa Thiên Huế", "Hà Giang", "Cao Bằng", "Đồng Nai"];
const BY_NAME = new Map(NAMES.map((name) => [name, name]));

export async function benchAdminUnits(): Promise<ComparisonResult[]> {
  const text = `${vietnameseText(50_000)} Tỉnh Kon Tum và tỉnh Quảng Ngãi, TP. Hồ Chí Minh. `.repeat(2);
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
  ];
}
