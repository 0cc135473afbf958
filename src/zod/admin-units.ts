import * as z from "zod";
import { isValidProvinceReference } from "../admin-units/index.js";
import { IsoDateSchema, LocalizedSchema } from "./shared.js";

function dated<T extends z.ZodType>(value: T) {
  return z.object({
    value,
    from: IsoDateSchema.optional(),
    until: IsoDateSchema.optional(),
    legalBasis: z.string().optional(),
  });
}

const CommuneCountsSchema = z.object({
  ward: z.number().int().nonnegative(),
  commune: z.number().int().nonnegative(),
  specialZone: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

const ProvinceTypeSchema = z.enum(["province", "city"]);
const ProvinceCodeSchema = z.string().regex(/^\d{2}$/);

/**
 * A stored reference to a provincial unit, `{ code, asOf }`: a two-digit code and an ISO date on which a unit bore
 * that code (codes are reused, so both are needed). Fails with `UNKNOWN_PROVINCE` when no unit bore the code then.
 *
 * @example
 * ```ts
 * ProvinceReferenceSchema.parse({ code: "62", asOf: "2025-03-06" }); // Kon Tum
 * ProvinceReferenceSchema.safeParse({ code: "62", asOf: "2025-07-01" }).success; // false (merged by then)
 * ```
 */
export const ProvinceReferenceSchema = z
  .object({ code: ProvinceCodeSchema, asOf: IsoDateSchema })
  .refine(isValidProvinceReference, { error: "UNKNOWN_PROVINCE: no provincial unit bore this code on this date" });

const ProvinceLinkSchema = z.object({
  code: ProvinceCodeSchema,
  name: LocalizedSchema,
  validFrom: IsoDateSchema.optional(),
  validUntil: IsoDateSchema.optional(),
  reference: z.object({ code: ProvinceCodeSchema, asOf: IsoDateSchema }),
  date: IsoDateSchema,
  adopted: IsoDateSchema.optional(),
  legalBasis: z.string(),
  transfer: z.enum(["whole", "partial"]),
});

/**
 * The shape of a `Province` as returned by `getProvince`, for apps that store or exchange full records.
 *
 * @example
 * ```ts
 * ProvinceSchema.parse(getProvince("Hà Nội")).code; // "01"
 * ```
 */
export const ProvinceSchema = z.object({
  level: z.literal("province"),
  code: ProvinceCodeSchema,
  codeBasis: z.string(),
  name: LocalizedSchema,
  fullName: LocalizedSchema,
  asciiName: z.string(),
  type: ProvinceTypeSchema,
  iso3166_2: z
    .string()
    .regex(/^VN-[0-9A-Z]{2}$/)
    .optional(),
  validFrom: IsoDateSchema.optional(),
  validUntil: IsoDateSchema.optional(),
  asOf: IsoDateSchema,
  status: z.enum(["current", "abolished", "future"]),
  communeCounts: CommuneCountsSchema.optional(),
  seatIn: z.object({ code: ProvinceCodeSchema, name: LocalizedSchema }).optional(),
  history: z.object({
    names: z.array(dated(LocalizedSchema)),
    types: z.array(dated(ProvinceTypeSchema)),
    communeCounts: z.array(dated(CommuneCountsSchema)),
  }),
  predecessors: z.array(ProvinceLinkSchema),
  successors: z.array(ProvinceLinkSchema),
});
