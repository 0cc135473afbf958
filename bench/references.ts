/**
 * Reference extraction against one global regex scan for code-shaped tokens over the same news-like text, and
 * its growth on an adversarial input (code-shaped noise and type words everywhere).
 */
import { extractDocumentReferences } from "../src/references/index.js";
import { mixedText } from "./corpus.js";
import { type ComparisonResult, compare, growth } from "./harness.js";

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
    await growth(
      "extractDocumentReferences adversarial 1 MB",
      (input) => extractDocumentReferences(input),
      adversarial(1_000_000),
    ),
  ];
}
