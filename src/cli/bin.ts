import process from "node:process";
import { nodeIo, runCli } from "./index.js";

// `vnpolity extract … | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});
process.exitCode = await runCli(process.argv.slice(2), nodeIo);
