import "server-only";
import { cache } from "react";
import type { Form } from "@/contract/form";
import { getMeta, getSubmit } from "@/lib/api";
import { slugForQuote } from "./quote-slug";

/** Product meta, once per request however many parts of the page (metadata, body) ask. */
export const getMetaOnce = cache(getMeta);

/** The product of a quote, once per request. */
export const slugForQuoteOnce = cache(slugForQuote);

/** A quote's step (current, or `formId`), once per request: the page and its title share one call. */
export const getStepOnce = cache((slug: string, policyNumber: string, formId?: string) =>
  getSubmit(slug, { policyNumber, formId }),
);

/** The forms of a quote's steps as the backend serves them (going back); steps it won't serve are left out. */
export async function stepForms(slug: string, policyNumber: string, sequence: Array<{ id: string }>): Promise<Form[]> {
  const answers = await Promise.all(sequence.map((step) => getStepOnce(slug, policyNumber, step.id).catch(() => null)));
  return answers.flatMap((a) => (a?.form ? [a.form] : []));
}
