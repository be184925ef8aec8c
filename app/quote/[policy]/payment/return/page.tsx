import { redirect } from "next/navigation";
import { donePath, paymentPath } from "@/lib/journey/paths";

type Props = { params: Promise<{ policy: string }>; searchParams: Promise<{ payment?: string | string[] }> };

/**
 * Where the payment provider sends the customer back. The outcome is read from the policy on the next page,
 * not trusted from here.
 */
export default async function PaymentReturnPage({ params, searchParams }: Props) {
  const { policy: n } = await params;
  const { payment } = await searchParams;
  if (payment === "succeeded") redirect(donePath(n));
  redirect(`${paymentPath(n)}?payment=${payment === "processing" ? "processing" : "declined"}`);
}
