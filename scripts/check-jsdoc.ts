/**
 * Documentation gate: every exported declaration in src/ carries a JSDoc block with a summary and an
 * `@example`. typedoc already fails on an undocumented public export; this adds the `@example` rule and
 * covers exports shared between files, which typedoc does not see.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

function listTsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listTsFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

function isExported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

function declarationName(node: ts.Statement): string | undefined {
  if (ts.isVariableStatement(node)) {
    const first = node.declarationList.declarations[0];
    return first && ts.isIdentifier(first.name) ? first.name.text : undefined;
  }
  if (
    ts.isFunctionDeclaration(node) ||
    ts.isClassDeclaration(node) ||
    ts.isInterfaceDeclaration(node) ||
    ts.isTypeAliasDeclaration(node) ||
    ts.isEnumDeclaration(node)
  ) {
    return node.name?.text;
  }
  return undefined;
}

function jsDocOf(node: ts.Node, text: string): string {
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  return ranges
    .map((range) => text.slice(range.pos, range.end))
    .filter((comment) => comment.startsWith("/**"))
    .join("\n");
}

const problems: string[] = [];
let checked = 0;
for (const file of listTsFiles("src")) {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const documented = new Map<string, boolean>();
  for (const statement of source.statements) {
    if (!isExported(statement)) continue;
    const name = declarationName(statement);
    if (name === undefined) continue;
    const doc = jsDocOf(statement, text);
    const ok = /\/\*\*\s*\n?\s*\*?\s*\S/.test(doc) && doc.includes("@example");
    // Overloads share one JSDoc: the name passes when any of its declarations is documented.
    documented.set(name, (documented.get(name) ?? false) || ok);
  }
  for (const [name, ok] of documented) {
    checked += 1;
    if (!ok) problems.push(`${relative(".", file)}: export "${name}" needs a JSDoc block with an @example`);
  }
}
for (const problem of problems) console.error(problem);
console.log(`JSDoc check: ${checked} exports, ${problems.length} without a documented @example.`);
if (problems.length > 0) process.exitCode = 1;
