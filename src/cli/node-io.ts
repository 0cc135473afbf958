import { readFile } from "node:fs/promises";
import process from "node:process";
import type { CliIo } from "./io.js";

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The {@link CliIo} of a real process: the standard streams and the file system.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), nodeIo);
 * ```
 */
export const nodeIo: CliIo = Object.freeze({
  stdout: (text: string) => {
    process.stdout.write(text);
  },
  stderr: (text: string) => {
    process.stderr.write(text);
  },
  readFile: (path: string) => readFile(path, "utf8"),
  readStdin: () => readAll(process.stdin),
});
