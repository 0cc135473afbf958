import { readFileSync } from "node:fs";
import { test as fcTest } from "@fast-check/vitest";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CLI_VERSION, EXIT, runCli } from "../../src/cli/index.js";
import { memoryIo, run } from "./cli-io.js";

describe("vnpolity (global)", () => {
  it("keeps its version equal to package.json's", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    expect(CLI_VERSION).toBe(pkg.version);
  });

  it.each([
    [["--version"], EXIT.ok, `${CLI_VERSION}\n`],
    [["-v"], EXIT.ok, `${CLI_VERSION}\n`],
  ] as const)("%j prints the version", async (argv, code, stdout) => {
    const result = await run(argv);
    expect(result).toEqual({ code, stdout, stderr: "" });
  });

  it.each([[["--help"]], [["-h"]], [["help"]], [["help", "nonsense"]]])("%j prints the main help", async (argv) => {
    const result = await run(argv);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toContain("vnpolity extract <file|->");
    expect(result.stdout).toContain("Exit codes: 0 success, 1 invalid input, 2 usage error.");
    expect(result.stderr).toBe("");
  });

  it.each(["extract", "code", "attainment", "province"])("help %s prints the command's help", async (command) => {
    const viaHelp = await run(["help", command]);
    const viaFlag = await run([command, "--help"]);
    expect(viaHelp.code).toBe(EXIT.ok);
    expect(viaHelp.stdout).toMatch(new RegExp(`^Usage: vnpolity ${command}`));
    expect(viaFlag).toEqual(viaHelp);
  });

  it("answers no arguments with the help on stderr and exit 2", async () => {
    const result = await run([]);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("Usage:");
  });

  it.each([
    [["frobnicate"], 'error USAGE: unknown command "frobnicate"'],
    [["--frobnicate"], 'error USAGE: unknown option "--frobnicate"'],
    [["CODE", "57-NQ/TW"], 'error USAGE: unknown command "CODE"'],
  ])("%j is a usage error", async (argv, line) => {
    const result = await run(argv);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`${line}\nRun "vnpolity --help" for usage.\n`);
  });

  it("reports a failing output sink as an internal error with exit 1", async () => {
    const io = memoryIo();
    io.stdout = () => {
      throw new Error("EPIPE");
    };
    expect(await runCli(["code", "57-NQ/TW"], io)).toBe(EXIT.invalid);
    expect(io.err.join("")).toBe("error INTERNAL: EPIPE\n");
  });

  fcTest.prop([
    fc.constantFrom("code", "attainment", "province", "nonsense", "--json"),
    fc.array(
      fc.oneof(
        fc.string({ unit: "binary" }),
        fc.constantFrom("--json", "--strict", "--locale", "en", "--as-of", "--target", "--actual", "-", "--language"),
      ),
      { maxLength: 6 },
    ),
  ])("never throws and always answers 0, 1 or 2", async (command, rest) => {
    const io = memoryIo();
    const code = await runCli([command, ...rest], io);
    expect([EXIT.ok, EXIT.invalid, EXIT.usage]).toContain(code);
    // Every failure says why on stderr, with a code.
    if (code !== EXIT.ok) expect(io.err.join("")).toMatch(/^(error|warning) [A-Z_]+: /m);
  });
});
