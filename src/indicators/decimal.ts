/*
 * Exact decimal arithmetic for money and for the comparisons that decide a status: a value is
 * `coefficient × 10^exponent` with a bigint coefficient, so "3.312 tỷ" becomes 3312 × 10^9 without rounding, and
 * 94.8% of a target is compared with the target exactly. Only what the module needs: parse, format, shift,
 * compare, add, subtract, multiply, and a ratio as a number.
 */

/**
 * An exact decimal: `coefficient × 10^exponent`, kept with no trailing zeros in the coefficient.
 *
 * @example
 * ```ts
 * const d: Decimal = { coefficient: 652n, exponent: -2 }; // 6.52
 * ```
 */
export interface Decimal {
  readonly coefficient: bigint;
  readonly exponent: number;
}

// Figures people write stay far inside this; the bound keeps 10n ** n cheap on hostile input.
const MAX_EXPONENT = 400;
const DECIMAL_SHAPE = /^([+-]?)(\d+)(?:\.(\d+))?(?:e([+-]?\d{1,4}))?$/i;
const ZERO: Decimal = Object.freeze({ coefficient: 0n, exponent: 0 });

function make(coefficient: bigint, exponent: number): Decimal {
  if (coefficient === 0n) return ZERO;
  let c = coefficient;
  let e = exponent;
  while (c % 10n === 0n) {
    c /= 10n;
    e += 1;
  }
  return { coefficient: c, exponent: e };
}

/**
 * Reads a plain or scientific decimal string (`"-9.28"`, `"3312"`, `"1e-7"`); `undefined` for anything else.
 *
 * @example
 * ```ts
 * parseDecimal("6.52"); // { coefficient: 652n, exponent: -2 }
 * parseDecimal("6,52"); // undefined
 * ```
 */
export function parseDecimal(text: string): Decimal | undefined {
  if (typeof text !== "string" || text.length > 200) return undefined;
  const match = DECIMAL_SHAPE.exec(text);
  if (!match) return undefined;
  const [, sign = "", whole = "", fraction = "", power = "0"] = match;
  const exponent = Number(power) - fraction.length;
  if (Math.abs(exponent) > MAX_EXPONENT) return undefined;
  const digits = whole + fraction;
  // Trailing zeros are dropped from the digits before the BigInt is made, instead of by BigInt divisions after;
  // the coefficient and exponent are the ones `make` would settle on.
  let kept = digits.length;
  while (kept > 0 && digits.charCodeAt(kept - 1) === 0x30) kept--;
  if (kept === 0) return ZERO;
  const significant = kept === digits.length ? digits : digits.slice(0, kept);
  // Up to 15 digits a double holds the value exactly, and BigInt(number) is cheaper than parsing the string again.
  const magnitude = significant.length <= 15 ? BigInt(Number(significant)) : BigInt(significant);
  return make(sign === "-" ? -magnitude : magnitude, exponent + (digits.length - kept));
}

/**
 * The decimal of a finite number, through its shortest round-trip form (`0.1` → 1 × 10^-1); `undefined` for
 * `NaN`, infinities and non-numbers.
 *
 * @example
 * ```ts
 * decimalFromNumber(0.95); // { coefficient: 95n, exponent: -2 }
 * ```
 */
export function decimalFromNumber(value: unknown): Decimal | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
  return parseDecimal(String(value));
}

/**
 * Writes a decimal in plain notation, without exponent (`"3312000000000"`, `"-9.28"`, `"0.05"`).
 *
 * @example
 * ```ts
 * formatDecimal({ coefficient: 3312n, exponent: 9 }); // "3312000000000"
 * ```
 */
export function formatDecimal(value: Decimal): string {
  const negative = value.coefficient < 0n;
  const digits = (negative ? -value.coefficient : value.coefficient).toString();
  let body: string;
  if (value.exponent >= 0) body = digits + "0".repeat(value.exponent);
  else {
    const point = digits.length + value.exponent;
    body = point > 0 ? `${digits.slice(0, point)}.${digits.slice(point)}` : `0.${"0".repeat(-point)}${digits}`;
  }
  return negative ? `-${body}` : body;
}

/**
 * Multiplies by 10^places, exactly.
 *
 * @example
 * ```ts
 * shiftDecimal(parseDecimal("1.5")!, 9); // 1.5 × 10^9
 * ```
 */
export function shiftDecimal(value: Decimal, places: number): Decimal {
  return make(value.coefficient, value.exponent + places);
}

