import { Alert } from "@/components/ui/alert";
import { suspendedSentence } from "@/lib/account/suspension";
import { getLanguage, getT } from "@/lib/i18n/server";

type Logs = Parameters<typeof suspendedSentence>[3];

/** A suspended policy says so in words, not only in its badge. */
export async function SuspendedNotice({ status, logs }: { status: string; logs?: Logs }) {
  const [t, { tag }] = await Promise.all([getT("account"), getLanguage()]);
  const sentence = suspendedSentence(status, t, tag, logs);
  return sentence ? (
    <Alert tone="warning" title={t("suspendedTitle")}>
      <p>{sentence}</p>
    </Alert>
  ) : null;
}
