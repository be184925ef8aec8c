import { redirect } from "next/navigation";
import { donePath, paymentPath } from "@/lib/journey/paths";

type Props = { params: Promise<{ policy: string }>; searchParams: Promise<{ payment?: string | string[]; reason?: string | string[] }> };

/** Where the payment provider sends the customer back: the done page, or the payment page with the reason. */
export default async function PaymentReturnPage({ params, searchParams }: Props) {
  const { policy: n } = await params;
  const { payment, reason } = await searchParams;
  if (payment === "succeeded") redirect(donePath(n));
  const query = new URLSearchParams({ payment: "declined" });
  if (typeof reason === "string" && reason) query.set("reason", reason.slice(0, 200));
  redirect(`${paymentPath(n)}?${query}`);
}
