import type { IsoDate, Span } from "../core/index.js";
import type { MeetingKind } from "./types.js";

/** What telling a new meeting from a repeat needs to know of a draft meeting. */
interface RepeatDraft {
  readonly kind: MeetingKind;
  readonly sentence: Span;
  readonly ordinal?: number;
  readonly term?: unknown;
  readonly number?: number;
}

// A repeat names a recent meeting: looking back over a bounded number keeps the work linear.
const LOOK_BACK = 16;

interface Kept<T> {
  readonly draft: T;
  readonly bare: boolean;
  readonly date?: IsoDate;
  /** The number of the delegation named in the same sentence. */
  readonly number?: number;
  dropped: boolean;
}

function isBare(draft: RepeatDraft): boolean {
  return draft.ordinal === undefined && draft.term === undefined && draft.number === undefined;
}

/** Two mentions may be one meeting: no date and no delegation number that differ. */
function compatible<T>(a: Kept<T>, b: Kept<T>): boolean {
  const dates = a.date === undefined || b.date === undefined || a.date === b.date;
  const numbers = a.number === undefined || b.number === undefined || a.number === b.number;
  return dates && numbers;
}

/**
 * The drafts that name meetings of their own, in text order. A bare mention ("buổi làm việc", "the conference") is
 * a repeat of a recent meeting of its kind unless its sentence gives it another date or another delegation; a
 * bare, undated repeat gives way to a dated one; a bare, undated first mention (a headline) gives way to a fuller
 * mention of its kind later on.
 */
export function decideRepeats<T extends RepeatDraft>(
  drafts: readonly T[],
  dateOf: (draft: T) => IsoDate | undefined,
): T[] {
  const numbers = new Map<number, number>();
  for (const draft of drafts) {
    if (draft.kind === "delegation" && draft.number !== undefined && !numbers.has(draft.sentence.start)) {
      numbers.set(draft.sentence.start, draft.number);
    }
  }
  const kept: Kept<T>[] = [];
  const byKind = new Map<MeetingKind, Kept<T>[]>();
  const last = new Map<MeetingKind, number>();
  drafts.forEach((draft, index) => {
    if (!isBare(draft)) last.set(draft.kind, index);
  });
  drafts.forEach((draft, index) => {
    const date = dateOf(draft);
    const number = numbers.get(draft.sentence.start);
    const item: Kept<T> = {
      draft,
      bare: isBare(draft),
      ...(date === undefined ? {} : { date }),
      ...(number === undefined ? {} : { number }),
      dropped: false,
    };
    if (item.bare) {
      const earlier = find(recent(byKind, draft.kind), (other) => compatible(other, item));
      if (earlier) {
        if (!(earlier.bare && earlier.date === undefined && item.date !== undefined)) return;
        earlier.dropped = true;
      } else if (item.date === undefined && item.number === undefined && (last.get(draft.kind) ?? -1) > index) {
        // A headline ("Đoàn kiểm tra của Bộ Chính trị làm việc tại …") names the fuller mention that follows.
        return;
      }
    }
    kept.push(item);
    const list = byKind.get(draft.kind) ?? [];
    list.push(item);
    if (list.length > LOOK_BACK) list.shift();
    byKind.set(draft.kind, list);
  });
  return kept.filter((item) => !item.dropped).map((item) => item.draft);
}

/** The recent meetings a bare mention of `kind` may repeat, latest first. */
function* recent<T>(byKind: ReadonlyMap<MeetingKind, readonly Kept<T>[]>, kind: MeetingKind): Generator<Kept<T>> {
  const own = byKind.get(kind) ?? [];
  // "Hội nghị" / "the conference" after a plenum speaks of the plenum.
  const plenums = kind === "conference" ? (byKind.get("plenum") ?? []) : [];
  for (let i = own.length - 1; i >= 0; i -= 1) {
    const item = own[i] as Kept<T>;
    if (!item.dropped) yield item;
  }
  for (let i = plenums.length - 1; i >= 0; i -= 1) {
    const item = plenums[i] as Kept<T>;
    if (!item.dropped) yield item;
  }
}

function find<T>(items: Iterable<T>, test: (item: T) => boolean): T | undefined {
  for (const item of items) if (test(item)) return item;
  return undefined;
}
