/**
 * The code blocks of README.md and docs/*.md are run against the library, and every `expression; // value` line
 * whose comment starts with a JSON value is checked: documentation that drifts from the code fails here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import * as library from "../../src/index.js";

const root = join(import.meta.dirname, "..", "..");
const pages = [
  "README.md",
  ...readdirSync(join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];

interface Snippet {
  readonly page: string;
  readonly line: number;
  readonly code: string;
}

function snippetsOf(page: string): Snippet[] {
  const lines = readFileSync(join(root, page), "utf8").split("\n");
  const found: Snippet[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (lines[i]?.trim() !== "```ts") continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end]?.trim() !== "```") end += 1;
    const code = lines.slice(start, end).join("\n");
    if (code.includes('from "vnpolity"')) found.push({ page, line: start + 1, code });
    i = end;
  }
  return found;
}

/** The JSON value a comment starts with ("-1.48 (percentage points)" → -1.48), or undefined when it has none. */
function expectedValue(comment: string): { value: unknown } | undefined {
  const candidates = [comment, comment.split(/ [(—]/u)[0] ?? ""];
  for (const candidate of candidates) {
    try {
      return { value: JSON.parse(candidate.trim()) };
    } catch {
      // not JSON: a comment in words, nothing to check
    }
  }
  return undefined;
}

/** Turns `expr; // value` lines into checks, leaves the rest as written. */
function withChecks(code: string): { source: string; checks: number } {
  let checks = 0;
  const source = code
    .split("\n")
    .map((line) => {
      const match = /^(?<expr>[^/]+?);\s*\/\/\s*(?<comment>.+)$/u.exec(line);
      const expr = match?.groups?.expr;
      const comment = match?.groups?.comment;
      if (expr === undefined || comment === undefined || /^\s*(?:const|let|import)\b/u.test(expr)) return line;
      const expected = expectedValue(comment);
      if (expected === undefined) return line;
      checks += 1;
      return `__check(${expr}, ${JSON.stringify(expected.value)}, ${JSON.stringify(line.trim())});`;
    })
    .join("\n");
  return { source, checks };
}

function run(source: string, check: (actual: unknown, expected: unknown, line: string) => void): void {
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const requireLibrary = (name: string): unknown => {
    if (name !== "vnpolity") throw new Error(`a documentation example imports ${name}`);
    return library;
  };
  new Function("require", "exports", "__check", js)(requireLibrary, {}, check);
}

const snippets = pages.flatMap(snippetsOf);

describe("documentation examples", () => {
  test("there are examples to check", () => {
    expect(snippets.length).toBeGreaterThanOrEqual(5);
  });

  test.each(snippets.map((s) => [`${s.page}:${s.line}`, s] as const))("%s runs and says what it returns", (_, s) => {
    const { source, checks } = withChecks(s.code);
    let checked = 0;
    run(source, (actual, expected, line) => {
      checked += 1;
      expect(actual, line).toEqual(expected);
    });
    expect(checked).toBe(checks);
  });
});
