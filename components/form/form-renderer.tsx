"use client";

import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type FormEvent,
  type RefObject,
} from "react";
import type { Answers, Field, Form } from "@/contract/form";
import { todayISO, type RuleContext, type RuleLanguage } from "@/contract/rules";
import { ClientForm } from "@/components/ui/client-form";
import { Button } from "@/components/ui/button";
import { checkForm, fieldName, toAnswers, toFormValues, type FormValues } from "@/lib/form-values";
import { useRuleLanguage, useT } from "@/lib/i18n/client";
import { useDraft } from "@/lib/use-draft";
import { FormErrorSummary } from "./error-summary";
import { FieldList } from "./field-list";
import { FieldStore } from "./field-store";
import { initialValues } from "./initial-values";
import { RendererContext } from "./renderer-context";
import { useFirstScreen } from "./use-first-screen";
import { clearServerPath, hasServerErrors, NO_SERVER_ERRORS, serverErrorsOf, type ServerErrors } from "./server-errors";

/** What onSubmit may hand back: the server's form when it has errors, and/or form-level messages. */
export type SubmitOutcome = { form?: Form | null; formErrors?: string[] };

export type FormRendererProps = {
  form: Form;
  /** Needed for uploads; null before the first step is saved. */
  policyNumber: string | null;
  /** Receives the answers the engine accepted (fields hidden by show_if and content left out). */
  onSubmit: (answers: Answers) => Promise<SubmitOutcome | void>;
  submitLabel?: string;
  /** localStorage key for this step's draft; clear it with clearDraft(key) once the server accepts the step. */
  draftKey?: string;
  busy?: boolean;
  /** ISO date for relative date rules; defaults to the browser's today. */
  today?: string;
  /** Every edit: the answers as they now stand, and the top-level field that changed. */
  onValuesChange?: (answers: Answers, changed: string | undefined) => void;
};

/**
 * Forms of more fields than this let fields off screen skip style, layout and paint (`.long-form` in
 * field-frame.css), and mount their first screenful first in the browser (useFirstScreen). A short step does
 * neither: its fields would trade a placeholder height for their own as they scroll in, a layout shift that saves
 * nothing on a page this small.
 */
const LONG_FORM_FIELDS = 40;

function isLongForm(fields: Form["fields"]): boolean {
  let count = 0;
  const visit = (list: Form["fields"]) => {
    for (const field of list) {
      count += 1;
      if (field.fields) visit(field.fields);
    }
  };
  visit(fields);
  return count > LONG_FORM_FIELDS;
}

/** The rules engine's check of the form's fields as they are when it runs (the server may send new ones). */
const checkOf = (fields: RefObject<Field[]>, ctx: RuleContext, language: RuleLanguage | null) => (values: FormValues) =>
  checkForm(fields.current, values, ctx, language);

/** The top-level field an edit at a form-state path belongs to. */
const changed = (name: string | null) => (name ? fieldName(name.split(".")[0]) : undefined);

/** A server-defined form. Keyboard-only friendly: Enter submits, errors are summarised and linked. */
export function FormRenderer({
  form,
  policyNumber,
  onSubmit,
  submitLabel,
  draftKey,
  busy = false,
  today,
  onValuesChange,
}: FormRendererProps) {
  const t = useT("form");
  const ruleLanguage = useRuleLanguage();
  const [day] = useState(() => today ?? todayISO());
  const fields = useRef(form.fields);
  const [server, setServer] = useState<ServerErrors>(() => serverErrorsOf(form));
  const [focusToken, setFocusToken] = useState(() => (hasServerErrors(serverErrorsOf(form)) ? 1 : 0));
  const shown = useRef(form);
  const [store] = useState(
    () => new FieldStore(initialValues(form.fields), server.fields, checkOf(fields, { today: day }, ruleLanguage)),
  );
  const isSubmitting = useSyncExternalStore(store.subscribeStatus, store.isSubmitting, store.isSubmitting);
  useLayoutEffect(() => store.setServer(server.fields), [store, server.fields]);

  const showServer = (next: ServerErrors) => {
    setServer(next);
    if (hasServerErrors(next)) setFocusToken((n) => n + 1);
  };

  // A new form object: the server's answer for this step (errors) or, with a new form_id, the next step.
  useEffect(() => {
    fields.current = form.fields;
    if (shown.current === form) return;
    if (shown.current.form_id !== form.form_id) store.reset(initialValues(form.fields));
    shown.current = form;
    showServer(serverErrorsOf(form));
  }, [form, store]);

  const onValues = useRef(onValuesChange);
  onValues.current = onValuesChange;

  // A server message goes once its field is edited; listeners hear of every edit.
  useEffect(
    () =>
      store.subscribeChanges((path) => {
        if (path) setServer((current) => clearServerPath(current, path));
        if (onValues.current) onValues.current(toAnswers(fields.current, store.all()), changed(path));
      }),
    [store],
  );

  const draft = useDraft(draftKey, {
    read: () => toAnswers(fields.current, store.all()),
    apply: (answers) => {
      const names = new Set(fields.current.filter((f) => f.type !== "hidden" && !f.read_only).map((f) => f.name));
      const kept = Object.fromEntries(Object.entries(answers).filter(([name]) => names.has(name)));
      store.reset({ ...store.all(), ...toFormValues(fields.current, kept) });
    },
    subscribe: (onChange) => store.subscribeChanges(() => onChange()),
  });

  const uploading = useRef(0);
  const trackUpload = useCallback((delta: 1 | -1) => {
    uploading.current += delta;
  }, []);

  async function send(answers: Answers) {
    draft.flush();
    if (uploading.current > 0) return showServer({ ...NO_SERVER_ERRORS, form: [t("stillUploading")] });
    let outcome: SubmitOutcome | void;
    try {
      outcome = await onSubmit(answers);
    } catch {
      outcome = { formErrors: [t("sendFailed")] };
    }
    const next = outcome?.form ? serverErrorsOf(outcome.form) : { ...NO_SERVER_ERRORS, form: [] };
    for (const message of outcome?.formErrors ?? []) if (!next.form.includes(message)) next.form.push(message);
    showServer(next);
  }

  const submit = () => store.submit(send, () => setFocusToken((n) => n + 1));
  const context = useMemo(
    () => ({ policyNumber, today: day, store, trackUpload, Fields: FieldList }),
    [policyNumber, day, store, trackUpload],
  );
  const working = busy || isSubmitting;
  const long = isLongForm(form.fields);
  const mounted = useFirstScreen(long ? form.fields.length : 0, form.form_id);

  return (
    <RendererContext.Provider value={context}>
      <ClientForm
        noValidate
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          if (!working) void submit();
        }}
        className={long ? "long-form space-y-8" : "space-y-8"}
      >
        <FormErrorSummary fields={form.fields} server={server} focusToken={focusToken} />
        <FieldList fields={form.fields} limit={long ? mounted : undefined} />
        <div className="pt-2">
          <Button type="submit" loading={working}>
            {submitLabel ?? t("continue")}
          </Button>
        </div>
      </ClientForm>
    </RendererContext.Provider>
  );
}
