// The `vnpolity` command's public face inside the repository (the package exports none of it): runCli and its IO.
export { type CliIo, EXIT } from "./io.js";
export { nodeIo } from "./node-io.js";
export { runCli } from "./run.js";
export { CLI_VERSION } from "./version.js";
