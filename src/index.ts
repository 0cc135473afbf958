export * from "./core/index.js";
export * from "./text/index.js";
