/**
 * A small comparison harness over tinybench: every measurement runs a candidate and its baseline on the
 * same inputs in the same process, and reports the ratio, so results survive a noisy shared machine.
 */
import { Bench } from "tinybench";

export interface Comparison {
  readonly name: string;
  /** What the baseline is, in words (printed). */
  readonly baselineName: string;
  readonly baseline: () => unknown;
  readonly candidate: () => unknown;
  /** Bytes of text one call reads, to report MB/s (optional). */
  readonly bytesPerCall?: number;
  /** The largest acceptable candidate/baseline time ratio, if the design sets a bar. */
  readonly maxRatio?: number;
}

export interface ComparisonResult {
  readonly name: string;
  readonly ratio: number;
  readonly passed: boolean;
}

const TIME_MS = Number(process.env.BENCH_TIME_MS ?? 400);

function latencyMs(bench: Bench, name: string, statistic: "mean" | "p50"): number {
  const task = bench.getTask(name);
  const result = task?.result;
  if (!result || !("latency" in result)) throw new Error(`benchmark task ${name} did not run`);
  return result.latency[statistic];
}

function meanMs(bench: Bench, name: string): number {
  return latencyMs(bench, name, "mean");
}

/** Runs one comparison and prints a line: throughput, ratio to baseline, and the bar when there is one. */
export async function compare(comparison: Comparison): Promise<ComparisonResult> {
  const bench = new Bench({ time: TIME_MS, warmupTime: 100 });
  bench.add("baseline", comparison.baseline).add("candidate", comparison.candidate);
  await bench.run();
  const baseMs = meanMs(bench, "baseline");
  const candMs = meanMs(bench, "candidate");
  const ratio = candMs / baseMs;
  const passed = comparison.maxRatio === undefined || ratio <= comparison.maxRatio;
  const throughput =
    comparison.bytesPerCall === undefined
      ? `${Math.round(1000 / candMs).toLocaleString("en")} calls/s`
      : `${(comparison.bytesPerCall / 1e6 / (candMs / 1000)).toFixed(1)} MB/s`;
  const bar = comparison.maxRatio === undefined ? "" : ` (bar <= ${comparison.maxRatio}x: ${passed ? "ok" : "FAIL"})`;
  console.log(
    `${comparison.name.padEnd(44)} ${throughput.padStart(16)}  ${ratio.toFixed(2)}x ${comparison.baselineName}${bar}`,
  );
  return { name: comparison.name, ratio, passed };
}

/** Measures how time grows when the input doubles: the ratio t(2n)/t(n), against the design's bar of 2.3. */
export async function growth(name: string, run: (input: string) => unknown, input: string): Promise<ComparisonResult> {
  const doubled = input + input;
  // Medians of at least five runs each: one garbage collection landing in a run must not decide the bar.
  // One warm-up run: adversarial inputs can take seconds per run, and tinybench would otherwise warm up 16 times.
  const bench = new Bench({ time: TIME_MS, iterations: 5, warmupIterations: 1, warmupTime: 0 });
  bench.add("n", () => run(input)).add("2n", () => run(doubled));
  await bench.run();
  const factor = latencyMs(bench, "2n", "p50") / latencyMs(bench, "n", "p50");
  console.log(
    `${`${name} (x2 input)`.padEnd(44)} ${`${factor.toFixed(2)}x time`.padStart(16)}  (bar <= 2.3x: ${factor <= 2.3 ? "ok" : "FAIL"})`,
  );
  return { name: `${name} (x2 input)`, ratio: factor, passed: factor <= 2.3 };
}
