/**
 * The main job on our own example articles: for each article, the library returns every document, person with
 * posts, meeting, place and indicator statement listed in articles-expected.ts, and nothing else of note. Items the
 * library misses today carry `knownGap` and are skipped (listed in /work/notes/article-gaps.md); anything returned
 * beyond the table must be explained in the article's `ignored` list.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { type ArticleFactsView, readArticleFacts, viewOfArticleFacts } from "./articles-adapter.js";
import {
  ARTICLE_PAIRS,
  type ExpectedFacts,
  type FactKind,
  type IgnoredItem,
  type KnownGap,
} from "./articles-expected.js";

const FOLDER = join(import.meta.dirname, "..", "..", "examples", "articles");
const KINDS: readonly FactKind[] = ["documents", "people", "meetings", "places", "indicators"];
const LANGUAGES = ["vi", "en"] as const;
type Language = (typeof LANGUAGES)[number];

type Fact = Readonly<Record<string, unknown>>;

function gapIn(gap: KnownGap | undefined, language: Language): string | undefined {
  return typeof gap === "string" ? gap : gap?.[language];
}

/** The fields compared: the item without its gap note; posts in a stable order; a period only when expected. */
function comparable(kind: FactKind, item: Fact, expected: Fact): Fact {
  const { knownGap: _gap, ...rest } = item;
  if (kind === "people") {
    const posts = [...((rest.posts as readonly Fact[] | undefined) ?? [])].map(sortKeys);
    posts.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    return { ...rest, posts };
  }
  if (kind === "indicators" && expected.period === undefined) {
    const { period: _period, ...withoutPeriod } = rest;
    return withoutPeriod;
  }
  return rest;
}

function sortKeys(item: Fact): Fact {
  return Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)));
}

function same(kind: FactKind, actual: Fact, expected: Fact): boolean {
  return (
    JSON.stringify(deepSort(comparable(kind, actual, expected))) ===
    JSON.stringify(deepSort(comparable(kind, expected, expected)))
  );
}

function deepSort(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(deepSort);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, deepSort(v)]),
    );
  }
  return value;
}

function numbersOf(item: Fact): number[] {
  const pick = (key: string, field: string): unknown => (item[key] as Fact | undefined)?.[field];
  return [
    pick("actual", "value"),
    pick("target", "value"),
    pick("attainment", "percentOfTarget"),
    pick("change", "value"),
  ].filter((value): value is number => typeof value === "number");
}

/** What the library returns for an item it gets partly wrong today: the same document, person, meeting, place. */
function sameSubject(kind: FactKind, actual: Fact, expected: Fact): boolean {
  switch (kind) {
    case "documents":
      return expected.code === undefined
        ? actual.code === undefined && actual.type === expected.type
        : actual.code === expected.code;
    case "people":
      return actual.name === expected.name;
    case "places":
      return actual.code === expected.code;
    case "meetings":
      if (expected.number !== undefined) return actual.number === expected.number;
      if (expected.ordinal !== undefined) return actual.ordinal === expected.ordinal;
      return actual.kind === expected.kind && actual.date === expected.date;
    case "indicators": {
      const values = numbersOf(actual);
      return actual.indicator === expected.indicator && numbersOf(expected).some((value) => values.includes(value));
    }
  }
}

function matchesIgnored(actual: Fact, rule: IgnoredItem): boolean {
  return Object.entries(rule.match).every(([key, value]) => JSON.stringify(actual[key]) === JSON.stringify(value));
}

/**
 * Accounts for every item the library returned: an expected item (exactly), the subject of a known gap, or an
 * ignored item. Returns the rest.
 */
function unexplained(
  expected: ExpectedFacts,
  facts: ArticleFactsView,
  ignored: readonly IgnoredItem[],
  language: Language,
): { kind: FactKind; item: Fact }[] {
  const rest: { kind: FactKind; item: Fact }[] = [];
  for (const kind of KINDS) {
    const left: Fact[] = [...(facts[kind] as readonly Fact[])];
    const wanted = expected[kind] as readonly (Fact & { knownGap?: KnownGap })[];
    const take = (test: (item: Fact) => boolean): void => {
      const index = left.findIndex(test);
      if (index >= 0) left.splice(index, 1);
    };
    for (const item of wanted) {
      if (gapIn(item.knownGap, language) === undefined) take((actual) => same(kind, actual, item));
    }
    for (const item of wanted) {
      if (gapIn(item.knownGap, language) !== undefined) take((actual) => sameSubject(kind, actual, item));
    }
    for (const item of left) {
      if (!ignored.some((rule) => rule.kind === kind && matchesIgnored(item, rule))) rest.push({ kind, item });
    }
  }
  return rest;
}

function label(kind: FactKind, item: Fact): string {
  switch (kind) {
    case "documents":
      return String(item.code ?? `${item.type} without code`);
    case "people":
      return String(item.name);
    case "places":
      return `${item.code} -> ${(item.now as string[]).join(",")}`;
    case "meetings":
      return [item.kind, item.number ?? item.ordinal, item.date].filter((part) => part !== undefined).join(" ");
    case "indicators":
      return [item.indicator, item.scope, ...numbersOf(item)].filter((part) => part !== undefined).join(" ");
  }
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** The dateline's date: "Hà Nội, 18/3/2025" or "Hanoi, March 18, 2025". */
function datelineDate(firstLine: string): string | undefined {
  const pad = (value: number): string => String(value).padStart(2, "0");
  const vi = /, (\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(firstLine);
  if (vi) return `${vi[3]}-${pad(Number(vi[2]))}-${pad(Number(vi[1]))}`;
  const en = /, ([A-Z][a-z]+) (\d{1,2}), (\d{4})$/.exec(firstLine);
  if (en) return `${en[3]}-${pad(MONTHS.indexOf(en[1] ?? "") + 1)}-${pad(Number(en[2]))}`;
  return undefined;
}

describe.each(ARTICLE_PAIRS)("example articles: $id", (pair) => {
  describe.each(LANGUAGES)("%s", (language) => {
    const version = pair[language];
    const text = readFileSync(join(FOLDER, version.file), "utf8");
    const facts = readArticleFacts(text, { language, articleDate: pair.articleDate });

    it("opens with a dateline on the article date", () => {
      expect(datelineDate(text.split("\n", 1)[0] ?? "")).toBe(pair.articleDate);
    });

    it("reads the same facts with no options (language detected, date from the dateline)", () => {
      const detected = extract(text);
      expect([detected.language, detected.articleDate]).toEqual([language, pair.articleDate]);
      expect(viewOfArticleFacts(detected)).toEqual(facts);
    });

    for (const kind of KINDS) {
      for (const item of pair.expected[kind] as readonly (Fact & { knownGap?: KnownGap })[]) {
        const gap = gapIn(item.knownGap, language);
        it.skipIf(gap !== undefined)(`${kind}: ${label(kind, item)}${gap ? ` (known gap: ${gap})` : ""}`, () => {
          const candidates = facts[kind] as readonly Fact[];
          const found = candidates.find((actual) => same(kind, actual, item));
          // On failure, show what the library returned for the same subject next to what was expected.
          const shown = found
            ? comparable(kind, found, item)
            : candidates
                .filter((actual) => sameSubject(kind, actual, item))
                .map((actual) => comparable(kind, actual, item));
          expect(deepSort(shown)).toEqual(deepSort(comparable(kind, item, item)));
        });
      }
    }

    it("returns nothing else of note", () => {
      expect(unexplained(pair.expected, facts, version.ignored, language)).toEqual([]);
    });
  });
});
