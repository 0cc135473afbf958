/**
 * `npm run demo`: reads the bundled example articles and shows what the text toolkit finds in them —
 * the detected language, what normalisation repaired, and every number and date with its span.
 * It will grow into the full article extractor as the other modules land.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { detectLanguage, extractDates, extractNumbers, normalizeText } from "../src/index.js";

const folder = join(import.meta.dirname, "..", "examples", "articles");
const files =
  process.argv.slice(2).length > 0 ? process.argv.slice(2) : readdirSync(folder).map((f) => join(folder, f));

for (const file of files) {
  const text = readFileSync(file, "utf8");
  const { language, confidence } = detectLanguage(text);
  const normalized = normalizeText(text);
  console.log(`\n# ${file}`);
  console.log(`language: ${language} (confidence ${confidence.toFixed(2)}), ${text.length} characters`);
  for (const repair of normalized.repairs) console.log(`repaired: ${repair.code} ${repair.hint ?? ""}`);
  const readAs = language === "other" ? "auto" : language;
  console.log("dates:");
  for (const found of extractDates(text, { language: readAs })) {
    console.log(
      `  [${found.span.start}, ${found.span.end}) ${JSON.stringify(found.text)} -> ${found.date.iso ?? "partial"}`,
    );
  }
  console.log("numbers:");
  for (const found of extractNumbers(text, { language: readAs })) {
    const flag = found.number.ambiguous ? " (ambiguous)" : "";
    const unit = found.number.percent ? "%" : "";
    console.log(
      `  [${found.span.start}, ${found.span.end}) ${JSON.stringify(found.text)} -> ${found.number.value}${unit}${flag}`,
    );
  }
}
