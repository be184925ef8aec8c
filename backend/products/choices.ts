import type { Choice } from "@/contract/form";

/** Choices from [value, label] pairs. */
export const choices = (...pairs: [string, string][]): Choice[] => pairs.map(([value, label]) => ({ value, label }));

export const YES_NO = choices(["yes", "Yes"], ["no", "No"]);
export const MB = 1024 * 1024;
