/**
 * Writes docs/article-facts.schema.json: the JSON Schema (draft 2020-12) of `extract`'s JSON form, generated from
 * `ArticleFactsSchema` with zod 4's `z.toJSONSchema`. Run `npx tsx scripts/build-json-schema.ts` after changing
 * the schema; test/extract/json-schema.test.ts fails while the committed file is stale. The file is formatted by
 * biome, so the test compares parsed JSON, not text.
 *
 * The schema is rendered for the input side ("io: input"): it describes the JSON document a reader receives, and
 * leaves objects open, so that a reader validating with it keeps accepting output that gained an optional field.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as z from "zod";
import { ArticleFactsSchema } from "../src/zod/index.js";

/** Where the generated schema is committed. */
export const ARTICLE_FACTS_SCHEMA_PATH = fileURLToPath(new URL("../docs/article-facts.schema.json", import.meta.url));

/** The JSON Schema of ArticleFacts, as the text committed in docs/. */
export function articleFactsJsonSchemaText(): string {
  const schema = z.toJSONSchema(ArticleFactsSchema, { io: "input", target: "draft-2020-12" });
  const document = {
    $schema: schema.$schema,
    title: "ArticleFacts",
    description:
      "The JSON form of vnpolity's extract(text): JSON.stringify(extract(text)). Entries are linked by ids such as " +
      '"place:0", "organ:2", "person:1", "meeting:0", "doc:3", "stmt:4"; spans are UTF-16 offsets into the text.',
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(ARTICLE_FACTS_SCHEMA_PATH, articleFactsJsonSchemaText());
  // The committed file is in the project's formatting, so that `npm run lint` stays clean after a rebuild.
  execFileSync("npx", ["biome", "format", "--write", ARTICLE_FACTS_SCHEMA_PATH], { stdio: "inherit" });
  console.log(`wrote ${ARTICLE_FACTS_SCHEMA_PATH}`);
}
