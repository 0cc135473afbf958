/**
 * ReDoS gate: finds every regular expression in src/ (literals and `new RegExp("…")` with a literal
 * pattern) and asks recheck whether it can backtrack super-linearly. A `RegExp` built from a non-literal
 * pattern cannot be checked statically, so it must carry a `redos-safe:` comment that says why it is safe
 * (for example an alternation of escaped catalogue words with no quantifiers).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { check } from "recheck";
import ts from "typescript";

interface Found {
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly flags: string;
}

function listTsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listTsFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

function collect(file: string, found: Found[], unchecked: string[]): void {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const where = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text;
      const slash = literal.lastIndexOf("/");
      found.push({ file, line: where(node), source: literal.slice(1, slash), flags: literal.slice(slash + 1) });
    } else if (ts.isNewExpression(node) || ts.isCallExpression(node)) {
      if (ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern && (ts.isStringLiteral(pattern) || ts.isNoSubstitutionTemplateLiteral(pattern))) {
          const flagText = flags && ts.isStringLiteral(flags) ? flags.text : "";
          found.push({ file, line: where(node), source: pattern.text, flags: flagText });
        } else {
          const lineStart = text.lastIndexOf("\n", node.getStart()) + 1;
          const context = text.slice(Math.max(0, lineStart - 400), node.getEnd());
          if (!context.includes("redos-safe:")) unchecked.push(`${relative(".", file)}:${where(node)}`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

async function main(): Promise<void> {
  const found: Found[] = [];
  const unchecked: string[] = [];
  for (const file of listTsFiles("src")) collect(file, found, unchecked);
  let failures = 0;
  for (const regex of found) {
    const result = await check(regex.source, regex.flags, { timeout: 10_000 });
    const where = `${relative(".", regex.file)}:${regex.line}`;
    if (result.status === "vulnerable") {
      failures += 1;
      console.error(`VULNERABLE ${where} /${regex.source}/${regex.flags} (${result.complexity.type})`);
    } else if (result.status === "unknown") {
      failures += 1;
      console.error(`UNKNOWN ${where} /${regex.source}/${regex.flags}: recheck could not decide`);
    }
  }
  for (const where of unchecked) {
    failures += 1;
    console.error(`UNCHECKED ${where}: RegExp built from a non-literal pattern needs a "redos-safe:" comment`);
  }
  console.log(`ReDoS check: ${found.length} regexes checked, ${failures} problem(s).`);
  if (failures > 0) process.exitCode = 1;
}

await main();
