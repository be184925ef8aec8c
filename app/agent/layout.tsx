import type { ReactNode } from "react";
import { SharedClientMessages } from "@/lib/i18n/client-messages";

/** The console's sign-in, sign-out, actions and changes read the shared client words. */
export default function AgentLayout({ children }: { children: ReactNode }) {
  return <SharedClientMessages>{children}</SharedClientMessages>;
}
