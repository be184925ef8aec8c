/** How the web app writes money, dates and answers: one place for every page. */
export { formatAmount } from "./amount";
export { formatMoney } from "./money";
export { coverText, formatDate, formatDateTime, formatLongDate, formatTimestamp, todayInUk } from "./date";
