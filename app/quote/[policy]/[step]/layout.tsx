import type { ReactNode } from "react";
import { SharedClientMessages } from "@/lib/i18n/client-messages";

/** A step's form and its controls read the shared client words. */
export default function StepLayout({ children }: { children: ReactNode }) {
  return <SharedClientMessages>{children}</SharedClientMessages>;
}
