"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";

/** Copies text to the clipboard and says so; if the browser refuses, says how to copy by hand. */
export function CopyButton({ text }: { text: string }) {
  const [said, setSaid] = useState("");
  const t = useT("agentActions");

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setSaid(t("copied"));
    } catch {
      setSaid(t("copyRefused"));
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-3">
      <Button variant="secondary" onClick={() => void copy()}>
        {t("copyLink")}
      </Button>
      <span role="status" className="font-semibold">
        {said}
      </span>
    </span>
  );
}
