"use client";

import Link from "next/link";
import { ActionPanel, type ActionResult } from "@/components/agent/action-panel";
import { policyApi } from "@/lib/agent/paths";
import { callApi } from "@/lib/client-api";

const WORDS = {
  copy: {
    title: "Copy to a new quote",
    description: "Starts a new quote with the same answers, recorded as sold by you. This policy does not change.",
    question: (n: string) => `Make a new quote from policy ${n}?`,
    confirm: "Yes, copy it",
    done: "New quote created",
  },
  renew: {
    title: "Renew",
    description: "Starts a renewal quote from this policy's answers; the customer's renewal questions are asked again.",
    question: (n: string) => `Start a renewal of policy ${n}?`,
    confirm: "Yes, start the renewal",
    done: "Renewal quote created",
  },
} as const;

/** Copy (or renew): a new quote to carry on at /quote/<new number>. */
export function NewQuoteAction({ policyNumber, kind }: { policyNumber: string; kind: "copy" | "renew" }) {
  const words = WORDS[kind];

  async function run(): Promise<ActionResult> {
    const res = await callApi(
      policyApi.action(policyNumber, kind),
      () => import("@/lib/agent/schemas").then((m) => m.newQuoteSchema),
      { method: "POST" },
    );
    if (!res.ok) return { tone: "error", title: "That didn't work", body: res.detail };
    const n = res.data.policy_number;
    return {
      tone: "success",
      title: words.done,
      body: (
        <p>
          The new quote is {n}. <Link href={`/quote/${encodeURIComponent(n)}`}>Continue quote {n}</Link> or{" "}
          <Link href={`/agent/policies/${encodeURIComponent(n)}`}>open it in the console</Link>.
        </p>
      ),
    };
  }

  return (
    <ActionPanel
      title={words.title}
      description={words.description}
      startLabel={words.title}
      question={words.question(policyNumber)}
      confirmLabel={words.confirm}
      run={run}
    />
  );
}
