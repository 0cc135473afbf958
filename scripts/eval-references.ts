// Precision and recall of extractDocumentReferences over our inline-markup fixtures (test/references/fixtures-*.ts),
// per language: span-exact (a returned span counts only when it equals a marked span) and code-level (the codes,
// written or resolved, as multisets per sentence). Every row counts, known gaps included.
// Run: npx tsx scripts/eval-references.ts [--gaps]   (--gaps also prints what each row gets wrong)
import { extractDocumentReferences } from "../src/references/index.js";
import { EN_FIXTURES } from "../test/references/fixtures-en.js";
import { OTHER_FIXTURES } from "../test/references/fixtures-other.js";
import { VI_FIXTURES } from "../test/references/fixtures-vi.js";
import {
  comparedSpan,
  compareRow,
  countReferences,
  DEFAULT_ARTICLE_DATE,
  type FixtureRow,
  parseMarkup,
} from "../test/references/markup.js";

interface Tally {
  rows: number;
  expected: number;
  returned: number;
  spanHits: number;
  expectedCodes: number;
  returnedCodes: number;
  codeHits: number;
  fieldRows: number;
  wrongRows: number;
}

function multisetHits(want: readonly string[], got: readonly string[]): number {
  const left = new Map<string, number>();
  for (const code of want) left.set(code, (left.get(code) ?? 0) + 1);
  let hits = 0;
  for (const code of got) {
    const n = left.get(code) ?? 0;
    if (n > 0) {
      hits += 1;
      left.set(code, n - 1);
    }
  }
  return hits;
}

function evaluate(rows: readonly FixtureRow[], problems: string[]): Tally {
  const tally: Tally = {
    rows: rows.length,
    expected: countReferences(rows),
    returned: 0,
    spanHits: 0,
    expectedCodes: 0,
    returnedCodes: 0,
    codeHits: 0,
    fieldRows: 0,
    wrongRows: 0,
  };
  for (const row of rows) {
    const { text, spans } = parseMarkup(row.text);
    const refs = extractDocumentReferences(text, { articleDate: row.articleDate ?? DEFAULT_ARTICLE_DATE });
    tally.returned += refs.length;
    const keys = new Set(spans.map((span) => `${span.start}:${span.end}`));
    for (const ref of refs) {
      const span = comparedSpan(row, ref);
      if (keys.delete(`${span.start}:${span.end}`)) tally.spanHits += 1;
    }
    const want = row.refs.flatMap((ref) => {
      const code = ref.code ?? ref.resolvedCode;
      return code === undefined ? [] : [code];
    });
    const got = refs.flatMap((ref) => {
      const code = ref.code?.canonical ?? ref.resolvedCode;
      return code === undefined ? [] : [code];
    });
    tally.expectedCodes += want.length;
    tally.returnedCodes += got.length;
    tally.codeHits += multisetHits(want, got);
    const wrong = compareRow(row, refs);
    if (wrong.length > 0) {
      tally.wrongRows += 1;
      problems.push(
        `${row.knownGap === undefined ? "UNEXPECTED" : "gap"}: ${JSON.stringify(text)}\n    ${wrong.join("\n    ")}`,
      );
    } else tally.fieldRows += 1;
  }
  return tally;
}

const ratio = (hits: number, total: number) => (total === 0 ? "—" : `${((100 * hits) / total).toFixed(1)}%`);

const tables: [string, readonly FixtureRow[]][] = [
  ["vi", VI_FIXTURES],
  ["en", EN_FIXTURES],
  ["other", OTHER_FIXTURES],
];
const problems: string[] = [];
const results = tables.map(([name, rows]) => [name, evaluate(rows, problems)] as const);
const total = results.reduce<Tally>(
  (sum, [, t]) => ({
    rows: sum.rows + t.rows,
    expected: sum.expected + t.expected,
    returned: sum.returned + t.returned,
    spanHits: sum.spanHits + t.spanHits,
    expectedCodes: sum.expectedCodes + t.expectedCodes,
    returnedCodes: sum.returnedCodes + t.returnedCodes,
    codeHits: sum.codeHits + t.codeHits,
    fieldRows: sum.fieldRows + t.fieldRows,
    wrongRows: sum.wrongRows + t.wrongRows,
  }),
  {
    rows: 0,
    expected: 0,
    returned: 0,
    spanHits: 0,
    expectedCodes: 0,
    returnedCodes: 0,
    codeHits: 0,
    fieldRows: 0,
    wrongRows: 0,
  },
);

const header = ["language", "rows", "refs", "span P", "span R", "codes", "code P", "code R", "rows fully right"];
const line = (name: string, t: Tally) => [
  name,
  String(t.rows),
  String(t.expected),
  ratio(t.spanHits, t.returned),
  ratio(t.spanHits, t.expected),
  String(t.expectedCodes),
  ratio(t.codeHits, t.returnedCodes),
  ratio(t.codeHits, t.expectedCodes),
  `${t.fieldRows}/${t.rows}`,
];
const table = [header, ...results.map(([name, t]) => line(name, t)), line("all", total)];
console.log(`| ${header.join(" | ")} |`);
console.log(`|${header.map(() => "---").join("|")}|`);
for (const row of table.slice(1)) console.log(`| ${row.join(" | ")} |`);
if (process.argv.includes("--gaps")) for (const problem of problems) console.log(problem);
