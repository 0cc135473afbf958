/**
 * Documentation gate: every public export (everything reachable from the package entries) carries a JSDoc
 * block with a summary and an `@example`. typedoc already fails on an undocumented export; this adds the
 * `@example` rule, which typedoc does not enforce.
 */
import ts from "typescript";

const ENTRIES = ["src/index.ts", "src/zod/index.ts"];

function hasDocumentedExample(declaration: ts.Declaration): boolean {
  const docs = ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc);
  return docs.some((doc) => {
    const summary =
      typeof doc.comment === "string" ? doc.comment : (doc.comment ?? []).map((part) => part.text).join("");
    return summary.trim().length > 0 && (doc.tags ?? []).some((tag) => tag.tagName.text === "example");
  });
}

const configPath = ts.findConfigFile(".", ts.sys.fileExists, "tsconfig.json") ?? "tsconfig.json";
const config = ts.getParsedCommandLineOfConfigFile(
  configPath,
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
);
if (!config) throw new Error("cannot read tsconfig.json");
const program = ts.createProgram(ENTRIES, config.options);
const checker = program.getTypeChecker();

const problems: string[] = [];
let checked = 0;
for (const entry of ENTRIES) {
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`cannot read ${entry}`);
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.declarations ?? [];
    checked += 1;
    // Overloads and declaration merging share one JSDoc: the name passes when any declaration is documented.
    if (!declarations.some(hasDocumentedExample)) {
      const where = declarations[0]?.getSourceFile().fileName ?? "?";
      problems.push(`${entry}: export "${exported.name}" (${where}) needs a JSDoc summary and an @example`);
    }
  }
}
for (const problem of problems) console.error(problem);
console.log(`JSDoc check: ${checked} public exports, ${problems.length} without a documented @example.`);
if (problems.length > 0) process.exitCode = 1;
