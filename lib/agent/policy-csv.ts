import "server-only";
import { decimalText } from "@/contract/format/decimal-text";
import { endpoints, pathTo } from "@/contract/endpoints";
import { postJson } from "@/lib/api";
import { csvStream, type CsvColumn } from "@/lib/agent/csv";
import { policyListResponseSchema } from "@/contract/policy";
import type { PolicyListItem } from "@/lib/agent/schemas";
import { toListRequest, type AgentSearch } from "@/lib/agent/search-params";
import type { UpstreamAuth } from "@/lib/upstream";

export const EXPORT_PAGE_SIZE = 1000;

export const POLICY_CSV_COLUMNS: CsvColumn<PolicyListItem>[] = [
  { header: "Policy number", value: (p) => p.policy_number },
  { header: "Customer", value: (p) => p.customer_name },
  { header: "Product", value: (p) => p.product_name },
  { header: "Product slug", value: (p) => p.product_slug },
  { header: "Status", value: (p) => p.status },
  { header: "Start date", value: (p) => p.start_date },
  { header: "End date", value: (p) => p.end_date },
  // The v3 list gives the premium as a number; a spreadsheet should read 128.80, not 128.8.
  { header: "Premium", value: (p) => (p.premium === null ? null : decimalText(p.premium)) },
  { header: "Currency", value: (p) => p.currency },
  { header: "Created on", value: (p) => p.created_on },
  { header: "Last updated on", value: (p) => p.last_updated_on },
  { header: "Last updated by", value: (p) => p.last_updated_by },
  { header: "Sold by", value: (p) => p.user },
  { header: "Agent code", value: (p) => p.agent_code },
  { header: "Parent policy", value: (p) => p.parent_policy_number },
  { header: "Renewed from", value: (p) => p.renewed_from_policy_number },
];

export function exportFileName(now = new Date()): string {
  return `policies-${now.toISOString().slice(0, 10)}.csv`;
}

/**
 * Every policy of a search as a CSV stream, 1000 at a time without counting. The first page is
 * fetched before the stream starts, so a refusal still becomes an HTTP error (it throws ApiError).
 */
export async function policyCsv(search: AgentSearch, auth: UpstreamAuth): Promise<ReadableStream<Uint8Array>> {
  // Pages come one after another: each goes on from the last one's `next_cursor` where the API gives it (our
  // extension), so a long export never makes the database skip rows; a backend without cursors pages by number.
  let cursor: string | undefined;
  const fetchPage = async (page: number) => {
    const body = { ...toListRequest(search, { page, per_page: EXPORT_PAGE_SIZE, no_count: true }), cursor };
    const answer = await postJson(pathTo(endpoints.policySearch), policyListResponseSchema, body, auth);
    cursor = answer.next_cursor;
    return answer.policies;
  };
  return csvStream(POLICY_CSV_COLUMNS, await fetchPage(1), EXPORT_PAGE_SIZE, fetchPage);
}
