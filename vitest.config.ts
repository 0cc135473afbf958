import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Some tests feed 10 MB inputs to prove linear, crash-free behaviour; under coverage on a loaded shared
    // machine they can take seconds. This is a guard against hangs, not a speed assertion (bench does that).
    testTimeout: 120_000,
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // The bin is two lines over runCli, run as a real process by test/cli/process.test.ts.
      exclude: ["src/cli/bin.ts"],
      reporter: ["text-summary"],
      thresholds: { lines: 80, functions: 80, branches: 70, statements: 80 },
    },
    typecheck: { enabled: false, tsconfig: "./tsconfig.json", include: ["test/**/*.test-d.ts"] },
  },
});
