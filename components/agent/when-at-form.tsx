"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import { controlClasses } from "@/components/ui/control-classes";
import { Button } from "@/components/ui/button";
import { LabelledControl } from "@/components/ui/labelled-control";

/** The local date-time as `datetime-local` writes it (YYYY-MM-DDTHH:mm). */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The form's words, in the page's language (the server translates them). */
type WhenAtWords = Record<"label" | "button" | "invalid" | "future", string>;
type WhenAtFormProps = { policyNumber: string; whenAt?: string; words: WhenAtWords };

/**
 * "View as of": a GET form (works without script); with script, the browser's local time is sent
 * as an ISO timestamp with its offset, so the server knows exactly which moment was meant.
 */
export function WhenAtForm({ policyNumber, whenAt, words }: WhenAtFormProps) {
  const router = useRouter();
  const [value, setValue] = useState("");
  // The browser's own time zone: only known after hydration.
  useEffect(() => setValue(toLocalInput(whenAt)), [whenAt]);
  const [problem, setProblem] = useState<string | null>(null);
  const action = `/agent/policies/${encodeURIComponent(policyNumber)}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const at = new Date(value);
    if (!value || Number.isNaN(at.getTime())) return setProblem(words.invalid);
    if (at.getTime() > Date.now()) return setProblem(words.future);
    setProblem(null);
    router.push(`${action}?when_at=${encodeURIComponent(at.toISOString())}`);
  }

  return (
    <form method="get" action={action} onSubmit={submit} noValidate className="flex flex-wrap items-end gap-4">
      <LabelledControl htmlFor="when-at" label={words.label}>
        <input
          id="when-at"
          name="when_at"
          type="datetime-local"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? "when-at-error" : undefined}
          className={controlClasses(Boolean(problem), "w-64")}
        />
      </LabelledControl>
      <Button type="submit" variant="secondary">
        {words.button}
      </Button>
      {problem ? (
        <p id="when-at-error" role="alert" className="w-full font-semibold text-danger">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
