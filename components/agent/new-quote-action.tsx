"use client";

import Link from "next/link";
import { ActionPanel, type ActionResult } from "@/components/agent/action-panel";
import { policyApi } from "@/lib/agent/paths";
import { callApi } from "@/lib/client-api";
import { useT } from "@/lib/i18n/client";

/** Each kind's keys in the `agentActions` messages: its title, description, question, confirmation and outcome. */
const KEYS = {
  copy: {
    title: "copyTitle",
    description: "copyLead",
    question: "copyQuestion",
    confirm: "copyConfirm",
    done: "copyDone",
  },
  renew: {
    title: "renewTitle",
    description: "renewLead",
    question: "renewQuestion",
    confirm: "renewConfirm",
    done: "renewDone",
  },
} as const;

/** Copy (or renew): a new quote to carry on at /quote/<new number>. */
export function NewQuoteAction({ policyNumber, kind }: { policyNumber: string; kind: "copy" | "renew" }) {
  const keys = KEYS[kind];
  const t = useT("agentActions");
  const ui = useT("ui");

  async function run(): Promise<ActionResult> {
    const res = await callApi(
      policyApi.action(policyNumber, kind),
      () => import("@/lib/agent/schemas").then((m) => m.newQuoteSchema),
      { method: "POST", words: ui },
    );
    if (!res.ok) return { tone: "error", title: t("didntWork"), body: res.detail };
    const n = res.data.policy_number;
    const continueHref = `/quote/${encodeURIComponent(n)}`;
    return {
      tone: "success",
      title: t(keys.done),
      body: (
        <p>
          {t("newQuoteIs", { n })} <Link href={continueHref}>{t("continueQuote", { n })}</Link> {t("or")}{" "}
          <Link href={`/agent/policies/${encodeURIComponent(n)}`}>{t("openInConsole")}</Link>.
        </p>
      ),
    };
  }

  return (
    <ActionPanel
      title={t(keys.title)}
      description={t(keys.description)}
      startLabel={t(keys.title)}
      question={t(keys.question, { n: policyNumber })}
      confirmLabel={t(keys.confirm)}
      run={run}
    />
  );
}
