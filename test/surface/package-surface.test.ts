import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/*
 * The package as users get it: `npm pack`, install the tarball into a fresh project, then import (ESM) and
 * require (CJS) every name the built declarations export, for "vnpolity" and "vnpolity/zod", type-check an import
 * of every name (types included) under node16 resolution from both module kinds, and run the `vnpolity` bin.
 * The names come from the packed .d.ts files, so the test follows the public surface without a hand-kept list.
 * Like scripts/run-examples.sh, it packs the current dist/ and builds only when dist/ is missing (CI builds first).
 * No network: the tarball is installed with --offline (date-fns from the npm cache); zod, an optional peer, is
 * linked from this repository. If the offline install fails, the tarball is unpacked by hand instead.
 */

const root = fileURLToPath(new URL("../..", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "vnpolity-surface-"));
const project = join(work, "project");
const installed = join(project, "node_modules", "vnpolity");
const ENTRIES = [
  { specifier: "vnpolity", declarations: "dist/index.d.ts" },
  { specifier: "vnpolity/zod", declarations: "dist/zod.d.ts" },
] as const;

function sh(command: string, args: readonly string[], cwd: string, input?: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: "utf8", input, maxBuffer: 64 * 1024 * 1024 });
}

function must(result: SpawnSyncReturns<string>, what: string): string {
  if (result.status !== 0) throw new Error(`${what} failed (${result.status}):\n${result.stderr}\n${result.stdout}`);
  return result.stdout;
}

function link(name: string): void {
  const target = join(project, "node_modules", name);
  if (!existsSync(target)) symlinkSync(join(root, "node_modules", name), target, "dir");
}

// Falls back to what npm does for a tarball: unpack it as node_modules/vnpolity and link the bin.
function unpackByHand(tarball: string): void {
  mkdirSync(installed, { recursive: true });
  must(sh("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"], project), "tar");
  link("date-fns");
  mkdirSync(join(project, "node_modules", ".bin"), { recursive: true });
  symlinkSync(join(installed, "dist", "cli.js"), join(project, "node_modules", ".bin", "vnpolity"));
}

/** Names a declaration file exports, split into runtime values and type-only names. */
function exportedNames(file: string): { values: string[]; all: string[] } {
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`cannot read ${file}`);
  const all: string[] = [];
  const values: string[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    all.push(exported.name);
    if (symbol.flags & ts.SymbolFlags.Value) values.push(exported.name);
  }
  return { values: values.sort(), all: all.sort() };
}

const surface = new Map<string, { values: string[]; all: string[] }>();

beforeAll(() => {
  const built = ["dist/index.js", "dist/index.cjs", "dist/zod.js", "dist/zod.cjs", "dist/cli.js"];
  if (!built.every((file) => existsSync(join(root, file)))) must(sh("npm", ["run", "build"], root), "npm run build");
  must(sh("npm", ["pack", "--ignore-scripts", "--pack-destination", work], root), "npm pack");
  const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"));
  if (tarball === undefined) throw new Error("npm pack wrote no tarball");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), '{ "name": "vnpolity-surface", "private": true }\n');
  const install = sh(
    "npm",
    ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", join(work, tarball)],
    project,
  );
  if (install.status !== 0) unpackByHand(join(work, tarball));
  link("zod");
  for (const entry of ENTRIES) surface.set(entry.specifier, exportedNames(join(installed, entry.declarations)));
}, 300_000);

// rmSync removes the symlinks themselves, never what they point at (this repository's node_modules).
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

describe("the packed package", () => {
  it("declares a public surface", () => {
    expect(surface.get("vnpolity")?.values).toEqual(expect.arrayContaining(["parseDocumentCode", "getProvince"]));
    expect(surface.get("vnpolity")?.all).toEqual(expect.arrayContaining(["DocumentCode", "Province", "Result"]));
    expect(surface.get("vnpolity/zod")?.values.length).toBeGreaterThan(0);
  });

  it.each(["esm", "cjs"] as const)("loads every declared value with %s", (format) => {
    const expected = Object.fromEntries(ENTRIES.map(({ specifier }) => [specifier, surface.get(specifier)?.values]));
    const load =
      format === "esm"
        ? `const load = (specifier) => import(specifier);`
        : `const load = async (specifier) => require(specifier);`;
    const script = `${load}
      (async () => {
        const expected = ${JSON.stringify(expected)};
        const report = {};
        for (const [specifier, names] of Object.entries(expected)) {
          const module = await load(specifier);
          const keys = Object.keys(module).filter((key) => key !== "default").sort();
          report[specifier] = {
            missing: names.filter((name) => module[name] === undefined),
            undeclared: keys.filter((key) => !names.includes(key)),
          };
        }
        process.stdout.write(JSON.stringify(report));
      })();`;
    const file = join(project, format === "esm" ? "surface.mjs" : "surface.cjs");
    writeFileSync(file, script);
    const report = JSON.parse(must(sh(process.execPath, [file], project), `node ${format}`));
    for (const { specifier } of ENTRIES) {
      expect(report[specifier], `${specifier} (${format})`).toEqual({ missing: [], undeclared: [] });
    }
  });

  it("type-checks an import of every declared name from ESM and from CommonJS", () => {
    const imports = ENTRIES.map(({ specifier }) => {
      const names = surface.get(specifier)?.all ?? [];
      return `import type { ${names.join(", ")} } from "${specifier}";\nexport type { ${names.map((name) => `${name} as ${name}_${specifier === "vnpolity" ? "root" : "zod"}`).join(", ")} };\n`;
    }).join("");
    writeFileSync(join(project, "surface-esm.mts"), imports);
    writeFileSync(join(project, "surface-cjs.cts"), imports);
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "node16",
          moduleResolution: "node16",
          target: "es2022",
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ["surface-esm.mts", "surface-cjs.cts"],
      }),
    );
    must(sh(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", project], project), "tsc");
  });

  it("installs the vnpolity bin", () => {
    const bin = join(project, "node_modules", ".bin", "vnpolity");
    const result = sh(bin, ["code", "96-QD/TW", "--locale", "en"], project);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^96-QD\/TW\n {2}Canonical: +96-QĐ\/TW\n/);
    const extracted = sh(bin, ["extract", "-", "--json"], project, "Hà Nội, ngày 6/3/2025 — Tỉnh Kon Tum họp.");
    expect(extracted.status).toBe(0);
    expect(JSON.parse(extracted.stdout)).toMatchObject({ articleDate: "2025-03-06" });
  });
});
