import { runAttainmentCommand } from "./attainment.js";
import { runCodeCommand } from "./code.js";
import { runExtractCommand } from "./extract.js";
import { type CommandName, getHelp, isCommandName } from "./help.js";
import { type CliIo, EXIT } from "./io.js";
import { usageError } from "./output.js";
import { runProvinceCommand } from "./province.js";
import { CLI_VERSION } from "./version.js";

const COMMANDS: Readonly<Record<CommandName, (args: readonly string[], io: CliIo) => Promise<number>>> = {
  extract: runExtractCommand,
  code: runCodeCommand,
  attainment: runAttainmentCommand,
  province: runProvinceCommand,
};

/**
 * Runs `vnpolity` with the arguments after the program name and returns the exit code: 0 success, 1 invalid input,
 * 2 usage. Output goes through `io`, so tests run it in-process; it never throws for any argument list.
 *
 * @example
 * ```ts
 * const out: string[] = [];
 * const io = { stdout: (t: string) => out.push(t), stderr: () => {}, readFile: async () => "", readStdin: async () => "" };
 * await runCli(["code", "57-NQ/TW", "--locale", "en"], io); // 0; out[0] starts with "57-NQ/TW"
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(getHelp());
    return EXIT.usage;
  }
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = rest[0];
    io.stdout(topic !== undefined && isCommandName(topic) ? getHelp(topic) : getHelp());
    return EXIT.ok;
  }
  if (first === "--version" || first === "-v") {
    io.stdout(`${CLI_VERSION}\n`);
    return EXIT.ok;
  }
  if (!isCommandName(first)) {
    return usageError(io, `${first.startsWith("-") ? "unknown option" : "unknown command"} ${JSON.stringify(first)}`);
  }
  try {
    return await COMMANDS[first](rest, io);
  } catch (error) {
    // Library functions used here are total; this catches a failing reader or a bug, and still answers in kind.
    io.stderr(`error INTERNAL: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.invalid;
  }
}
