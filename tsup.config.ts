import { defineConfig } from "tsup";

// tsup 8.5.x's dts build injects `baseUrl`, which TypeScript 6.0 rejects (TS5101)
// unless deprecations are silenced for the dts build.
const dtsCompilerOptions = { ignoreDeprecations: "6.0" };

export default defineConfig([
  {
    // Library entries: ESM + CJS + .d.ts/.d.cts. `zod` is a separate entry so the root never loads zod.
    entry: { index: "src/index.ts", zod: "src/zod/index.ts" },
    format: ["esm", "cjs"],
    dts: { compilerOptions: dtsCompilerOptions },
    clean: true,
    sourcemap: true,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
    external: ["zod", "date-fns"],
    // Catalogues are `Object.freeze`d literals. Marking the call pure lets every bundler (ours and our users')
    // drop the tables a program does not use: esbuild writes a /* @__PURE__ */ annotation on each call.
    esbuildOptions(options) {
      options.pure = [...(options.pure ?? []), "Object.freeze"];
      // Vietnamese labels stay UTF-8 instead of `\uXXXX` escapes: smaller after compression, readable in dist.
      options.charset = "utf8";
    },
  },
  {
    // The `vnpolity` bin: ESM only (it uses top-level await and needs no CJS build), for Node, with the library
    // bundled in so that it starts from one file; dependencies stay external. `clean` stays off so this build
    // never deletes the library's output.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    sourcemap: true,
    target: "node20",
    platform: "node",
    external: ["zod", "date-fns"],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
