/**
 * Child process of bench/extract.ts: one `extract` call over the article corpus, reporting how far memory rose
 * above where it stood just before the call. Run with `npx tsx --expose-gc bench/extract-memory.ts <size>`.
 *
 * Peak: the process's maximum resident set size after the call, less the resident size just before it (an upper
 * bound on the call's own peak: the maximum may include earlier start-up work). The V8 heap's total size, which
 * grows to the peak and shrinks only later, is reported beside it; `retained` is what the result itself keeps.
 * Wall and CPU seconds of the call are reported too: on a shared machine the CPU time is the steadier figure.
 */
import { extract } from "../src/extract/index.js";
import { articleCorpus } from "./extract.js";

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const size = Number(process.argv[2] ?? 10_000_000);
const text = articleCorpus(size);
const utf8Bytes = new TextEncoder().encode(text).length;
// Warm-up on one article's worth of text: the catalogues load and the code compiles once per process, whatever the
// input size, so neither belongs to the call measured.
extract(text.slice(0, 20_000));
gc();
const before = process.memoryUsage();
const started = performance.now();
const cpuBefore = process.cpuUsage();
const facts = extract(text);
const cpu = process.cpuUsage(cpuBefore);
const seconds = (performance.now() - started) / 1000;
const after = process.memoryUsage();
const maxRss = process.resourceUsage().maxRSS * 1024;
gc();
const retained = process.memoryUsage().heapUsed - before.heapUsed;
console.log(
  JSON.stringify({
    chars: text.length,
    utf8Bytes,
    peakGrowth: Math.max(0, maxRss - before.rss),
    heapTotalGrowth: Math.max(0, after.heapTotal - before.heapTotal),
    retained: Math.max(0, retained),
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    entries: facts.places.length + facts.organs.length + facts.people.length + facts.documents.length,
  }),
);
