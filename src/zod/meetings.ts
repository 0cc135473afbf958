import * as z from "zod";
import { SpanSchema } from "./shared.js";

/**
 * A stored term: the khóa number, the years of the nhiệm kỳ, or both, with the phrase's span.
 *
 * @example
 * ```ts
 * TermSchema.parse({ ordinal: 16, years: [2026, 2031], span: { start: 0, end: 28 } });
 * ```
 */
export const TermSchema = z.object({
  ordinal: z.number().int().positive().optional(),
  years: z.tuple([z.number().int(), z.number().int()]).readonly().optional(),
  span: SpanSchema,
});

/**
 * What a person does at a meeting (`MeetingRole`): head or deputy head of a delegation, chair, or participant.
 *
 * @example
 * ```ts
 * MeetingRoleSchema.parse("deputy-head"); // "deputy-head"
 * ```
 */
export const MeetingRoleSchema = z.enum(["head", "deputy-head", "chair", "participant"]);

const MeetingPersonSchema = z.object({
  name: z.string(),
  span: SpanSchema,
  role: MeetingRoleSchema.optional(),
  standing: z.boolean().optional(),
});

/**
 * A stored meeting, as returned by `extractMeetings`.
 *
 * @example
 * ```ts
 * MeetingSchema.parse({
 *   kind: "delegation", span: { start: 0, end: 21 }, text: "Đoàn kiểm tra số 1922", number: 1922,
 *   organIds: [], participants: [], documents: [],
 * });
 * ```
 */
export const MeetingSchema = z.object({
  kind: z.enum(["plenum", "congress", "na-session", "working-session", "conference", "delegation"]),
  span: SpanSchema,
  text: z.string(),
  ordinal: z.number().int().positive().optional(),
  term: TermSchema.optional(),
  termInferred: z.boolean().optional(),
  date: z.iso.date().optional(),
  number: z.number().int().nonnegative().optional(),
  organIds: z.array(z.string()).readonly(),
  chair: MeetingPersonSchema.optional(),
  participants: z.array(MeetingPersonSchema).readonly(),
  documents: z.array(z.object({ text: z.string(), span: SpanSchema, code: z.string().optional() })).readonly(),
});
