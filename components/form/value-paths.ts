import type { FormValues } from "@/lib/form-values";

/** A form-state path's keys: "drivers.0.name" → ["drivers", "0", "name"] (keys hold no dots: lib/field-key.ts). */
const keysOf = (path: string) => path.split(".");

/** The value at a path, or undefined where the path leads nowhere. */
export function valueAt(values: FormValues, path: string): unknown {
  let at: unknown = values;
  for (const key of keysOf(path)) {
    if (typeof at !== "object" || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/**
 * The values with `value` at `path`: a copy of each object and array along the path, the rest shared, so whoever
 * holds the old values (a snapshot a component rendered) still sees them as they were.
 */
export function withValueAt(values: FormValues, path: string, value: unknown): FormValues {
  const put = (at: unknown, keys: string[]): unknown => {
    if (keys.length === 0) return value;
    const [key, ...rest] = keys;
    const copy = (
      Array.isArray(at) ? [...at] : typeof at === "object" && at !== null ? { ...at } : /^\d+$/.test(key) ? [] : {}
    ) as Record<string, unknown>;
    copy[key] = put(copy[key], rest);
    return copy;
  };
  return put(values, keysOf(path)) as FormValues;
}
