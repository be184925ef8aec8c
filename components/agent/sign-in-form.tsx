"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { ClientForm } from "@/components/ui/client-form";
import { controlClasses } from "@/components/ui/control-classes";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { policyApi } from "@/lib/agent/paths";
import { anyBody, callApi } from "@/lib/client-api";
import { useT } from "@/lib/i18n/client";
import { LabelledControl } from "@/components/ui/labelled-control";

/** Username and password, posted through the app's proxy, which keeps the token in the session cookie. */
type Words = Record<"notSignedIn" | "enterBoth" | "username" | "password" | "signIn", string>;

export function SignInForm({ next, words }: { next: string; words: Words }) {
  const router = useRouter();
  const ui = useT("ui");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const username = String(data.get("username") ?? "").trim();
    const password = String(data.get("password") ?? "");
    if (!username || !password) return show(words.enterBoth);
    setBusy(true);
    setProblem(null);
    const res = await callApi(policyApi.login, anyBody, { body: { username, password }, words: ui });
    if (!res.ok) {
      setBusy(false);
      return show(res.detail);
    }
    router.replace(next);
    router.refresh();
  }

  function show(message: string) {
    setProblem(message);
    requestAnimationFrame(() => alertRef.current?.focus());
  }

  return (
    <ClientForm noValidate onSubmit={(e) => void submit(e)} className="max-w-md space-y-6">
      {problem ? (
        <div ref={alertRef} tabIndex={-1} className="outline-none">
          <Alert tone="error" title={words.notSignedIn}>
            {problem}
          </Alert>
        </div>
      ) : null}
      <LabelledControl htmlFor="agent-username" label={words.username} large>
        <input
          id="agent-username"
          name="username"
          autoComplete="username"
          spellCheck={false}
          autoCapitalize="none"
          required
          className={controlClasses(false)}
        />
      </LabelledControl>
      <LabelledControl htmlFor="agent-password" label={words.password} large>
        <input
          id="agent-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={controlClasses(false)}
        />
      </LabelledControl>
      <Button type="submit" loading={busy}>
        {words.signIn}
      </Button>
    </ClientForm>
  );
}
