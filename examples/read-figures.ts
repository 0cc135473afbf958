/**
 * Reading figures the way each language writes them, and finding numbers and dates in running text.
 * Run: npx tsx examples/read-figures.ts
 */
import { detectLanguage, extractDates, extractNumbers, normalizeText, parseNumber, safeParseNumber } from "vnpolity";

// The same digits mean different numbers in different languages.
console.log(parseNumber("1.585", { language: "vi" }).value); // 1585
console.log(parseNumber("1.585", { language: "en" }).value); // 1.585
console.log(parseNumber("1 299 mln", { language: "pl" }).value); // 1299000000

// Without a language, an ambiguous figure is read one way and flagged.
const guess = safeParseNumber("2.125", { language: "auto" });
if (guess.success) console.log(guess.data.value, guess.data.ambiguous, guess.warnings[0]?.code);

// Text pasted from a PDF: a look-alike Đ, an en dash and a no-break space are repaired, spans still fit.
const pasted = "Số 12/2025/NÐ\u2013CP ngày 3/2/2025: thu ngân sách tăng 9,5\u00a0%";
const normalized = normalizeText(pasted);
console.log(
  normalized.text,
  normalized.repairs.map((r) => r.code),
);

const language = detectLanguage(pasted).language;
for (const date of extractDates(pasted)) console.log("date", date.text, date.date.iso);
for (const found of extractNumbers(pasted, { language: language === "other" ? "auto" : language })) {
  console.log("number", pasted.slice(found.span.start, found.span.end), found.number.value);
}
