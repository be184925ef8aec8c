import type { SORTABLE } from "@/lib/agent/search-params";

const COLUMN_WORDS: Record<(typeof SORTABLE)[number], string> = {
  policy_number: "policy number",
  customer_name: "customer name",
  status: "status",
  start_date: "start date",
  end_date: "end date",
  created_on: "date created",
};

/** An ordering ("-created_on") in words: "Date created, newest first". */
export function orderWords(ordering: string): string {
  const column = ordering.replace(/^-/, "") as keyof typeof COLUMN_WORDS;
  const descending = ordering.startsWith("-");
  const dated = column.endsWith("date") || column === "created_on";
  const direction = dated ? (descending ? "newest first" : "oldest first") : descending ? "Z to A" : "A to Z";
  const words = `${COLUMN_WORDS[column] ?? column}, ${direction}`;
  return words.charAt(0).toUpperCase() + words.slice(1);
}
