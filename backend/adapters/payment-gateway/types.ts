/** The card form a sandbox page posts; a real gateway keeps its form on its own site. */
export type CardInput = Record<string, string | undefined>;

/** What the gateway said about the card: recorded on the payment before it is processed. */
export type GatewayResult = { approved: boolean; reason: string; payerName: string; last4: string };

/** A payment gateway with a hosted page: where to send the customer to pay for one payment token. */
export interface PaymentGateway {
  hostedPageUrl(token: string, returnUrl: string): string;
}
