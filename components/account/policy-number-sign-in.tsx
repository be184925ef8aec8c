"use client";

import { useRef, useState, type FormEvent } from "react";
import { ClientForm } from "@/components/ui/client-form";
import { Button } from "@/components/ui/button";
import { anyBody, callApi } from "@/lib/client-api";
import { accountApi } from "@/lib/account/paths";
import { useT } from "@/lib/i18n/client";
import { FocusedAlert } from "./focused-alert";
import { TextField } from "./text-field";

type Errors = { policyNumber?: string; lastName?: string };

/** Sign-in, way 2: a policy number and the policyholder's last name (that one policy only). */
export function PolicyNumberSignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const t = useT("signIn");
  const ui = useT("ui");
  const [policyNumber, setPolicyNumber] = useState("");
  const [lastName, setLastName] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<{ text: string; id: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const numberInput = useRef<HTMLInputElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const found: Errors = {};
    if (!policyNumber.trim()) found.policyNumber = t("numberMissing");
    if (!lastName.trim()) found.lastName = t("lastNameMissing");
    setErrors(found);
    if (found.policyNumber) return numberInput.current?.focus();
    if (found.lastName) return nameInput.current?.focus();
    setProblem(null);
    setBusy(true);
    const res = await callApi(accountApi.policyLogin, anyBody, {
      body: { policy_number: policyNumber.trim(), last_name: lastName.trim() },
      words: ui,
    });
    if (res.ok) return onSignedIn();
    setBusy(false);
    setProblem({ text: res.detail, id: Date.now() });
  }

  return (
    <ClientForm noValidate onSubmit={(event) => void submit(event)} className="space-y-6">
      {problem ? (
        <FocusedAlert key={problem.id} tone="error" title={t("cantSignIn")}>
          <p>{problem.text}</p>
        </FocusedAlert>
      ) : null}
      <TextField
        ref={numberInput}
        id="sign-in-policy-number"
        label={t("numberLabel")}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        value={policyNumber}
        onChange={setPolicyNumber}
        error={errors.policyNumber}
        helpText={t("numberHelp")}
        width="max-w-xs"
      />
      <TextField
        ref={nameInput}
        id="sign-in-last-name"
        label={t("lastNameLabel")}
        autoComplete="family-name"
        required
        value={lastName}
        onChange={setLastName}
        error={errors.lastName}
        helpText={t("lastNameHelp")}
        width="max-w-md"
      />
      <Button type="submit" loading={busy}>
        {t("signInWithNumber")}
      </Button>
    </ClientForm>
  );
}
