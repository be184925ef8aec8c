import type { PaymentRequest } from "@/contract/journey";
import { tabStorage } from "@/lib/tab-storage";
import { journeySchemas } from "./schemas-on-demand";

const key = (policyNumber: string) => `payment:${policyNumber}`;

/** Keeps what confirm answered (amount and modes) for this tab, so the payment page survives a reload. */
export function savePayment(policyNumber: string, payment: PaymentRequest): void {
  try {
    tabStorage().setItem(key(policyNumber), JSON.stringify(payment));
  } catch {
    // Storage blocked: the payment page sends the person back to the review to confirm again.
  }
}

export async function loadPayment(policyNumber: string): Promise<PaymentRequest | null> {
  const { paymentRequestSchema } = await journeySchemas();
  try {
    const parsed = paymentRequestSchema.safeParse(JSON.parse(tabStorage().getItem(key(policyNumber)) ?? "null"));
    return parsed.success && parsed.data.modes.length > 0 ? parsed.data : null;
  } catch {
    return null;
  }
}
