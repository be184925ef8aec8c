"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { useT } from "@/lib/i18n/client";

// The form's code is fetched only when someone opens the disclosure: most people never do.
const EmailContinueForm = dynamic(() => import("./email-continue-form"), {
  loading: () => <Loading />,
});

function Loading() {
  return <p className="mt-4 text-muted">{useT("step")("loading")}</p>;
}

/** "Email me a link to continue": a disclosure on every step of a quote, when the backend offers it. */
export function EmailContinueLink({ policyNumber }: { policyNumber: string }) {
  const [opened, setOpened] = useState(false);
  const t = useT("step");
  return (
    <details className="mt-8 border-t border-line pt-6" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-700 underline underline-offset-4">
        {t("emailLink")}
      </summary>
      {opened ? <EmailContinueForm policyNumber={policyNumber} /> : null}
    </details>
  );
}
