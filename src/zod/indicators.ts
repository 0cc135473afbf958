import * as z from "zod";
import { IsoDateSchema, LocalizedSchema } from "./shared.js";

const SpanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((span) => span.start <= span.end, { error: "span.start must not exceed span.end" });
const DecimalStringSchema = z.string().regex(/^-?\d+(?:\.\d+)?$/);
const StatusSchema = z.enum(["exceeded", "achieved", "nearly-achieved", "not-achieved", "not-comparable"]);

const MeasureSchema = z.object({
  kind: z.enum([
    "percent",
    "percentagePoints",
    "money",
    "count",
    "rate",
    "share",
    "multiple",
    "points",
    "rank",
    "score",
    "number",
  ]),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  noun: z.string().optional(),
  per: z.enum(["year", "quarter", "month"]).optional(),
  perPopulation: z.number().positive().optional(),
  base: z.string().optional(),
  outOf: z.number().positive().optional(),
});

/**
 * The shape of a `Quantity`: a figure with its unit, exact decimal and span. Money must name its currency.
 *
 * @example
 * ```ts
 * QuantitySchema.parse(parseQuantity("3.312 tỷ đồng")).decimal; // "3312000000000"
 * ```
 */
export const QuantitySchema = z
  .object({
    value: z.number(),
    decimal: DecimalStringSchema,
    digits: DecimalStringSchema.optional(),
    exponent: z.number().int().optional(),
    unit: MeasureSchema,
    qualifier: z.enum([">", ">=", "<", "<=", "~"]).optional(),
    text: z.string(),
    span: SpanSchema,
  })
  .refine((quantity) => quantity.unit.kind !== "money" || quantity.unit.currency !== undefined, {
    error: "money needs a currency",
  });

/**
 * The shape of a `Target`: a comparator with its bound(s), unit and direction. A range needs `high` at or
 * above `value`.
 *
 * @example
 * ```ts
 * TargetSchema.parse(parseTarget("6,5–7%")).high; // 7
 * TargetSchema.safeParse({ ...parseTarget("6,5–7%"), high: 5 }).success; // false
 * ```
 */
export const TargetSchema = z
  .object({
    comparator: z.enum([">=", ">", "<=", "<", "=", "~", "range"]),
    value: z.number(),
    decimal: DecimalStringSchema,
    high: z.number().optional(),
    highDecimal: DecimalStringSchema.optional(),
    unit: MeasureSchema,
    direction: z.enum(["higher", "lower", "band"]),
    approximate: z.boolean(),
    change: z.enum(["increase", "decrease"]).optional(),
    text: z.string(),
    span: SpanSchema,
  })
  .refine((target) => target.comparator !== "range" || (target.high !== undefined && target.high >= target.value), {
    error: "a range needs high >= value",
  });

const ReportedAttainmentSchema = z.object({
  reading: z.enum(["reached", "exceeded", "short", "status"]),
  written: z.number().optional(),
  writtenHigh: z.number().optional(),
  percentOfTarget: z.number().optional(),
  percentOfTargetHigh: z.number().optional(),
  decimal: DecimalStringSchema.optional(),
  basis: z.string().optional(),
  status: z.enum(["exceeded", "achieved", "not-achieved"]),
  approximate: z.boolean(),
  text: z.string(),
  span: SpanSchema,
});

const IssueSchema = z.object({
  code: z.string(),
  message: z.string(),
  span: SpanSchema.optional(),
  hint: z.string().optional(),
});

/**
 * The shape of an `Attainment`, the result of `computeAttainment`.
 *
 * @example
 * ```ts
 * AttainmentSchema.parse(computeAttainment("8% trở lên", "6,52%")).status; // "not-achieved"
 * ```
 */
export const AttainmentSchema = z.object({
  status: StatusSchema,
  label: LocalizedSchema,
  band: z.object({ id: z.string(), label: LocalizedSchema }).optional(),
  preset: z.string(),
  comparator: z.enum([">=", ">", "<=", "<", "=", "~", "range"]).optional(),
  direction: z.enum(["higher", "lower", "band"]).optional(),
  reference: z.number().optional(),
  actual: z.number().optional(),
  ratio: z.number().optional(),
  performance: z.number().optional(),
  gap: z.number().optional(),
  gapDecimal: DecimalStringSchema.optional(),
  gapUnit: MeasureSchema.shape.kind.optional(),
  position: z.number().optional(),
  issues: z.array(IssueSchema),
});

/**
 * The shape of an `IndicatorStatement`, as returned by `extractIndicators`, for apps that store statements.
 *
 * @example
 * ```ts
 * const [statement] = extractIndicators("GRDP tăng 6,52%.", { language: "vi" });
 * IndicatorStatementSchema.parse(statement).indicator.id; // "grdp-growth"
 * ```
 */
export const IndicatorStatementSchema = z.object({
  span: SpanSchema,
  text: z.string(),
  indicator: z.object({ id: z.string(), name: LocalizedSchema, text: z.string(), span: SpanSchema }),
  scope: z
    .object({
      code: z.string().regex(/^\d{2}$/),
      name: LocalizedSchema,
      asOf: IsoDateSchema,
      resolved: z.array(z.object({ code: z.string().regex(/^\d{2}$/), name: LocalizedSchema })),
      inferred: z.boolean(),
      text: z.string(),
      span: SpanSchema,
    })
    .optional(),
  period: z
    .object({
      kind: z.enum(["months", "quarter", "year", "term", "until"]),
      months: z.number().int().min(1).max(12).optional(),
      quarter: z.number().int().min(1).max(4).optional(),
      year: z.number().int().optional(),
      toYear: z.number().int().optional(),
      until: IsoDateSchema.optional(),
      text: z.string(),
      span: SpanSchema,
    })
    .optional(),
  target: TargetSchema.optional(),
  actual: z
    .intersection(
      QuantitySchema,
      z.object({ estimate: z.boolean(), high: z.number().optional(), highDecimal: DecimalStringSchema.optional() }),
    )
    .optional(),
  attainment: ReportedAttainmentSchema.optional(),
  change: z
    .object({
      direction: z.enum(["increase", "decrease"]),
      value: QuantitySchema,
      high: z.number().optional(),
      highDecimal: DecimalStringSchema.optional(),
      basis: z
        .object({
          kind: z.enum(["same-period", "previous-year", "year"]),
          year: z.number().int().optional(),
          text: z.string(),
        })
        .optional(),
      text: z.string(),
      span: SpanSchema,
    })
    .optional(),
  assessment: AttainmentSchema.optional(),
});
