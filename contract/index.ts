export * from "./form";
export * from "./errors";
export * from "./pricing";
export * from "./statuses";
export * from "./journey";
export * from "./policy";
