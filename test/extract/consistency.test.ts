/**
 * `extract` shares work between the extractors (one token scan, mentions passed to meetings); sharing must not
 * change a fact. Each example article read through `extract` gives the same facts as the module extractors called
 * one by one.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readArticleFacts, readArticleFactsWithExtractors } from "./articles-adapter.js";
import { ARTICLE_PAIRS } from "./articles-expected.js";

const FOLDER = join(import.meta.dirname, "..", "..", "examples", "articles");

describe("extract gives what the extractors give one by one", () => {
  const versions = ARTICLE_PAIRS.flatMap((pair) =>
    (["vi", "en"] as const).map((language) => ({ language, file: pair[language].file, articleDate: pair.articleDate })),
  );
  test.each(versions)("$file", ({ language, file, articleDate }) => {
    const text = readFileSync(join(FOLDER, file), "utf8");
    const options = { language, articleDate };
    expect(readArticleFacts(text, options)).toEqual(readArticleFactsWithExtractors(text, options));
  });
});
