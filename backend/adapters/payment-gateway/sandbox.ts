import { chargeSandboxCard } from "./sandbox-page";
import type { PaymentGateway } from "./types";

/** The sandbox's page, served by this API (never in production) and reached through the web app. */
export const sandboxGateway: PaymentGateway = {
  hostedPageUrl: (token, returnUrl) => new URL(`/api/v3/payment/sandbox/${token}/`, returnUrl).href,
  chargeStoredCard: async ({ cardToken }) => chargeSandboxCard(cardToken),
};
