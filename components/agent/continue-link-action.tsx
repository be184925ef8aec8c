"use client";

import { useState } from "react";
import { boxClasses, controlClasses } from "@/components/ui/control-classes";
import { ActionPanel, type ActionResult } from "@/components/agent/action-panel";
import { CopyButton } from "@/components/agent/copy-button";
import { policyApi } from "@/lib/agent/paths";
import { callApi } from "@/lib/client-api";
import { formatDateTime } from "@/lib/format/date";
import type { ContinueLink } from "@/lib/agent/schemas";
import { useIntlTag, useT } from "@/lib/i18n/client";

function LinkResult({ link, emailed }: { link: ContinueLink; emailed: boolean }) {
  const t = useT("agentActions");
  const tag = useIntlTag();
  return (
    <div className="space-y-3">
      <p>
        {emailed ? t("emailed") : t("sendIt")} {t("worksUntil", { when: formatDateTime(link.expires_at, tag) })}
      </p>
      <label htmlFor="continue-link-url" className="block font-semibold">
        {t("linkLabel")}
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
  const t = useT("agentActions");
  const ui = useT("ui");

  async function run(): Promise<ActionResult> {
    const body = { send_email: sendEmail && email !== null, base_url: window.location.origin };
    const res = await callApi(
      policyApi.action(policyNumber, "continue-link"),
      () => import("@/lib/agent/schemas").then((m) => m.continueLinkSchema),
      { body, words: ui },
    );
    if (!res.ok) return { tone: "error", title: t("linkFailed"), body: res.detail };
    return {
      tone: "success",
      title: t("linkReady"),
      body: <LinkResult link={res.data} emailed={body.send_email} />,
    };
  }

  return (
    <ActionPanel
      title={t("linkTitle")}
      description={t("linkLead")}
      startLabel={t("linkTitle")}
      question={t("linkQuestion", { n: policyNumber })}
      confirmLabel={t("linkConfirm")}
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
          {t("emailIt")}
        </label>
        <p id={EMAIL_HINT_ID} className="text-muted">
          {email === null ? t("noEmail") : t("goesTo", { email })}
        </p>
      </div>
    </ActionPanel>
  );
}
