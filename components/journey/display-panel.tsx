"use client";

import { useT } from "@/lib/i18n/client";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { RichText } from "./rich-text";

type DisplayPanelProps = { title: string; content: string; busy: boolean; onContinue: () => void };

/** Information the server asks to show between two steps, then Continue. */
export function DisplayPanel({ title, content, busy, onContinue }: DisplayPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const t = useT("form");
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="display-title" className="space-y-6 rounded-lg border border-line bg-white p-5 sm:p-8">
      <h2 id="display-title" ref={heading} tabIndex={-1} className="text-2xl font-bold outline-none shadow-none">
        {title}
      </h2>
      <RichText text={content} />
      <Button loading={busy} onClick={onContinue}>
        {t("continue")}
      </Button>
    </section>
  );
}
