import type { ReactNode } from "react";
import { SharedClientMessages } from "@/lib/i18n/client-messages";

/** The first step's form and its controls read the shared client words (the intro next door needs none). */
export default function ApplyLayout({ children }: { children: ReactNode }) {
  return <SharedClientMessages>{children}</SharedClientMessages>;
}
