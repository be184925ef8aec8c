import { Alert } from "@/components/ui/alert";
import { suspendedSentence } from "@/lib/account/suspension";

/** A suspended policy says so in words, not only in its badge. */
export function SuspendedNotice({ status, logs }: { status: string; logs?: Parameters<typeof suspendedSentence>[1] }) {
  const sentence = suspendedSentence(status, logs);
  return sentence ? (
    <Alert tone="warning" title="Your cover is suspended">
      <p>{sentence}</p>
    </Alert>
  ) : null;
}
