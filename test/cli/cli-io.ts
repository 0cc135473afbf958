import type { CliIo } from "../../src/cli/index.js";
import { runCli } from "../../src/cli/index.js";

/** What one in-process run of `vnpolity` printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** An in-memory CliIo: `files` are readable paths, `stdin` is standard input. */
export function memoryIo(
  files: Readonly<Record<string, string>> = {},
  stdin = "",
): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => {
      out.push(text);
    },
    stderr: (text) => {
      err.push(text);
    },
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    readStdin: async () => stdin,
  };
}

/** Runs `vnpolity argv…` in-process. */
export async function run(
  argv: readonly string[],
  files: Readonly<Record<string, string>> = {},
  stdin = "",
): Promise<CliRun> {
  const io = memoryIo(files, stdin);
  const code = await runCli(argv, io);
  return { code, stdout: io.out.join(""), stderr: io.err.join("") };
}
