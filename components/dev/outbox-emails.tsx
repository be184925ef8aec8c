"use client";

import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LabelledControl } from "@/components/ui/labelled-control";
import { OUTBOX_REFRESH_MS, readOutbox, type Outbox } from "@/lib/dev/outbox";

/**
 * The outbox's emails to `to`, read now, again `OUTBOX_REFRESH_MS` after each answer, and at once on `refresh()`
 * (an answer to an older read is dropped).
 */
function useOutbox(to: string) {
  const [read, setRead] = useState<{ to: string; outbox: Outbox } | null>(null);
  const [fetching, setFetching] = useState(true);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = async () => {
      setFetching(true);
      const outbox = await readOutbox(to);
      if (!current) return;
      setRead({ to, outbox });
      setFetching(false);
      timer = setTimeout(() => void next(), OUTBOX_REFRESH_MS);
    };
    void next();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [to, asked]);
  return { outbox: read?.to === to ? read.outbox : undefined, fetching, refresh: () => setAsked((n) => n + 1) };
}

/**
 * The outbox's emails to `to` (every address when empty), read through the app's proxy and asked again
 * every few seconds; Refresh asks now. The filter is a plain GET form, so the address stays in the URL.
 */
export function OutboxEmails({ to }: { to: string }) {
  const { outbox, fetching, refresh } = useOutbox(to);
  if (!outbox) return <p role="status">Loading the outbox…</p>;
  if (!outbox.available)
    return (
      <Alert tone="info" title="The outbox is only available in development.">
        {outbox.detail ? <p>{outbox.detail}</p> : null}
      </Alert>
    );
  return (
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
        <Button variant="secondary" loading={fetching} onClick={refresh}>
          Refresh
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
              <dd>{email.created_at ? <time dateTime={email.created_at}>{email.created_at}</time> : "Not recorded"}</dd>
            </dl>
            <pre className="mt-3 whitespace-pre-wrap font-sans">{email.body}</pre>
          </li>
        ))}
      </ol>
    </>
  );
}
