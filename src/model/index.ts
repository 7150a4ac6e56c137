export * from "./document.js";
export * from "./event.js";
export * from "./event-change.js";
export * from "./evidence.js";
export * from "./mention.js";
export * from "./output.js";
export * from "./stored-event.js";
