/**
 * Validating and repairing document codes pulled from a spreadsheet or a crawl: each cell gets its canonical
 * form, the repairs made (as issue codes) and what the code means, or the reason it was refused.
 * Run: npx tsx examples/repair-codes.ts
 */
import { formatDocumentCode, safeParseDocumentCode } from "vnpolity";

// Each row: the code as typed and the document's date from the next column, when the sheet has one.
const rows: readonly (readonly [string, string?])[] = [
  ["89/NQ-HDND"], // no diacritics
  ["96-QD/TW"], // a Party code without diacritics
  ["Số: 30/2020/ND-CP"], // a "Số:" prefix
  ["30-2020-nd-cp"], // a slug from a URL
  ["35- CT/TW"], // a stray space
  ["1200/QĐ-BKHĐT", "2024-11-05"], // the Ministry of Planning and Investment, before its merger: fine
  ["1200/QĐ-BKHĐT", "2025-06-10"], // the same issuer after it was merged away on 1 March 2025
  ["storm No. 3"], // not a code
];

for (const [cell, date] of rows) {
  const result = safeParseDocumentCode(cell, date === undefined ? {} : { date });
  if (!result.success) {
    console.log(`${cell} -> refused: ${result.error.code}`);
    continue;
  }
  const code = result.data;
  const repairs = result.warnings.map((w) => w.code).join(", ") || "none";
  console.log(`${cell} -> ${code.canonical} (${code.system}; repairs: ${repairs})`);
  console.log(
    `   ${formatDocumentCode(code, { style: "long", locale: "en" })}; slug: ${formatDocumentCode(code, { style: "slug" })}`,
  );
}
