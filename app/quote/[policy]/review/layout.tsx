import type { ReactNode } from "react";
import { SharedClientMessages } from "@/lib/i18n/client-messages";

/** The review's confirmation forms read the shared client words. */
export default function ReviewLayout({ children }: { children: ReactNode }) {
  return <SharedClientMessages>{children}</SharedClientMessages>;
}
