/**
 * A small comparison harness: every measurement runs a candidate and its baseline on the same inputs in the same
 * process, and reports the ratio, so results survive a noisy shared machine.
 */

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
const WARMUP_MS = 100;
// A timed batch lasts at least this long, so that the timer's resolution and the loop cost nothing measurable.
const MIN_BATCH_MS = 2;
const MIN_PAIRS = 3;

/** Milliseconds per call over a batch of `calls` calls. */
function timeBatch(run: () => unknown, calls: number): number {
  const started = performance.now();
  for (let i = 0; i < calls; i += 1) run();
  return (performance.now() - started) / calls;
}

/** The number of calls (a power of two) that makes a batch of at least MIN_BATCH_MS. */
function batchSize(run: () => unknown): number {
  let calls = 1;
  while (calls < 1 << 20 && timeBatch(run, calls) * calls < MIN_BATCH_MS) calls *= 2;
  return calls;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Runs one comparison and prints a line: throughput, ratio to baseline, and the bar when there is one.
 *
 * Baseline and candidate batches alternate (which one goes first alternates too) for twice BENCH_TIME_MS, and the
 * ratio is that of their median times per call. A shared machine's speed drifts by tens of percent within seconds;
 * timing each side in its own block, as a plain benchmark loop does, lets that drift decide a ratio, while
 * alternating batches expose both sides to the same machine. Medians, as in the growth bars: a major garbage
 * collection of what earlier sections left behind, landing in one batch, must not decide a bar.
 */
export async function compare(comparison: Comparison): Promise<ComparisonResult> {
  const { baseline, candidate } = comparison;
  const warmUntil = performance.now() + WARMUP_MS;
  do {
    baseline();
    candidate();
  } while (performance.now() < warmUntil);
  const baselineCalls = batchSize(baseline);
  const candidateCalls = batchSize(candidate);
  const baseTimes: number[] = [];
  const candTimes: number[] = [];
  const until = performance.now() + 2 * TIME_MS;
  for (let pair = 0; pair < MIN_PAIRS || performance.now() < until; pair += 1) {
    if (pair % 2 === 0) {
      baseTimes.push(timeBatch(baseline, baselineCalls));
      candTimes.push(timeBatch(candidate, candidateCalls));
    } else {
      candTimes.push(timeBatch(candidate, candidateCalls));
      baseTimes.push(timeBatch(baseline, baselineCalls));
    }
  }
  const baseMs = median(baseTimes);
  const candMs = median(candTimes);
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

const GROWTH_BAR = 2.3;
const GROWTH_PAIRS = 9;

/**
 * Measures how time grows when the input doubles: t(2n)/t(n) against the design's bar of 2.3, as the ratio of the
 * medians of nine interleaved pairs of runs (n, 2n, n, 2n, …) after one warm-up run of each. A one-second run on a
 * shared machine drifts with the load, and timing all n runs before all 2n runs would let a load change between
 * the two blocks decide the ratio. Every run is wall time, garbage collection included.
 */
export async function growth(name: string, run: (input: string) => unknown, input: string): Promise<ComparisonResult> {
  const doubled = input + input;
  run(input);
  run(doubled);
  const small: number[] = [];
  const large: number[] = [];
  for (let pair = 0; pair < GROWTH_PAIRS; pair += 1) {
    small.push(timeBatch(() => run(input), 1));
    large.push(timeBatch(() => run(doubled), 1));
  }
  const factor = median(large) / median(small);
  const passed = factor <= GROWTH_BAR;
  console.log(
    `${`${name} (x2 input)`.padEnd(44)} ${`${factor.toFixed(2)}x time`.padStart(16)}  (bar <= ${GROWTH_BAR}x: ${passed ? "ok" : "FAIL"}; medians of ${GROWTH_PAIRS} interleaved pairs)`,
  );
  return { name: `${name} (x2 input)`, ratio: factor, passed };
}
