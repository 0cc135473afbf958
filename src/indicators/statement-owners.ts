import { readQuantityAround } from "./quantity-read.js";
import type { FigureEvent, Mention, StatementContext } from "./statement-context.js";

/**
 * The figures each mention owns, and the sentence each mention lies in.
 *
 * @example
 * ```ts
 * const owners: Ownership = assignOwners(context);
 * owners.events[0]?.length; // figures of the first mention
 * ```
 */
export interface Ownership {
  /** By mention index: its figures, in text order. */
  readonly events: readonly (readonly FigureEvent[])[];
  /** By mention index: the sentence it lies in. */
  readonly sentences: readonly { readonly start: number; readonly end: number }[];
}

function countOwner(
  context: StatementContext,
  event: FigureEvent,
  candidate: Mention | undefined,
  limit: number,
): boolean {
  if (event.kind !== "number" || !candidate) return false;
  const number = context.numbers[event.index];
  if (!number) return false;
  const quantity = readQuantityAround(context.plain, context.key, number, context.numbers[event.index + 1], {
    floor: number.span.start,
    limit,
    vocabulary: context.vocabulary,
  });
  // "1.585 dịch vụ công trực tuyến": the counted noun is the indicator's name.
  return quantity?.unit.kind === "count" && candidate.start >= quantity.figureEnd && candidate.start < quantity.end;
}

/**
 * Gives each figure to the indicator it belongs to: the last indicator named before it in its sentence, except
 * that a counted noun naming an indicator ("1.585 dịch vụ công trực tuyến") and a score "x/y" in a sentence about
 * targets go to that indicator. Figures of sentences without an indicator are left out. Linear in the text.
 *
 * @example
 * ```ts
 * assignOwners(buildContext("GRDP tăng 6,52%.", {})).events[0]?.length; // 1
 * ```
 */
export function assignOwners(context: StatementContext): Ownership {
  const { mentions, events, sentences } = context;
  const owned: FigureEvent[][] = mentions.map(() => []);
  const mentionSentences: { start: number; end: number }[] = mentions.map((mention) => ({
    start: mention.start,
    end: mention.end,
  }));
  let m = 0;
  let e = 0;
  for (const sentence of sentences) {
    const inSentence: number[] = [];
    while (m < mentions.length && (mentions[m]?.start ?? 0) < sentence.end) {
      if ((mentions[m]?.start ?? 0) >= sentence.start) {
        inSentence.push(m);
        mentionSentences[m] = sentence;
      }
      m++;
    }
    const scored = inSentence.find((index) => mentions[index]?.indicator.unit === "score");
    let last = -1;
    while (e < events.length && (events[e]?.start ?? 0) < sentence.end) {
      const event = events[e];
      e++;
      if (!event || event.start < sentence.start || inSentence.length === 0) continue;
      while (last + 1 < inSentence.length && (mentions[inSentence[last + 1] ?? -1]?.start ?? 0) <= event.start) last++;
      const fallback = last >= 0 ? inSentence[last] : undefined;
      const next = inSentence[last + 1];
      let owner = fallback;
      if (event.kind === "score" && scored !== undefined) owner = scored;
      else if (next !== undefined && countOwner(context, event, mentions[next], sentence.end)) owner = next;
      if (owner !== undefined) owned[owner]?.push(event);
    }
  }
  return { events: owned, sentences: mentionSentences };
}
