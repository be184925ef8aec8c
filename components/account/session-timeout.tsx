"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { signInPath, type SignInReason } from "@/lib/account/paths";
import { staySignedIn } from "@/lib/account/stay-signed-in";
import { minutesLeft, schedule, WARN_BEFORE_MS, type RefreshResult } from "@/lib/account/timeout";
import { useT } from "@/lib/i18n/client";
import { isExpired } from "@/lib/token-expiry";
import { useAccountSignOut } from "./use-sign-out";

type SessionTimeoutProps = {
  /** When the sign-in ends (ISO timestamp, from sign-in or the last refresh). */
  expiresAt: string;
  warnBeforeMs?: number;
};

const FOCUSABLE = "button:not([disabled]), a[href], input:not([disabled]), [tabindex]:not([tabindex='-1'])";

/** Warns before the sign-in runs out, offers to stay signed in, and goes to sign-in (saying why) when it does. */
export function SessionTimeout({ expiresAt: initial, warnBeforeMs = WARN_BEFORE_MS }: SessionTimeoutProps) {
  const t = useT("session");
  const ui = useT("ui");
  const router = useRouter();
  const { signOut, busy: signingOut } = useAccountSignOut();
  const [expiresAt, setExpiresAt] = useState(initial);
  const [open, setOpen] = useState(false);
  const [left, setLeft] = useState(warnBeforeMs);
  const [staying, setStaying] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const stayButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  // The end in force right now: a timer set for an end that has since moved does nothing.
  const latest = useRef(initial);

  const expire = useCallback(
    (reason: SignInReason) =>
      router.replace(signInPath({ reason, next: window.location.pathname + window.location.search })),
    [router],
  );

  useEffect(() => {
    const plan = schedule(expiresAt, Date.now(), warnBeforeMs);
    if (!plan) return;
    const stale = () => latest.current !== expiresAt;
    const warn = setTimeout(() => {
      if (stale()) return;
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setLeft(Date.parse(expiresAt) - Date.now());
      setProblem(null);
      setOpen(true);
    }, plan.warnIn);
    const end = setTimeout(() => stale() || expire("timeout"), plan.endIn);
    // Timers sleep with the computer: check again when the page is looked at.
    const check = () => document.visibilityState === "visible" && !stale() && isExpired(expiresAt) && expire("timeout");
    document.addEventListener("visibilitychange", check);
    return () => {
      clearTimeout(warn);
      clearTimeout(end);
      document.removeEventListener("visibilitychange", check);
    };
  }, [expiresAt, warnBeforeMs, expire]);

  useEffect(() => {
    if (open) stayButton.current?.focus();
  }, [open]);

  async function stay() {
    setStaying(true);
    setProblem(null);
    const result = await staySignedIn(ui).catch((): RefreshResult => ({ ok: false, detail: t("unreachable") }));
    setStaying(false);
    if (result.ok) {
      latest.current = result.expiresAt;
      setOpen(false);
      setExpiresAt(result.expiresAt);
      returnFocus.current?.focus();
      return;
    }
    if (result.ended) return expire("ended");
    setProblem(result.detail);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Escape") {
      event.preventDefault();
      if (!staying) void stay(); // closing the warning means "I'm still here"
      return;
    }
    if (event.key !== "Tab" || !dialog.current) return;
    const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const [first, last] = [items[0], items.at(-1)];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  if (!open) return null;
  return (
    <div className="fixed inset-0 z-50 flex items-end justify-center bg-ink/60 p-4 sm:items-center">
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape and the Tab trap */}
      <div
        ref={dialog}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="session-timeout-title"
        aria-describedby="session-timeout-text"
        onKeyDown={onKeyDown}
        className="w-full max-w-md space-y-4 rounded-lg bg-white p-6 shadow-xl"
      >
        <h2 id="session-timeout-title" className="text-xl font-bold">
          {t("warning", { minutes: minutesLeft(left) })}
        </h2>
        <p id="session-timeout-text">{t("why")}</p>
        {problem ? <Alert tone="error">{problem}</Alert> : null}
        <div className="flex flex-wrap gap-4 pt-2">
          <Button ref={stayButton} loading={staying} onClick={() => void stay()}>
            {t("stay")}
          </Button>
          <Button variant="secondary" loading={signingOut} onClick={() => void signOut()}>
            {t("signOut")}
          </Button>
        </div>
      </div>
    </div>
  );
}
