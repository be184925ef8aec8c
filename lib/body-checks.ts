// Checks for reading an API answer without zod, where a page must not load zod's chunk for it
// (journey/price-response.ts, cancellation/refund-quote-reader.ts). Money as contract/pricing.ts's moneySchema has it.

const MONEY = /^-?\d+\.\d{2}$/;

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
export const isString = (v: unknown): v is string => typeof v === "string";
export const isMoney = (v: unknown): v is string => isString(v) && MONEY.test(v);
