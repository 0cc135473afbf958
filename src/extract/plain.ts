// Library records are built with conditional spreads, but one may carry a key set to `undefined`, a non-finite
// number or a Date; the JSON form must not depend on how JSON.stringify treats those. Records that are already plain
// (nearly all) are returned as they are, shared rather than copied: a 10 MB article corpus yields hundreds of
// thousands of nested objects, and copying them all would multiply the memory the result takes.
// Depth is bounded by the shape of the records (a few levels), so the recursion cannot run away.
const MAX_DEPTH = 12;

/**
 * The record as plain JSON data: keys whose value is `undefined`, a function or a non-finite number are left out;
 * `Date`s become ISO dates. Returns `value` itself when nothing needs to change, so that
 * `JSON.parse(JSON.stringify(x))` deep-equals the result at no cost.
 */
export function toPlain<T>(value: T): T {
  return clean(value, 0) as T;
}

function clean(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== "object") return value;
  if (depth > MAX_DEPTH) return null;
  if (Array.isArray(value)) return cleanArray(value, depth);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const record = value as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  const keys = Object.keys(record);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    const item = record[key];
    const cleaned = clean(item, depth + 1);
    const kept = keep(cleaned);
    if (out === undefined && (cleaned !== item || !kept)) {
      // First change: copy the keys seen so far, then go on copying.
      out = {};
      for (let j = 0; j < k; j++) out[keys[j] as string] = record[keys[j] as string];
    }
    if (out !== undefined && kept) out[key] = cleaned;
  }
  return out ?? value;
}

function cleanArray(value: readonly unknown[], depth: number): unknown {
  let out: unknown[] | undefined;
  for (let k = 0; k < value.length; k++) {
    const item = value[k];
    let cleaned = clean(item, depth + 1);
    if (!keep(cleaned)) cleaned = null;
    if (out === undefined && cleaned !== item) out = value.slice(0, k);
    if (out !== undefined) out.push(cleaned);
  }
  return out ?? value;
}

function keep(value: unknown): boolean {
  if (value === undefined || typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") {
    return false;
  }
  return typeof value !== "number" || Number.isFinite(value);
}
