import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      reporter: ["text-summary"],
      thresholds: { lines: 80, functions: 80, branches: 70, statements: 80 },
    },
    typecheck: { enabled: false, tsconfig: "./tsconfig.json", include: ["test/**/*.test-d.ts"] },
  },
});