function align(a: Decimal, b: Decimal): readonly [bigint, bigint, number] {
  // Equal exponents (most figures of one comparison) need no powers of ten.
  if (a.exponent === b.exponent) return [a.coefficient, b.coefficient, a.exponent];
  const exponent = Math.min(a.exponent, b.exponent);
  return [
    a.coefficient * 10n ** BigInt(a.exponent - exponent),
    b.coefficient * 10n ** BigInt(b.exponent - exponent),
    exponent,
  ];
}

/**
 * -1, 0 or 1 as `a` is below, equal to or above `b`.
 *
 * @example
 * ```ts
 * compareDecimal(parseDecimal("94.8")!, parseDecimal("95")!); // -1
 * ```
 */
export function compareDecimal(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * `a + b`, exactly.
 *
 * @example
 * ```ts
 * formatDecimal(addDecimal(parseDecimal("0.1")!, parseDecimal("0.2")!)); // "0.3"
 * ```
 */
export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const [x, y, exponent] = align(a, b);
  return make(x + y, exponent);
}

/**
 * `a - b`, exactly.
 *
 * @example
 * ```ts
 * formatDecimal(subtractDecimal(parseDecimal("6.52")!, parseDecimal("8")!)); // "-1.48"
 * ```
 */
export function subtractDecimal(a: Decimal, b: Decimal): Decimal {
  const [x, y, exponent] = align(a, b);
  return make(x - y, exponent);
}

/**
 * `a × b`, exactly.
 *
 * @example
 * ```ts
 * formatDecimal(multiplyDecimal(parseDecimal("0.95")!, parseDecimal("8")!)); // "7.6"
 * ```
 */
export function multiplyDecimal(a: Decimal, b: Decimal): Decimal {
  return make(a.coefficient * b.coefficient, a.exponent + b.exponent);
}

/**
 * `|value|`.
 *
 * @example
 * ```ts
 * formatDecimal(absDecimal(parseDecimal("-2.27")!)); // "2.27"
 * ```
 */
export function absDecimal(value: Decimal): Decimal {
  return value.coefficient < 0n ? { coefficient: -value.coefficient, exponent: value.exponent } : value;
}

/**
 * -1, 0 or 1: the sign of the value.
 *
 * @example
 * ```ts
 * signDecimal(parseDecimal("-9.28")!); // -1
 * ```
 */
export function signDecimal(value: Decimal): -1 | 0 | 1 {
  return value.coefficient < 0n ? -1 : value.coefficient > 0n ? 1 : 0;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const rest = x % y;
    x = y;
    y = rest;
  }
  return x;
}

/**
 * `a / b` as a number, from the reduced fraction: the same fraction always gives the same number, so scaling
 * both operands by one factor leaves the ratio unchanged. `undefined` when `b` is 0.
 *
 * @example
 * ```ts
 * ratioOfDecimals(parseDecimal("6.52")!, parseDecimal("8")!); // 0.815
 * ```
 */
export function ratioOfDecimals(a: Decimal, b: Decimal): number | undefined {
  if (b.coefficient === 0n) return undefined;
  const [x, y] = align(a, b);
  const divisor = gcd(x, y);
  const numerator = x / divisor;
  const denominator = y / divisor;
  return decimalRatio(numerator, denominator);
}

// 2^53: below it a BigInt converts to a double exactly.
const SAFE_INTEGER_BOUND = 9007199254740992n;

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

// Number(n) / Number(d) rounds twice when n or d exceed 2^53; a long division to 20 significant digits followed
// by one Number() conversion keeps the result within one rounding of the exact quotient.
function decimalRatio(numerator: bigint, denominator: bigint): number {
  if (abs(numerator) < SAFE_INTEGER_BOUND && abs(denominator) < SAFE_INTEGER_BOUND) {
    return Number(numerator) / Number(denominator);
  }
  const negative = numerator < 0n !== denominator < 0n;
  const n = abs(numerator);
  const d = abs(denominator);
  const integer = n / d;
  let remainder = n % d;
  let fraction = "";
  const wanted = Math.max(0, 21 - integer.toString().length);
  for (let i = 0; i < wanted && remainder !== 0n; i++) {
    remainder *= 10n;
    fraction += (remainder / d).toString();
    remainder %= d;
  }
  const text = fraction === "" ? integer.toString() : `${integer}.${fraction}`;
  return Number(negative ? `-${text}` : text);
}

/**
 * The decimal as a JavaScript number.
 *
 * @example
 * ```ts
 * decimalToNumber(parseDecimal("3312e9")!); // 3312000000000
 * ```
 */
export function decimalToNumber(value: Decimal): number {
  return Number(formatDecimal(value));
}
