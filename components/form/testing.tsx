/** Test helpers for the form renderer (imported by *.test.tsx only). */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { vi } from "vitest";
import { fieldSchema, type Field, type Form } from "@/contract/form";
import { FormRenderer, type FormRendererProps, type SubmitOutcome } from "./form-renderer";

export const TODAY = "2026-06-15";

export function field(type: string, name: string, extra: Record<string, unknown> = {}): Field {
  const title = name.charAt(0).toUpperCase() + name.slice(1).replace(/_/g, " ");
  return fieldSchema.parse({ type, name, title, ...extra });
}

export function makeForm(fields: Field[], extra: Partial<Form> = {}): Form {
  return { form_id: "step_1", form_name: "Your details", form_type: "form", fields, ...extra };
}

export function renderForm(fields: Field[], props: Partial<FormRendererProps> = {}) {
  const onSubmit = vi.fn<(answers: Record<string, unknown>) => Promise<SubmitOutcome | void>>(async () => undefined);
  const user = userEvent.setup();
  const all: FormRendererProps = { form: makeForm(fields), policyNumber: "P-100", onSubmit, today: TODAY, ...props };
  const view = render(<FormRenderer {...all} />);
  const submit = () => user.click(screen.getByRole("button", { name: "Continue" }));
  const rerenderWith = (next: Partial<FormRendererProps>) => view.rerender(<FormRenderer {...all} {...next} />);
  return { ...view, user, onSubmit: (props.onSubmit as typeof onSubmit | undefined) ?? onSubmit, submit, rerenderWith };
}

/** The messages shown on a control (its aria-describedby text). */
export function errorTextOf(element: HTMLElement): string {
  const ids = (element.getAttribute("aria-describedby") ?? "").split(" ").filter((id) => id.endsWith("-error"));
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}
