"use client";

import { useRef, useState, type FormEvent } from "react";
import { ClientForm } from "@/components/ui/client-form";
import { Button } from "@/components/ui/button";
import { anyBody, callApi } from "@/lib/client-api";
import { around } from "@/lib/account/words";
import { accountApi } from "@/lib/account/paths";
import { useT } from "@/lib/i18n/client";
import { FocusedAlert } from "./focused-alert";
import { TextField } from "./text-field";

type Message = { tone: "success" | "error"; text: string; id: number };

/** Sign-in, way 1: an email address, then the 6-digit code sent to it. */
export function EmailCodeSignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const t = useT("signIn");
  const ui = useT("ui");
  const [stage, setStage] = useState<"email" | "code">("email");
  const [email, setEmail] = useState("");
  const [code, setCode] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState<"send" | "verify" | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const show = (tone: Message["tone"], text: string) => setMessage({ tone, text, id: Date.now() });
  const invalid = (text: string) => {
    setFieldError(text);
    input.current?.focus();
  };

  async function sendCode(again: boolean) {
    const address = email.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) return invalid(t("emailInvalid"));
    setFieldError(null);
    setMessage(null);
    setBusy("send");
    const res = await callApi(accountApi.otpRequest, anyBody, { body: { email: address }, words: ui });
    setBusy(null);
    if (!res.ok) return show("error", res.detail);
    setCode("");
    setStage("code");
    show("success", t(again ? "resent" : "sent"));
  }

  async function verify() {
    const digits = code.replace(/\s+/g, "");
    if (!/^\d{6}$/.test(digits)) return invalid(t("codeInvalid"));
    setFieldError(null);
    setMessage(null);
    setBusy("verify");
    const res = await callApi(accountApi.otpVerify, anyBody, {
      body: { email: email.trim(), code: digits },
      words: ui,
    });
    if (res.ok) return onSignedIn();
    setBusy(null);
    show("error", res.detail);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    void (stage === "email" ? sendCode(false) : verify());
  }

  function changeEmail() {
    setStage("email");
    setMessage(null);
    setFieldError(null);
    setTimeout(() => input.current?.focus(), 0);
  }

  const sentTo = around(t, "sentTo", ["email"]);
  return (
    <ClientForm noValidate onSubmit={submit} className="space-y-6">
      {message ? (
        <FocusedAlert
          key={message.id}
          tone={message.tone}
          title={message.tone === "error" ? t("cantSignIn") : undefined}
        >
          <p>{message.text}</p>
        </FocusedAlert>
      ) : null}
      {stage === "email" ? (
        <TextField
          ref={input}
          id="sign-in-email"
          label={t("emailLabel")}
          type="email"
          autoComplete="email"
          spellCheck={false}
          required
          value={email}
          onChange={setEmail}
          error={fieldError}
          helpText={t("emailHelp")}
        />
      ) : (
        <>
          <p>
            {sentTo[0]}
            <strong className="break-all">{email.trim()}</strong>
            {sentTo[1]}
          </p>
          <TextField
            ref={input}
            id="sign-in-code"
            label={t("codeLabel")}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            required
            value={code}
            onChange={setCode}
            error={fieldError}
            width="max-w-40 tracking-widest"
          />
        </>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" loading={busy !== null && busy === (stage === "email" ? "send" : "verify")}>
          {t(stage === "email" ? "sendCode" : "signIn")}
        </Button>
        {stage === "code" ? (
          <>
            <Button variant="secondary" loading={busy === "send"} onClick={() => void sendCode(true)}>
              {t("sendNewCode")}
            </Button>
            <Button variant="link" onClick={changeEmail}>
              {t("differentEmail")}
            </Button>
          </>
        ) : null}
      </div>
    </ClientForm>
  );
}
