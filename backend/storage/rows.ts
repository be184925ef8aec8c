import type { attachments, authTokens, customers, otpCodes, outbox, payments, PolicyRow } from "./schema";

/** The rows the stores hand out, as types only: the domain reads them, never the tables behind them. */
export type {
  PolicyRow,
  Progress,
  PaymentRow,
  AttachmentRow,
  UserRow,
  InstalmentRow,
  EndorsementRow,
  PolicyRenewalRow,
  PendingChange,
} from "./schema";
export type NewAttachment = typeof attachments.$inferInsert;
export type NewPayment = typeof payments.$inferInsert;
export type CustomerRow = typeof customers.$inferSelect;
export type AuthTokenRow = typeof authTokens.$inferSelect;
export type NewAuthToken = typeof authTokens.$inferInsert;
export type OtpCodeRow = typeof otpCodes.$inferSelect;
export type NewOtpCode = typeof otpCodes.$inferInsert;
export type OutboxRow = typeof outbox.$inferSelect;
export type NewOutboxRow = typeof outbox.$inferInsert;
/** A policy as a list shows it: every column but the answers, the journey's progress and the quote token's hash. */
export type ListedPolicy = Omit<PolicyRow, "answers" | "progress" | "quoteTokenHash">;
