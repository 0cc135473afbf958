import * as z from "zod";
import { BoundPlaceSchema, IsoDateSchema, LocalizedSchema, SpanSchema } from "./shared.js";

const LevelSchema = z.enum(["central", "province", "district", "commune", "any"]);

/**
 * A stored organ record, as returned by `getOrgan` / `findOrgan`.
 *
 * @example
 * ```ts
 * OrganSchema.parse(getOrgan("politburo")).name.en; // "Politburo"
 * ```
 */
export const OrganSchema = z.object({
  id: z.string().min(1),
  name: LocalizedSchema,
  abbreviations: z.array(z.string()).readonly(),
  termSuffix: z.boolean(),
  kind: z.enum(["party", "state", "judicial", "procuracy", "front", "mass-organisation"]),
  level: LevelSchema,
  generic: z.boolean(),
  parentId: z.string().optional(),
  validFrom: IsoDateSchema.optional(),
  validUntil: IsoDateSchema.optional(),
  successorIds: z.array(z.string()).readonly().optional(),
  source: z.string(),
});

/**
 * A stored post: a role applied to an organ, a level and a place, as returned by `parsePositionTitle`.
 *
 * @example
 * ```ts
 * PostSchema.parse(parsePositionTitle("Chủ tịch UBND tỉnh")[0]).role; // "head"
 * ```
 */
export const PostSchema = z.object({
  role: z.enum([
    "head",
    "secretary",
    "member",
    "alternate-member",
    "general-secretary",
    "secretariat-member",
    "secretariat-standing-member",
    "unknown",
  ]),
  deputy: z.boolean(),
  standing: z.boolean(),
  organ: z
    .object({ organId: z.string().min(1), level: LevelSchema.optional(), place: BoundPlaceSchema.optional() })
    .optional(),
  text: z.string(),
  span: SpanSchema,
});

/**
 * A stored person with posts, as returned by `extractPeople`.
 *
 * @example
 * ```ts
 * PersonSchema.parse(extractPeople("ông Lê Văn An, Bí thư Tỉnh ủy")[0]).foldedName; // "le van an"
 * ```
 */
export const PersonSchema = z.object({
  name: z.string().min(1),
  span: SpanSchema,
  foldedName: z.string().min(1),
  posts: z.array(PostSchema).readonly(),
  honorific: z.string().optional(),
});
