import { Alert } from "@/components/ui/alert";
import type { SignInReason } from "@/lib/account/paths";

const TEXTS: Record<SignInReason, { title: string; text: string }> = {
  timeout: {
    title: "You were signed out after 30 minutes without activity",
    text: "This keeps your details safe. Sign in again to carry on where you were.",
  },
  ended: { title: "Your session has ended", text: "Please sign in again to see your policies." },
  "signed-out": { title: "You've signed out", text: "Thank you. You can sign in again at any time." },
};

/** Why the person is on the sign-in page, when they didn't come here on purpose. */
export function SignInReasonNotice({ reason }: { reason: SignInReason }) {
  const { title, text } = TEXTS[reason];
  return (
    <Alert tone={reason === "signed-out" ? "success" : "info"} title={title} className="mb-8">
      <p>{text}</p>
    </Alert>
  );
}
