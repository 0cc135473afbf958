import { isWordUnit, phraseAt } from "./key-text.js";

/*
 * Word tables bucketed by the first unit of their forms, so that "which form of this table is written here?"
 * reads the one or two forms that start with the unit at hand instead of every form of the table. The buckets keep
 * table order, so the first form found is the one a scan of the whole table would find. Tables are built once, on
 * first use, from the frozen word lists.
 */

/**
 * One form of a word table with the value it stands for.
 *
 * @example
 * ```ts
 * const entry: TableEntry<string> = { form: "usd", value: "USD" };
 * ```
 */
export interface TableEntry<T> {
  readonly form: string;
  readonly value: T;
}

/**
 * A word table bucketed by first unit (see {@link createPhraseTable}).
 *
 * @example
 * ```ts
 * const table: PhraseTable<string> = createPhraseTable([["usd", "USD"]]);
 * ```
 */
export interface PhraseTable<T> {
  readonly byFirst: ReadonlyMap<number, readonly TableEntry<T>[]>;
  /** Every entry in table order: used as it is when a form is empty (an empty form matches anywhere). */
  readonly entries: readonly TableEntry<T>[];
  readonly hasEmpty: boolean;
}

/**
 * Builds a {@link PhraseTable} from forms and values, in table order.
 *
 * @example
 * ```ts
 * createPhraseTable([["usd", "USD"], ["us$", "USD"]]).byFirst.get(0x75)?.length; // 2
 * ```
 */
export function createPhraseTable<T>(pairs: Iterable<readonly [string, T]>): PhraseTable<T> {
  const byFirst = new Map<number, TableEntry<T>[]>();
  const entries: TableEntry<T>[] = [];
  let hasEmpty = false;
  for (const [form, value] of pairs) {
    const entry = { form, value };
    entries.push(entry);
    if (form === "") hasEmpty = true;
    else {
      const bucket = byFirst.get(form.charCodeAt(0));
      if (bucket) bucket.push(entry);
      else byFirst.set(form.charCodeAt(0), [entry]);
    }
  }
  return { byFirst, entries, hasEmpty };
}

/**
 * A table of entries with several forms each ("usd", "us$" → USD), flattened in order: entry by entry, form by form.
 *
 * @example
 * ```ts
 * tableOfForms([{ forms: ["usd", "us$"], meaning: "USD" }], (entry) => entry.meaning).entries.length; // 2
 * ```
 */
export function tableOfForms<E extends { readonly forms: readonly string[] }, T>(
  items: readonly E[],
  meaningOf: (item: E) => T,
): PhraseTable<T> {
  return createPhraseTable(items.flatMap((item) => item.forms.map((form) => [form, meaningOf(item)] as const)));
}

/**
 * The first entry of the table (in table order) whose form is written at `index` and ends on a word boundary, as
 * `matchAt` would find it scanning the whole table.
 *
 * @example
 * ```ts
 * tableAt("10 usd", 3, createPhraseTable([["usd", "USD"]]))?.value; // "USD"
 * ```
 */
export function tableAt<T>(key: string, index: number, table: PhraseTable<T>): TableEntry<T> | undefined {
  if (index > 0 && isWordUnit(key, index - 1) && isWordUnit(key, index)) return undefined;
  const bucket = table.hasEmpty ? table.entries : table.byFirst.get(key.charCodeAt(index));
  if (bucket === undefined) return undefined;
  for (let k = 0; k < bucket.length; k++) {
    const entry = bucket[k] as TableEntry<T>;
    if (phraseAt(key, index, entry.form)) return entry;
  }
  return undefined;
}

/**
 * Every entry of the table whose form is written at `index` (on a word boundary), in table order.
 *
 * @example
 * ```ts
 * tableAllAt("over 5", 0, createPhraseTable([["over", ">"]])).length; // 1
 * ```
 */
export function tableAllAt<T>(key: string, index: number, table: PhraseTable<T>): TableEntry<T>[] {
  if (index > 0 && isWordUnit(key, index - 1) && isWordUnit(key, index)) return [];
  const bucket = table.hasEmpty ? table.entries : table.byFirst.get(key.charCodeAt(index));
  return bucket === undefined ? [] : bucket.filter((entry) => phraseAt(key, index, entry.form));
}
