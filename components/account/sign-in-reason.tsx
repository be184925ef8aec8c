import { Alert } from "@/components/ui/alert";
import type { SignInReason } from "@/lib/account/paths";
import { getT } from "@/lib/i18n/server";

/** Each reason's title and text keys in the account's words. */
const KEYS: Record<SignInReason, [string, string]> = {
  timeout: ["timeoutTitle", "timeoutText"],
  ended: ["endedTitle", "endedText"],
  "signed-out": ["signedOutTitle", "signedOutText"],
};

/** Why the person is on the sign-in page, when they didn't come here on purpose. */
export async function SignInReasonNotice({ reason }: { reason: SignInReason }) {
  const t = await getT("account");
  const [title, text] = KEYS[reason];
  return (
    <Alert tone={reason === "signed-out" ? "success" : "info"} title={t(title)} className="mb-8">
      <p>{t(text)}</p>
    </Alert>
  );
}
