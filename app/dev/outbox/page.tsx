import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { notFound } from "next/navigation";
import { getEnv } from "@/lib/env";
import { readOutbox } from "@/lib/dev/outbox";
import { LabelledControl } from "@/components/ui/labelled-control";

export const metadata: Metadata = { title: "Outbox (development)", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ to?: string | string[] }> };

/** Emails the backend would have sent (codes, links), for development and the end-to-end tests. */
export default async function OutboxPage({ searchParams }: Props) {
  if (!getEnv().DEV_OUTBOX) notFound();
  const raw = (await searchParams).to;
  const to = typeof raw === "string" ? raw.trim() : "";
  const outbox = await readOutbox(to);
  return (
    <>
      <PageHeader title="Outbox" description="Emails the policy service has sent, newest first. Development only." />
      {!outbox.available ? (
        <Alert tone="info" title="The outbox is only available in development.">
          {outbox.detail ? <p>{outbox.detail}</p> : null}
        </Alert>
      ) : (
        <>
          <form method="get" className="mb-8 flex flex-wrap items-end gap-4">
            <LabelledControl htmlFor="outbox-to" label="Email address">
              <input
                id="outbox-to"
                name="to"
                type="email"
                defaultValue={to}
                className="block w-72 max-w-full rounded-md border-2 border-ink/70 bg-white px-3 py-2.5"
              />
            </LabelledControl>
            <Button type="submit" variant="secondary">
              Show emails
            </Button>
          </form>
          {outbox.emails.length === 0 ? <p>No emails{to ? ` to ${to}` : ""} yet.</p> : null}
          <ol className="space-y-4">
            {outbox.emails.map((email, i) => (
              <li key={email.id ?? i} className="rounded-lg border border-line bg-white p-5" data-testid="outbox-email">
                <h2 className="text-lg font-bold">{email.subject}</h2>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 text-muted">
                  <dt>To</dt>
                  <dd>{email.to}</dd>
                  <dt>Sent</dt>
                  <dd>
                    {email.created_at ? <time dateTime={email.created_at}>{email.created_at}</time> : "Not recorded"}
                  </dd>
                </dl>
                <pre className="mt-3 whitespace-pre-wrap font-sans">{email.body}</pre>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
