// Money as the browser writes it, with no decimal.js: formatAmount (lib/format/amount.ts) is the server's.
export { formatMoney } from "@/contract/format/money";
