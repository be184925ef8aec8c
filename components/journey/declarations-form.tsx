"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import type { AnyField, Answers, Form } from "@/contract/form";
import { withRuleLanguage } from "@/contract/rules/messages";
import { checkboxRule } from "@/contract/rules/types/checkbox";
import { ClientForm } from "@/components/ui/client-form";
import { ErrorSummary } from "@/components/form/error-summary-box";
import { controlId } from "@/components/form/field-props";
import { ContentField } from "@/components/form/fields/content-field";
import { withTitle } from "@/components/form/summary-text";
import { boxClasses } from "@/components/ui/control-classes";
import { Button } from "@/components/ui/button";
import { FieldShell } from "@/components/ui/field-shell";
import { fieldKey } from "@/lib/field-key";
import { useRuleLanguage, useT } from "@/lib/i18n/client";

const PLAIN = new Set(["checkbox", "content", "hidden"]);

/** A confirmation form of ticks (and text between them) only, as ours is: drawn without the whole form renderer. */
export function isDeclarationsOnly(form: Form): boolean {
  return form.fields.every((f) => PLAIN.has(f.type) && !f.show_if);
}

type Messages = { fields: Record<string, string[]>; form: string[] };
const messagesOf = (form: Form): Messages => ({
  form: [...(form.errors ?? [])],
  fields: Object.fromEntries(form.fields.filter((f) => f.errors?.length).map((f) => [f.name, [...f.errors!]])),
});
const hasMessages = (m: Messages) => m.form.length > 0 || Object.keys(m.fields).length > 0;
const idOf = (field: AnyField) => controlId(fieldKey(field.name));

/**
 * Each declaration's tick as the form holds it. The boxes keep their own state rather than React's, so a tick made
 * before the page's script was running (a slow phone) still counts: hydration would have put a controlled box back.
 */
function tickedIn(element: HTMLFormElement, form: Form): Record<string, boolean> {
  const boxes = form.fields.filter((f) => f.type === "checkbox");
  return Object.fromEntries(
    boxes.map((f) => {
      const box = element.elements.namedItem(f.name);
      return [f.name, box instanceof HTMLInputElement && box.checked];
    }),
  );
}

// The sending (the API client, the journey's moves and, through them, the response schemas) is not needed to show the
// form: loaded when the form is first focused, so it is there by the time it is sent.
const confirmOutcome = () => import("./confirm-outcome");

type DeclarationsFormProps = { submitLabel: string; policyNumber: string; form: Form };

/** The declarations to tick before buying: checked here by the rules engine's own checkbox rule, then by the API. */
export function DeclarationsForm({ policyNumber, form: sent, submitLabel }: DeclarationsFormProps) {
  const t = useT("form");
  const ui = useT("ui");
  const language = useRuleLanguage();
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  const [form, setForm] = useState(sent);
  const [messages, setMessages] = useState(() => messagesOf(sent));
  // The API's errors on a form it sent back are focused at once, as the renderer does.
  const [focusToken, setFocusToken] = useState(() => (hasMessages(messagesOf(sent)) ? 1 : 0));
  const [sending, setSending] = useState(false);
  const working = sending || navigating;

  const show = (next: Messages) => {
    setMessages(next);
    setFocusToken((n) => n + 1);
  };

  function ownCheck(ticked: Record<string, boolean>): Messages {
    const fields: Record<string, string[]> = {};
    for (const field of form.fields.filter((f) => f.type === "checkbox")) {
      const errors = withRuleLanguage(language, () => checkboxRule.validate(field, ticked[field.name], { today: "" }));
      if (errors.length) fields[field.name] = errors;
    }
    return { fields, form: [] };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (working) return;
    const ticked = tickedIn(event.currentTarget, form);
    const own = ownCheck(ticked);
    if (hasMessages(own)) return show(own);
    const answers: Answers = Object.fromEntries(
      form.fields
        .filter((f) => f.type !== "content")
        .map((f) => [f.name, f.type === "checkbox" ? ticked[f.name] : (f.value ?? null)]),
    );
    setSending(true);
    try {
      const { sendConfirmation } = await confirmOutcome();
      const outcome = await sendConfirmation(policyNumber, form, answers, t, ui);
      if ("go" in outcome) {
        if (outcome.go.reload) window.location.assign(outcome.go.href);
        else startNavigation(() => router.push(outcome.go.href));
        return;
      }
      const back = outcome.form ? messagesOf(outcome.form) : { fields: {}, form: [] };
      if (outcome.form && isDeclarationsOnly(outcome.form)) setForm(outcome.form);
      show({ ...back, form: [...back.form, ...outcome.formErrors.filter((m) => !back.form.includes(m))] });
    } catch {
      show({ fields: {}, form: [t("sendFailed")] });
    } finally {
      setSending(false);
    }
  }

  const entries = [
    ...messages.form.map((text, i) => ({ key: `form-${i}`, text })),
    ...form.fields.flatMap((f) =>
      (messages.fields[f.name] ?? []).map((text) => ({
        key: `${f.name}:${text}`,
        text: withTitle(f.title, text),
        target: idOf(f),
      })),
    ),
  ];

  return (
    <ClientForm noValidate onSubmit={submit} onFocus={() => void confirmOutcome()} className="space-y-8">
      <ErrorSummary entries={entries} focusToken={focusToken} />
      {form.fields.map((field) => {
        if (field.type === "content") return <ContentField key={field.name} field={field} />;
        if (field.type !== "checkbox") return null;
        const id = idOf(field);
        return (
          <FieldShell
            key={field.name}
            id={id}
            title={field.title}
            required={field.required}
            helpText={field.help_text}
            errors={messages.fields[field.name] ?? []}
            variant="checkbox"
          >
            {(aria) => (
              <input
                {...aria}
                name={field.name}
                type="checkbox"
                defaultChecked={field.value === true}
                onChange={() => {
                  // A message goes once its declaration is changed.
                  setMessages((current) => {
                    if (!current.fields[field.name]) return current;
                    const fields = { ...current.fields };
                    delete fields[field.name];
                    return { ...current, fields };
                  });
                }}
                disabled={field.read_only}
                className={`${boxClasses} mt-1`}
              />
            )}
          </FieldShell>
        );
      })}
      <div className="pt-2">
        <Button type="submit" loading={working}>
          {submitLabel}
        </Button>
      </div>
    </ClientForm>
  );
}
