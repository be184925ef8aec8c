import { keyLabel } from "@/lib/key-label";

/** Any answer as text: lists joined, files by name, yes/no for booleans. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.map(formatValue).join(", ") || "—";
  if (typeof value === "object") {
    const named = (value as { name?: unknown }).name;
    if (typeof named === "string") return named;
    return Object.entries(value)
      .map(([k, v]) => `${keyLabel(k)}: ${formatValue(v)}`)
      .join("; ");
  }
  return String(value);
}
