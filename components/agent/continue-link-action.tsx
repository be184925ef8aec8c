"use client";

import { useState } from "react";
import { boxClasses, controlClasses } from "@/components/ui/control-classes";
import { ActionPanel, type ActionResult } from "@/components/agent/action-panel";
import { CopyButton } from "@/components/agent/copy-button";
import { policyApi } from "@/lib/agent/paths";
import { callApi } from "@/lib/client-api";
import { formatDateTime } from "@/lib/format/date";
import type { ContinueLink } from "@/lib/agent/schemas";

function LinkResult({ link, emailed }: { link: ContinueLink; emailed: boolean }) {
  return (
    <div className="space-y-3">
      <p>
        {emailed ? "We've emailed this link to the customer." : "Send this link to the customer."} It works until{" "}
        {formatDateTime(link.expires_at)}.
      </p>
      <label htmlFor="continue-link-url" className="block font-semibold">
        Link to continue the quote
      </label>
      <input
        id="continue-link-url"
        readOnly
        value={link.url}
        onFocus={(e) => e.currentTarget.select()}
        className={controlClasses(false, "font-mono text-sm")}
      />
      <CopyButton text={link.url} />
    </div>
  );
}

const EMAIL_HINT_ID = "continue-link-email-hint";

/**
 * Makes a signed link that lets the customer carry on with this quote in their own browser. `email`: the
 * customer's address from the answers; without one the link can't be emailed, only copied.
 */
export function ContinueLinkAction({ policyNumber, email }: { policyNumber: string; email: string | null }) {
  const [sendEmail, setSendEmail] = useState(email !== null);

  async function run(): Promise<ActionResult> {
    const body = { send_email: sendEmail && email !== null, base_url: window.location.origin };
    const res = await callApi(
      policyApi.action(policyNumber, "continue-link"),
      () => import("@/lib/agent/schemas").then((m) => m.continueLinkSchema),
      { body },
    );
    if (!res.ok) return { tone: "error", title: "We couldn't make the link", body: res.detail };
    return {
      tone: "success",
      title: "Continue link ready",
      body: <LinkResult link={res.data} emailed={body.send_email} />,
    };
  }

  return (
    <ActionPanel
      title="Send a continue link"
      description="The customer can open the link to finish this quote themselves."
      startLabel="Send a continue link"
      question={`Make a continue link for quote ${policyNumber}?`}
      confirmLabel="Yes, make the link"
      run={run}
    >
      <div>
        <label className="inline-flex min-h-11 items-center gap-2">
          <input
            type="checkbox"
            checked={sendEmail && email !== null}
            disabled={email === null}
            aria-describedby={EMAIL_HINT_ID}
            onChange={(e) => setSendEmail(e.target.checked)}
            className={boxClasses}
          />
          Email the link to the customer
        </label>
        <p id={EMAIL_HINT_ID} className="text-muted">
          {email === null
            ? "The quote has no email address yet, so the link can't be emailed: copy it and send it yourself."
            : `It goes to ${email}.`}
        </p>
      </div>
    </ActionPanel>
  );
}
