/** Text toolkit benchmarks: normalisation against bare NFC, number parsing against Number.parseFloat. */
import { extractDates, extractNumbers, normalizeText, parseNumber } from "../src/index.js";
import { mixedText, vietnameseText } from "./corpus.js";
import { type ComparisonResult, compare, growth } from "./harness.js";

// Vietnamese as it often arrives: decomposed tone marks, NBSPs, en dashes and a look-alike Đ.
function messyVietnamese(bytes: number): string {
  return vietnameseText(bytes)
    .normalize("NFD")
    .replaceAll(" tỷ", "\u00a0tỷ")
    .replaceAll("-", "\u2013")
    .replaceAll("Đ", "\u00d0");
}

const NUMBERS_VI = ["1.585", "6,52", "-9,28", "18.250", "104,6", "1.234.567,89", "62,4", "7", "0,5", "2024"];
const NUMBERS_EN = ["1,585", "6.52", "-9.28", "18,250", "104.6", "1,234,567.89", "62.4", "7", "0.5", "2024"];

export async function benchText(): Promise<ComparisonResult[]> {
  const results: ComparisonResult[] = [];
  const clean = vietnameseText(100_000);
  const messy = messyVietnamese(100_000);
  const english = mixedText(100_000);
  results.push(
    await compare({
      name: "normalizeText, clean Vietnamese 100 kB",
      baselineName: "String#normalize('NFC')",
      baseline: () => clean.normalize("NFC"),
      candidate: () => normalizeText(clean),
      bytesPerCall: clean.length,
    }),
    await compare({
      name: "normalizeText, messy Vietnamese 100 kB",
      baselineName: "String#normalize('NFC')",
      baseline: () => messy.normalize("NFC"),
      candidate: () => normalizeText(messy),
      bytesPerCall: messy.length,
    }),
    await compare({
      name: "normalizeText, mixed vi/en 100 kB",
      baselineName: "String#normalize('NFC')",
      baseline: () => english.normalize("NFC"),
      candidate: () => normalizeText(english),
      bytesPerCall: english.length,
    }),
    await compare({
      name: "parseNumber, 10 Vietnamese figures",
      baselineName: "Number.parseFloat",
      baseline: () => {
        for (const n of NUMBERS_VI) Number.parseFloat(n);
      },
      candidate: () => {
        for (const n of NUMBERS_VI) parseNumber(n, { language: "vi" });
      },
    }),
    await compare({
      name: "parseNumber, 10 English figures",
      baselineName: "Number.parseFloat",
      baseline: () => {
        for (const n of NUMBERS_EN) Number.parseFloat(n);
      },
      candidate: () => {
        for (const n of NUMBERS_EN) parseNumber(n, { language: "en" });
      },
    }),
  );
  results.push(
    await growth("normalizeText, 1 MB of combining marks", (s) => normalizeText(s), "a\u0301\u0323".repeat(350_000)),
  );
  results.push(
    await growth("normalizeText, 1 MB of lone surrogates", (s) => normalizeText(s), "\ud800x".repeat(500_000)),
  );
  results.push(
    await compare({
      name: "extractNumbers, Vietnamese news 100 kB",
      baselineName: "one /\\d+/g scan",
      baseline: () => clean.match(/\d+/g),
      candidate: () => extractNumbers(clean, { language: "vi" }),
      bytesPerCall: clean.length,
    }),
    await compare({
      name: "extractDates, mixed news 100 kB",
      baselineName: "one /\\d+/g scan",
      baseline: () => english.match(/\d+/g),
      candidate: () => extractDates(english),
      bytesPerCall: english.length,
    }),
  );
  results.push(
    await growth(
      "extractNumbers, 1 MB of digits and dots",
      (s) => extractNumbers(s, { language: "vi" }),
      "1.2.".repeat(250_000),
    ),
  );
  results.push(await growth("extractDates, 1 MB of 'ngày 1/'", (s) => extractDates(s), "ngày 1/".repeat(150_000)));
  return results;
}
