import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { ARTICLE_FACTS_SCHEMA_PATH, articleFactsJsonSchemaText } from "../../scripts/build-json-schema.js";
import { extract } from "../../src/extract/index.js";
import { ArticleFactsSchema } from "../../src/zod/index.js";

const ARTICLES = fileURLToPath(new URL("../../examples/articles/", import.meta.url));
const files = readdirSync(ARTICLES).filter((name) => name.endsWith(".txt"));

test("docs/article-facts.schema.json is the schema generated from ArticleFactsSchema", () => {
  // Compared as parsed JSON: the committed file is formatted by biome. To refresh it, run
  // `npx tsx scripts/build-json-schema.ts`.
  const committed: unknown = JSON.parse(readFileSync(ARTICLE_FACTS_SCHEMA_PATH, "utf8"));
  expect(committed).toEqual(JSON.parse(articleFactsJsonSchemaText()));
});

test("there are example articles to validate", () => {
  expect(files.length).toBeGreaterThanOrEqual(6);
});

describe.each(files)("%s", (name) => {
  const text = readFileSync(`${ARTICLES}${name}`, "utf8");

  test("the JSON form of extract() validates against ArticleFactsSchema", () => {
    const json: unknown = JSON.parse(JSON.stringify(extract(text)));
    const result = ArticleFactsSchema.safeParse(json);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  test("parsing the JSON form keeps every field (the schema describes all of it)", () => {
    const json: unknown = JSON.parse(JSON.stringify(extract(text, { language: "auto", locale: "en" })));
    expect(ArticleFactsSchema.parse(json)).toEqual(json);
  });
});

test("the schema rejects a dangling shape: a wrong id kind, a missing field", () => {
  const facts = JSON.parse(JSON.stringify(extract("Ông Lê Văn An, Chủ tịch UBND tỉnh Kon Tum, phát biểu.")));
  expect(ArticleFactsSchema.safeParse(facts).success).toBe(true);
  expect(ArticleFactsSchema.safeParse({ ...facts, version: 2 }).success).toBe(false);
  const { places: _dropped, ...withoutPlaces } = facts;
  expect(ArticleFactsSchema.safeParse(withoutPlaces).success).toBe(false);
  const people = facts.people.map((person: { id: string }) => ({ ...person, id: "organ:0" }));
  expect(ArticleFactsSchema.safeParse({ ...facts, people }).success).toBe(false);
});
