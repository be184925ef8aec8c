import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OutboxEmails } from "@/components/dev/outbox-emails";
import { PageHeader } from "@/components/ui/page-header";
import { getEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Outbox (development)", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ to?: string | string[] }> };

/**
 * Emails the backend would have sent (codes, links), for development and the end-to-end tests. A developer's tool,
 * never shown to customers (not found without DEV_OUTBOX): it stays in English, outside the message catalogues.
 */
export default async function OutboxPage({ searchParams }: Props) {
  if (!getEnv().DEV_OUTBOX) notFound();
  const raw = (await searchParams).to;
  const to = typeof raw === "string" ? raw.trim() : "";
  return (
    <>
      <PageHeader title="Outbox" description="Emails the policy service has sent, newest first. Development only." />
      <OutboxEmails to={to} />
    </>
  );
}
