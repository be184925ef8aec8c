import Link from "next/link";
import type { Meta, SubmitResponse } from "@/contract/journey";
import type { Form } from "@/contract/form";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { StepIndicator } from "@/components/ui/step-indicator";
import { FocusHeading } from "./focus-heading";
import { EmailContinueLink } from "./email-continue-link";
import { ResendCode } from "./resend-code";
import { RichText } from "./rich-text";
import type { Translate } from "@/lib/i18n/catalogue";
import { stepTitle } from "@/lib/journey/steps";
import { valuesKey } from "@/lib/journey/traversal";
import { StepForm } from "./step-form";

/** What a step shows of the product's meta. */
export type StepMeta = Pick<Meta, "name" | "form_sequence" | "can_email_continue_link">;

export type StepViewProps = {
  slug: string;
  meta: StepMeta;
  policyNumber: string | null;
  state: Pick<SubmitResponse, "description" | "pricing"> & { form: Form };
  /** The previous step (or the product's intro); none on a code check. */
  back?: { href: string; label: string } | null;
  /** The answer that led here was a `display`: its text is shown before the form. */
  displayFirst?: boolean;
};

/** A step of the quote: progress, Back, what the step is about, the form and the price so far. */
/** The step itself, drawn on the server (StepView) or in the browser from a kept answer (StashedStep). */
export function StepViewBody(props: StepViewProps & { t: Translate; notice?: ReactNode }) {
  const { slug, meta, policyNumber, state, back, displayFirst, t, notice } = props;
  const { form, description } = state;
  const isCodeCheck = form.form_type === "otp";
  return (
    <>
      <FocusHeading key={form.form_id} />
      {back ? (
        <p className="mb-4">
          <Link href={back.href} className="inline-flex min-h-11 items-center font-semibold">
            <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
              ←
            </span>
            &nbsp;
            {back.label === "Back" ? t("back") : back.label}
          </Link>
        </p>
      ) : null}
      {notice}
      <StepIndicator steps={meta.form_sequence} currentId={form.form_id} t={t} />
      <PageHeader
        focusTarget
        eyebrow={meta.name}
        title={stepTitle(state, meta.name)}
        description={
          description.title || description.content ? (
            <>
              {description.title && description.title !== form.form_name ? (
                <p className="font-semibold text-ink">{description.title}</p>
              ) : null}
              <RichText text={description.content} className="mt-2" />
            </>
          ) : null
        }
      />
      <StepForm
        // New saved values from the server (a refresh after Back) remount the form with them.
        key={`${form.form_id}:${valuesKey(form.fields.map((f) => f.value))}`}
        slug={slug}
        policyNumber={policyNumber}
        form={form}
        pricing={state.pricing ?? null}
        displayFirst={displayFirst}
      />
      {isCodeCheck && policyNumber ? (
        <ResendCode slug={slug} policyNumber={policyNumber} formId={form.form_id} />
      ) : null}
      {/* Our backend's extension: without the flag (any other backend) nothing is offered. */}
      {policyNumber && meta.can_email_continue_link ? <EmailContinueLink policyNumber={policyNumber} /> : null}
    </>
  );
}
