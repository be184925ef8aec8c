import type { Translate } from "@/lib/i18n/catalogue";
import type { SORTABLE } from "@/lib/agent/search-params";

/** Each sortable column's key in the `agent` messages. */
const COLUMN_KEYS: Record<(typeof SORTABLE)[number], string> = {
  policy_number: "byPolicyNumber",
  customer_name: "byCustomerName",
  status: "byStatus",
  start_date: "byStartDate",
  end_date: "byEndDate",
  created_on: "byCreatedOn",
};

/** An ordering ("-created_on") in words (the `agent` messages): "Date created, newest first". */
export function orderWords(ordering: string, t: Translate): string {
  const column = ordering.replace(/^-/, "") as keyof typeof COLUMN_KEYS;
  const descending = ordering.startsWith("-");
  const dated = column.endsWith("date") || column === "created_on";
  const direction = dated ? (descending ? "newestFirst" : "oldestFirst") : descending ? "zToA" : "aToZ";
  const words = t("orderWords", {
    column: COLUMN_KEYS[column] ? t(COLUMN_KEYS[column]) : column,
    direction: t(direction),
  });
  return words.charAt(0).toUpperCase() + words.slice(1);
}
