"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type MouseEvent } from "react";
import { Spinner } from "@/components/ui/spinner";
import { filenameFrom } from "@/lib/account/documents";

type DocumentDownloadProps = { href: string; label: string; filename: string };
type State = { kind: "idle" } | { kind: "preparing" } | { kind: "done" } | { kind: "failed"; detail: string };

const FAILED = "We couldn't prepare this document. Please try again in a moment.";
const OFFLINE = "We couldn't reach Harbour Insurance. Check your connection and try again.";

async function problemOf(res: Response): Promise<string> {
  const body = (await res.json().catch(() => null)) as { detail?: unknown } | null;
  return typeof body?.detail === "string" ? body.detail : FAILED;
}

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement("a"), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A document link that says "Preparing…" while the server makes the file, then saves it. Without
 * script (or with a modifier key) it is the plain link; if saving a file this way fails, the link is followed.
 */
class DownloadError extends Error {}

/** The document's bytes and the name the server gives it; refusals throw their own sentence. */
async function fetchDocument(href: string, filename: string): Promise<{ blob: Blob; name: string }> {
  let res: Response;
  try {
    res = await fetch(href, { credentials: "same-origin", cache: "no-store" });
  } catch {
    throw new DownloadError(OFFLINE);
  }
  if (!res.ok) throw new DownloadError(await problemOf(res));
  return { blob: await res.blob(), name: filenameFrom(res.headers.get("content-disposition"), filename) };
}

export function DocumentDownload({ href, label, filename }: DocumentDownloadProps) {
  const [saved, setSaved] = useState(false);
  const preparing = useMutation({ mutationFn: () => fetchDocument(href, filename) });

  function download(event: MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    if (preparing.isPending) return;
    setSaved(false);
    preparing.mutate(undefined, {
      onSuccess: ({ blob, name }) => {
        try {
          save(blob, name);
          setSaved(true);
        } catch {
          preparing.reset();
          window.location.assign(href);
        }
      },
    });
  }

  const state: State = preparing.isPending
    ? { kind: "preparing" }
    : preparing.isError
      ? { kind: "failed", detail: preparing.error instanceof DownloadError ? preparing.error.message : FAILED }
      : saved
        ? { kind: "done" }
        : { kind: "idle" };
  const busy = state.kind === "preparing";
  return (
    <div className="space-y-1">
      <a
        href={href}
        download={filename}
        onClick={download}
        aria-disabled={busy || undefined}
        className="inline-flex min-h-11 items-center gap-2 font-semibold aria-disabled:cursor-progress"
      >
        {busy ? <Spinner /> : null}
        {label}
      </a>
      <div aria-live="polite" className="text-sm">
        {busy ? <p className="text-muted">Preparing {label.toLowerCase()}… this can take a few seconds.</p> : null}
        {state.kind === "done" ? <p className="text-success">{label} downloaded.</p> : null}
        {state.kind === "failed" ? (
          <p role="alert" className="font-semibold text-danger">
            {state.detail}
          </p>
        ) : null}
      </div>
    </div>
  );
}
