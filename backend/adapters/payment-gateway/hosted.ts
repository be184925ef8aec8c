import type { PaymentGateway } from "./types";

/** A real gateway's hosted page, given its address (PAYMENT_GATEWAY_URL): it gets the token as `?token=`. */
export function hostedGateway(pageUrl: string): PaymentGateway {
  return {
    hostedPageUrl(token) {
      const url = new URL(pageUrl);
      url.searchParams.set("token", token);
      return url.href;
    },
  };
}
