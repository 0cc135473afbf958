/**
 * Reference extraction against one global regex scan for code-shaped tokens over the same news-like text, and
 * its growth on an adversarial input (code-shaped noise and type words everywhere).
 */
import { extractDocumentReferences } from "../src/references/index.js";
import { mixedText } from "./corpus.js";
import { type ComparisonResult, compare } from "./harness.js";

/*
 * The naive scanner a reference extractor would start from: one global regular expression for every code-shaped
 * candidate the extractor itself accepts — an optional number marker ("số", "No.", "nr", "n°"), a number, then
 * letter-and-digit segments joined by "-", "/" or a Unicode dash, with one space allowed around a separator
 * ("57 - NQ/TW") — case-insensitive and Unicode-aware (Vietnamese letters in "QĐ-UBND"). It finds candidates
 * only: no type words, dates, issuers, titles or checks, which is what the extractor adds within 4x its time.
 */
const CODE_SHAPED =
  /(?:(?:số|no\.?|nr\.?|n°)\s?)?\d{1,5}\s?[-/\u2010-\u2015\u2212]\s?[\p{L}\d]+(?:\s?[-/\u2010-\u2015\u2212]\s?[\p{L}\d]+)*/giu;

function countCodeShaped(text: string): number {
  let count = 0;
  CODE_SHAPED.lastIndex = 0;
  while (CODE_SHAPED.exec(text) !== null) count += 1;
  return count;
}

function adversarial(bytes: number): string {
  const pieces = [
    "Nghị quyết số 1-",
    "Resolution No. 2/",
    "12-NQ/TWvề ",
    "3 - - / ",
    "Kết luận 4, ngày 1/1/",
    "“",
    "9/2020/",
  ];
  let out = "";
  for (let i = 0; out.length < bytes; i += 1) out += pieces[i % pieces.length];
  return out;
}

const GROWTH_BAR = 2.3;
const GROWTH_PAIRS = 9;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * t(2n)/t(n) on the adversarial input, measured in interleaved pairs (n, 2n, n, 2n, …) and compared by medians:
 * a one-second run on a shared machine drifts with the load, and the harness's back-to-back blocks (all n runs,
 * then all 2n runs) let a load change between the blocks decide the ratio. Every run is wall time, garbage
 * collection included; only the pairing and the number of runs differ from the harness's `growth`.
 */
function interleavedGrowth(name: string, run: (input: string) => unknown, input: string): ComparisonResult {
  const doubled = input + input;
  run(input);
  run(doubled);
  const small: number[] = [];
  const large: number[] = [];
  for (let pair = 0; pair < GROWTH_PAIRS; pair += 1) {
    let started = performance.now();
    run(input);
    small.push(performance.now() - started);
    started = performance.now();
    run(doubled);
    large.push(performance.now() - started);
  }
  const factor = median(large) / median(small);
  const passed = factor <= GROWTH_BAR;
  console.log(
    `${`${name} (x2 input)`.padEnd(44)} ${`${factor.toFixed(2)}x time`.padStart(16)}  (bar <= ${GROWTH_BAR}x: ${passed ? "ok" : "FAIL"}; medians of ${GROWTH_PAIRS} interleaved pairs)`,
  );
  return { name: `${name} (x2 input)`, ratio: factor, passed };
}

/** The references section of `npm run bench`. */
export async function benchReferences(): Promise<ComparisonResult[]> {
  const text = mixedText(1_000_000);
  return [
    await compare({
      name: "extractDocumentReferences (1 MB news)",
      baselineName: "one global code-shaped regex scan",
      baseline: () => countCodeShaped(text),
      candidate: () => extractDocumentReferences(text),
      bytesPerCall: text.length,
      maxRatio: 4,
    }),
    interleavedGrowth(
      "extractDocumentReferences adversarial 1 MB",
      (input) => extractDocumentReferences(input),
      adversarial(1_000_000),
    ),
  ];
}
