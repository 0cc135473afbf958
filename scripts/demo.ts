/**
 * `npm run demo`: the main job on the bundled example articles — which documents are cited, who holds which post,
 * which meetings took place, which provinces are named (then and now), and which figures were reported against
 * which targets. The single-call `extract` of the design will replace this sequence of extractors.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  detectLanguage,
  extractDocumentReferences,
  extractIndicators,
  extractMeetings,
  extractPeople,
  extractPlaces,
  formatPositionTitle,
} from "../src/index.js";

const folder = join(import.meta.dirname, "..", "examples", "articles");
const args = process.argv.slice(2);
const files = args.length > 0 ? args : readdirSync(folder).map((name) => join(folder, name));
const ARTICLE_DATE = "2025-10-08";

for (const file of files) {
  const text = readFileSync(file, "utf8");
  const detected = detectLanguage(text);
  const language = detected.language === "other" ? "auto" : detected.language;
  console.log(`\n# ${file}\nlanguage: ${detected.language} (confidence ${detected.confidence.toFixed(2)})`);

  for (const ref of extractDocumentReferences(text, { language, articleDate: ARTICLE_DATE })) {
    const code = ref.code?.canonical ?? (ref.resolvedCode ? `${ref.resolvedCode} (resolved)` : "(no code)");
    const facts = [ref.date, ref.issuer?.label.en, ref.title].filter(Boolean).join(" | ");
    console.log(`document  ${code}${facts ? `  ${facts}` : ""}`);
  }
  for (const person of extractPeople(text, { language, asOf: ARTICLE_DATE })) {
    const posts = person.posts.map((post) => formatPositionTitle(post, { locale: "en" })).join("; ");
    console.log(`person    ${person.name}: ${posts}`);
  }
  for (const meeting of extractMeetings(text, { language, articleDate: ARTICLE_DATE })) {
    const details = [meeting.date, meeting.ordinal && `no. ${meeting.ordinal}`, meeting.number && `#${meeting.number}`];
    console.log(`meeting   ${meeting.kind} ${details.filter(Boolean).join(" ")}  "${meeting.text.slice(0, 60)}"`);
  }
  for (const place of extractPlaces(text, { articleDate: ARTICLE_DATE })) {
    const now = place.resolved.map((unit) => unit.name.vi).join(", ");
    console.log(`place     ${place.text} -> ${place.province.name.vi} (now: ${now})`);
  }
  for (const statement of extractIndicators(text, { language, articleDate: ARTICLE_DATE })) {
    const parts = [
      statement.scope?.name.vi,
      statement.actual && `actual ${statement.actual.text}${statement.actual.estimate ? " (est.)" : ""}`,
      statement.target && `target ${statement.target.text}`,
      statement.assessment && `-> ${statement.assessment.status}`,
    ];
    console.log(`indicator ${statement.indicator.name.en}: ${parts.filter(Boolean).join(", ")}`);
  }
}
