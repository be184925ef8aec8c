"use client";

import dynamic from "next/dynamic";
import type { Form } from "@/contract/form";
import { DeclarationsForm, isDeclarationsOnly } from "./declarations-form";

// Another backend may ask for more than ticks to confirm: only then does the page load the whole renderer.
const ConfirmFormFull = dynamic(() => import("./confirm-form-full"));

type ConfirmFormProps = { submitLabel: string; policyNumber: string; form: Form };

/** The confirmation form; a confirmed quote goes on to payment (or straight to done when nothing is due). */
export function ConfirmForm(props: ConfirmFormProps) {
  return isDeclarationsOnly(props.form) ? <DeclarationsForm {...props} /> : <ConfirmFormFull {...props} />;
}
