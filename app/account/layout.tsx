import type { ReactNode } from "react";
import { SharedClientMessages } from "@/lib/i18n/client-messages";

/** The account's sign-in, sign-out and policy actions read the shared client words. */
export default function AccountLayout({ children }: { children: ReactNode }) {
  return <SharedClientMessages>{children}</SharedClientMessages>;
}
