"use client";

import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { ClientForm } from "@/components/ui/client-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";

export type ActionResult = {
  tone: "success" | "error" | "warning" | "info";
  title?: string;
  body: ReactNode;
  /** Stay on the confirmation step, e.g. to try again after a conflict. */
  keepOpen?: boolean;
};

type ActionPanelProps = {
  title: string;
  description?: ReactNode;
  /** The button that opens the confirmation step. */
  startLabel: string;
  question: ReactNode;
  confirmLabel: string;
  /** Inputs asked for on the confirmation step (read by `run` from its own state). */
  children?: ReactNode;
  /** A plain-words problem with the inputs, or null. */
  validate?: () => string | null;
  /** The outcome to show here, or null when the page shows it (e.g. a change that reloads the policy). */
  run: () => Promise<ActionResult | null>;
};

/** One policy action: a start button, a confirmation step (with any inputs), then a clear result. */
export function ActionPanel({
  title,
  description,
  startLabel,
  question,
  confirmLabel,
  children,
  validate,
  run,
}: ActionPanelProps) {
  const id = useId();
  const t = useT("agentActions");
  const [step, setStep] = useState<"idle" | "confirming" | "working">("idle");
  const [result, setResult] = useState<ActionResult | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  // After each change of step or result: the result if there is one, else the question when it opens.
  useEffect(() => {
    if (result) resultRef.current?.focus();
    else if (step === "confirming") questionRef.current?.focus();
  }, [step, result]);

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step === "working") return;
    const problem = validate?.() ?? null;
    if (problem) return setResult({ tone: "error", body: problem, keepOpen: true });
    setStep("working");
    setResult(null);
    const outcome = await run();
    setResult(outcome);
    setStep(outcome?.keepOpen ? "confirming" : "idle");
  }

  const open = step !== "idle";
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-line bg-white p-5">
      <h3 id={`${id}-title`} className="text-lg font-bold">
        {title}
      </h3>
      {description ? <div className="mt-1 text-muted">{description}</div> : null}
      {!open ? (
        <Button
          variant="secondary"
          className="mt-4"
          aria-expanded={false}
          aria-controls={`${id}-confirm`}
          onClick={() => {
            setResult(null);
            setStep("confirming");
          }}
        >
          {startLabel}
        </Button>
      ) : (
        <ClientForm
          id={`${id}-confirm`}
          onSubmit={(e) => void confirm(e)}
          noValidate
          className="mt-4 space-y-4 border-s-4 border-brand-700 ps-4"
        >
          <p ref={questionRef} tabIndex={-1} className="font-semibold outline-none">
            {question}
          </p>
          {children}
          <div className="flex flex-wrap gap-4">
            <Button type="submit" loading={step === "working"}>
              {confirmLabel}
            </Button>
            <Button
              variant="link"
              disabled={step === "working"}
              onClick={() => {
                setResult(null);
                setStep("idle");
              }}
            >
              {t("goBack")}
            </Button>
          </div>
        </ClientForm>
      )}
      {result ? (
        <div ref={resultRef} tabIndex={-1} className="mt-4 outline-none">
          <Alert tone={result.tone} title={result.title}>
            {result.body}
          </Alert>
        </div>
      ) : null}
    </section>
  );
}
