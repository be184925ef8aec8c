/** The card form a sandbox page posts; a real gateway keeps its form on its own site. */
export type CardInput = Record<string, string | undefined>;

/** What the gateway said about the card: recorded on the payment before it is processed. */
export type GatewayResult = {
  approved: boolean;
  reason: string;
  payerName: string;
  last4: string;
  /** The gateway's reference to the card, kept to take later instalments; a secret: never shown or logged. */
  cardToken?: string;
};

/** A payment gateway with a hosted page: where to send the customer to pay for one payment token. */
export interface PaymentGateway {
  hostedPageUrl(token: string, returnUrl: string): string;
  /**
   * Takes `amount` from a card the customer paid by before (`cardToken`), without them: a monthly instalment.
   * `idempotencyKey` names this try, so a retry after a crash is not charged twice. Absent when the gateway
   * can't (then instalments wait, due, until it can).
   */
  chargeStoredCard?(charge: {
    cardToken: string;
    amount: string;
    currency: string;
    idempotencyKey: string;
  }): Promise<GatewayResult>;
}
