export * from "./admin-units/index.js";
export * from "./core/index.js";
export * from "./document-code/index.js";
export * from "./indicators/index.js";
export * from "./organs/index.js";
export * from "./positions/index.js";
export * from "./references/index.js";
export * from "./text/index.js";
