/**
 * `npm run bench`: every benchmark of the project, each against a baseline measured in the same run.
 * Set BENCH_TIME_MS to trade precision for speed. Exits 1 when a bar of the design is missed.
 */
import { benchAdminUnits } from "./admin-units.js";
import { benchDocumentCode } from "./document-code.js";
import { benchExtract } from "./extract.js";
import { benchIndicators } from "./indicators.js";
import { benchMeetings } from "./meetings.js";
import { benchOrgansPeople } from "./organs-people.js";
import { benchReferences } from "./references.js";
import { benchText } from "./text.js";

const sections = [
  { name: "text", run: benchText },
  { name: "document codes", run: benchDocumentCode },
  { name: "administrative units", run: benchAdminUnits },
  { name: "organs and people", run: benchOrgansPeople },
  { name: "document references", run: benchReferences },
  { name: "indicators", run: benchIndicators },
  { name: "meetings", run: benchMeetings },
  { name: "whole article (extract)", run: benchExtract },
];

let failed = 0;
for (const section of sections) {
  console.log(`\n## ${section.name}`);
  const results = await section.run();
  failed += results.filter((r) => !r.passed).length;
}
console.log(`\n${failed === 0 ? "All bars met." : `${failed} bar(s) missed.`}`);
if (failed > 0) process.exitCode = 1;
