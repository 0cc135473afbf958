/**
 * `npm run demo`: the main job, `vnpolity extract`, on every bundled example article — the documents each cites,
 * the people and their posts, the meetings, the provinces (then and now) and the figures against their targets.
 * Extra arguments go to the command: `npm run demo -- --locale en`, `npm run demo -- --json`.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { nodeIo, runCli } from "../src/cli/index.js";

const folder = join(import.meta.dirname, "..", "examples", "articles");
const options = process.argv.slice(2);
let worst = 0;
for (const name of readdirSync(folder).filter((file) => file.endsWith(".txt"))) {
  const file = join(folder, name);
  console.log(`\n$ vnpolity extract ${join("examples", "articles", name)} ${options.join(" ")}`.trimEnd());
  worst = Math.max(worst, await runCli(["extract", file, ...options], nodeIo));
}
process.exitCode = worst;
