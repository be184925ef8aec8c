"use client";

import { useRef, useState, type MouseEvent } from "react";
import { Spinner } from "@/components/ui/spinner";
import { filenameFrom } from "@/lib/account/documents";
import { useIntlTag, useT } from "@/lib/i18n/client";

type DocumentDownloadProps = { href: string; label: string; filename: string };
type State = { kind: "idle" } | { kind: "preparing" } | { kind: "done" } | { kind: "failed"; detail: string };

/** The server's sentence for a refusal; null: say our own. */
async function problemOf(res: Response): Promise<string | null> {
  const body = (await res.json().catch(() => null)) as { detail?: unknown } | null;
  return typeof body?.detail === "string" ? body.detail : null;
}

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement("a"), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A refusal, with the server's sentence when it gave one; or no answer at all (`offline`). */
class DownloadError extends Error {
  detail: string | null;
  offline: boolean;
  constructor(detail: string | null, offline = false) {
    super(detail ?? "download failed");
    this.detail = detail;
    this.offline = offline;
  }
}

/** The document's bytes and the name the server gives it; refusals throw with their own sentence, if any. */
async function fetchDocument(href: string, filename: string): Promise<{ blob: Blob; name: string }> {
  let res: Response;
  try {
    res = await fetch(href, { credentials: "same-origin", cache: "no-store" });
  } catch {
    throw new DownloadError(null, true);
  }
  if (!res.ok) throw new DownloadError(await problemOf(res));
  return { blob: await res.blob(), name: filenameFrom(res.headers.get("content-disposition"), filename) };
}

/**
 * A document link that says "Preparing…" while the server makes the file, then saves it. Without
 * script (or with a modifier key) it is the plain link; if saving a file this way fails, the link is followed.
 */
export function DocumentDownload({ href, label, filename }: DocumentDownloadProps) {
  const t = useT("policyActions");
  const tag = useIntlTag();
  const [state, setState] = useState<State>({ kind: "idle" });
  // A second click while the first is being prepared does nothing, even before the re-render says "Preparing…".
  const pending = useRef(false);
  const failure = (error: unknown) =>
    error instanceof DownloadError && error.offline
      ? t("downloadOffline")
      : (error instanceof DownloadError && error.detail) || t("downloadFailed");

  async function download(event: MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    if (pending.current) return;
    pending.current = true;
    setState({ kind: "preparing" });
    let file: { blob: Blob; name: string };
    try {
      file = await fetchDocument(href, filename);
    } catch (error) {
      setState({ kind: "failed", detail: failure(error) });
      return;
    } finally {
      pending.current = false;
    }
    try {
      save(file.blob, file.name);
      setState({ kind: "done" });
    } catch {
      setState({ kind: "idle" });
      window.location.assign(href);
    }
  }

  const busy = state.kind === "preparing";
  return (
    <div className="space-y-1">
      <a
        href={href}
        download={filename}
        onClick={(event) => void download(event)}
        aria-disabled={busy || undefined}
        className="inline-flex min-h-11 items-center gap-2 font-semibold aria-disabled:cursor-progress"
      >
        {busy ? <Spinner /> : null}
        {label}
      </a>
      <div aria-live="polite" className="text-sm">
        {busy ? <p className="text-muted">{t("preparing", { name: label.toLocaleLowerCase(tag) })}</p> : null}
        {state.kind === "done" ? <p className="text-success">{t("downloaded", { name: label })}</p> : null}
        {state.kind === "failed" ? (
          <p role="alert" className="font-semibold text-danger">
            {state.detail}
          </p>
        ) : null}
      </div>
    </div>
  );
}
