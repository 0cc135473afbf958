import * as z from "zod";
import { IndicatorStatementSchema } from "./indicators.js";
import { MeetingRoleSchema, MeetingSchema, TermSchema } from "./meetings.js";
import { OrganSchema, PostSchema } from "./organs.js";
import { BoundPlaceSchema, IsoDateSchema, LocalizedSchema, SpanSchema } from "./shared.js";

// The JSON form of `extract`: every schema here describes plain JSON data, so `z.toJSONSchema` renders it whole
// (docs/article-facts.schema.json is generated from ArticleFactsSchema by scripts/build-json-schema.ts).

const MentionSchema = z.object({ span: SpanSchema, text: z.string() });
const LevelSchema = OrganSchema.shape.level;
const ProvinceCodeSchema = z.string().regex(/^\d{2}$/);
const IssueSchema = z.object({
  code: z.string(),
  message: z.string(),
  span: SpanSchema.optional(),
  hint: z.string().optional(),
});

const PlaceRefSchema = z.string().regex(/^place:\d+$/);
const OrganRefSchema = z.string().regex(/^organ:\d+$/);
const PersonRefSchema = z.string().regex(/^person:\d+$/);
const DocumentRefSchema = z.string().regex(/^doc:\d+$/);
const MeetingIdSchema = z.string().regex(/^meeting:\d+$/);
const StatementIdSchema = z.string().regex(/^stmt:\d+$/);

const PlaceUnitSchema = z.object({
  code: ProvinceCodeSchema,
  name: LocalizedSchema,
  fullName: LocalizedSchema,
  type: z.enum(["province", "city"]),
  status: z.enum(["current", "abolished", "future"]),
  asOf: IsoDateSchema,
  validFrom: IsoDateSchema.optional(),
  validUntil: IsoDateSchema.optional(),
});

const PlaceEntrySchema = z.object({
  id: PlaceRefSchema,
  span: SpanSchema,
  text: z.string(),
  mentions: z.array(MentionSchema).min(1),
  matchedBy: z.enum(["name", "englishName", "historicalName", "alias"]),
  thenUnit: PlaceUnitSchema,
  nowUnits: z.array(PlaceUnitSchema),
  changed: z.boolean(),
});

const OrganEntrySchema = z.object({
  id: OrganRefSchema,
  span: SpanSchema,
  text: z.string(),
  mentions: z.array(MentionSchema).min(1),
  organId: z.string().min(1),
  namedId: z.string().min(1).optional(),
  name: LocalizedSchema,
  kind: OrganSchema.shape.kind,
  level: LevelSchema,
  status: z.enum(["current", "former", "future"]),
  matchedBy: z.enum(["name", "englishName", "abbreviation"]),
  place: BoundPlaceSchema.optional(),
  placeRef: PlaceRefSchema.optional(),
});

const PostEntrySchema = z.object({
  role: PostSchema.shape.role,
  deputy: z.boolean(),
  standing: z.boolean(),
  text: z.string(),
  span: SpanSchema,
  organId: z.string().min(1).optional(),
  level: LevelSchema.optional(),
  place: BoundPlaceSchema.optional(),
  organRef: OrganRefSchema.optional(),
});

const PersonEntrySchema = z.object({
  id: PersonRefSchema,
  name: z.string().min(1),
  foldedName: z.string(),
  span: SpanSchema,
  text: z.string(),
  mentions: z.array(MentionSchema).min(1),
  honorific: z.string().optional(),
  posts: z.array(PostEntrySchema),
});

const MeetingPersonEntrySchema = z.object({
  name: z.string(),
  span: SpanSchema,
  role: MeetingRoleSchema.optional(),
  standing: z.boolean().optional(),
  personRef: PersonRefSchema.optional(),
});

const MeetingEntrySchema = z.object({
  id: MeetingIdSchema,
  kind: MeetingSchema.shape.kind,
  span: SpanSchema,
  text: z.string(),
  ordinal: z.number().int().positive().optional(),
  term: TermSchema.optional(),
  termInferred: z.boolean().optional(),
  date: IsoDateSchema.optional(),
  number: z.number().int().nonnegative().optional(),
  organIds: z.array(z.string()),
  organRefs: z.array(OrganRefSchema),
  chair: MeetingPersonEntrySchema.optional(),
  participants: z.array(MeetingPersonEntrySchema),
  documents: z.array(
    z.object({
      text: z.string(),
      span: SpanSchema,
      code: z.string().optional(),
      documentRef: DocumentRefSchema.optional(),
    }),
  ),
  participantRefs: z.array(PersonRefSchema),
  documentRefs: z.array(DocumentRefSchema),
});

const DocumentEntrySchema = z.object({
  id: DocumentRefSchema,
  span: SpanSchema,
  text: z.string(),
  code: z
    .object({
      canonical: z.string().min(1),
      system: z.enum(["party", "state"]),
      number: z.number().int().nonnegative(),
      year: z.number().int().optional(),
      type: z.string().optional(),
      issuer: z.string(),
    })
    .optional(),
  codeSpan: SpanSchema.optional(),
  resolvedCode: z.string().optional(),
  resolvedBy: z.enum(["text", "list", "catalogue", "form"]).optional(),
  documentType: z.string().optional(),
  number: z.number().int().nonnegative().optional(),
  date: IsoDateSchema.optional(),
  issuer: z
    .object({ organId: z.string(), label: LocalizedSchema, term: z.number().int().positive().optional() })
    .optional(),
  issuerRef: OrganRefSchema.optional(),
  title: z.string().optional(),
  warnings: z.array(IssueSchema),
});

const StatementEntrySchema = IndicatorStatementSchema.extend({
  id: StatementIdSchema,
  scopeRef: PlaceRefSchema.optional(),
});

/**
 * The JSON form of `extract(text)`: an article's places (then and now), organs, people with posts, meetings,
 * document references and indicator statements, linked by entry ids (`"place:0"`, `"organ:2"`, `"person:1"`,
 * `"meeting:0"`, `"doc:3"`, `"stmt:4"`). `docs/article-facts.schema.json` is this schema as JSON Schema.
 *
 * @example
 * ```ts
 * const facts = ArticleFactsSchema.parse(JSON.parse(JSON.stringify(extract("Tỉnh Kon Tum họp ngày 6/3/2025."))));
 * facts.version; // 1
 * ```
 */
export const ArticleFactsSchema = z.object({
  version: z.literal(1),
  language: z.enum(["vi", "en", "pl", "fr", "es", "de", "other"]),
  languageSource: z.enum(["option", "detected"]),
  articleDate: IsoDateSchema.optional(),
  articleDateSource: z.enum(["option", "dateline"]).optional(),
  asOf: IsoDateSchema,
  places: z.array(PlaceEntrySchema),
  organs: z.array(OrganEntrySchema),
  people: z.array(PersonEntrySchema),
  meetings: z.array(MeetingEntrySchema),
  documents: z.array(DocumentEntrySchema),
  statements: z.array(StatementEntrySchema),
  issues: z.array(IssueSchema),
});
