/**
 * `npm run bench`: every benchmark of the project, each against a baseline measured in the same run.
 * Set BENCH_TIME_MS to trade precision for speed. Exits 1 when a bar of the design is missed.
 *
 * Each section runs in its own process (`tsx bench/run.ts <section>`): a section that leaves a large heap or
 * generalised compiled code behind would otherwise slow the next one's candidate and not its baseline (the
 * references section measured 3x its regex scan alone and 4.7x after the sections before it).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { benchAdminUnits } from "./admin-units.js";
import { benchDocumentCode } from "./document-code.js";
import { benchExtract } from "./extract.js";
import type { ComparisonResult } from "./harness.js";
import { benchIndicators } from "./indicators.js";
import { benchMeetings } from "./meetings.js";
import { benchOrgansPeople } from "./organs-people.js";
import { benchReferences } from "./references.js";
import { benchText } from "./text.js";

const sections: readonly { readonly name: string; readonly run: () => Promise<ComparisonResult[]> }[] = [
  { name: "text", run: benchText },
  { name: "document codes", run: benchDocumentCode },
  { name: "administrative units", run: benchAdminUnits },
  { name: "organs and people", run: benchOrgansPeople },
  { name: "document references", run: benchReferences },
  { name: "indicators", run: benchIndicators },
  { name: "meetings", run: benchMeetings },
  { name: "whole article (extract)", run: benchExtract },
];

const only = process.argv[2];
if (only !== undefined) {
  // A child: run one section; its exit code is the number of bars it missed.
  const section = sections.find((candidate) => candidate.name === only);
  if (section === undefined) throw new Error(`no bench section named ${JSON.stringify(only)}`);
  const results = await section.run();
  process.exitCode = results.filter((result) => !result.passed).length;
} else {
  const self = fileURLToPath(import.meta.url);
  let failed = 0;
  for (const section of sections) {
    console.log(`\n## ${section.name}`);
    const child = spawnSync(process.execPath, [...process.execArgv, self, section.name], { stdio: "inherit" });
    failed += child.status ?? 1;
  }
  console.log(`\n${failed === 0 ? "All bars met." : `${failed} bar(s) missed.`}`);
  if (failed > 0) process.exitCode = 1;
}
