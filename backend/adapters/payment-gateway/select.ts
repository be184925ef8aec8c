import { hostedGateway } from "./hosted";
import { sandboxGateway } from "./sandbox";
import type { PaymentGateway } from "./types";

/** The real gateway when configured (always in production); otherwise the sandbox. */
export const paymentGatewayFor = (config: { PAYMENT_GATEWAY_URL?: string }): PaymentGateway =>
  config.PAYMENT_GATEWAY_URL ? hostedGateway(config.PAYMENT_GATEWAY_URL) : sandboxGateway;
