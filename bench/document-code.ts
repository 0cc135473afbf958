/**
 * Document-code benchmarks. The design's bar: `parseDocumentCode` costs at most 3x one `RegExp.exec` of a plain
 * code-shaped pattern over the same inputs, measured in the same run.
 */
import { parseDocumentCode, safeParseDocumentCode } from "../src/index.js";
import { NEAR_MISSES } from "../test/document-code/fixtures/near-misses.js";
import { VALID_CODES } from "../test/document-code/fixtures/valid-codes.js";
import { type ComparisonResult, compare, growth } from "./harness.js";

// A plain code-shaped pattern: digits, a separator, then letters, digits and separators.
const CODE_SHAPE = /^\d{1,5}[-/][\p{L}\d/-]+$/u;

export async function benchDocumentCode(): Promise<ComparisonResult[]> {
  const canonical = VALID_CODES.map((row) => row.input);
  const repairable = NEAR_MISSES.filter((row) => row.repaired !== null).map((row) => row.input);
  return [
    await compare({
      name: `parseDocumentCode, ${canonical.length} canonical codes`,
      baselineName: "RegExp#exec of a code-shaped pattern",
      baseline: () => {
        for (const code of canonical) CODE_SHAPE.exec(code);
      },
      candidate: () => {
        for (const code of canonical) parseDocumentCode(code);
      },
      maxRatio: 3,
    }),
    await compare({
      name: `safeParseDocumentCode, ${repairable.length} repairs`,
      baselineName: "RegExp#exec of a code-shaped pattern",
      baseline: () => {
        for (const code of repairable) CODE_SHAPE.exec(code);
      },
      candidate: () => {
        for (const code of repairable) safeParseDocumentCode(code, { mode: "lenient" });
      },
    }),
    await growth("safeParseDocumentCode, 1 MB of separators", (s) => safeParseDocumentCode(s), "1-/".repeat(350_000)),
  ];
}
