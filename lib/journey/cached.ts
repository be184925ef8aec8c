import "server-only";
import { cache } from "react";
import { submitResponseSchema } from "@/contract";
import type { Form } from "@/contract/form";
import { headers } from "next/headers";
import { getMeta, getSubmit, metaFrom } from "@/lib/api";
import { localeOf } from "@/lib/i18n/locales";
import { authFor, getSession } from "@/lib/session";
import { takeAhead } from "./meta-ahead";
import { takeOver } from "./step-handoff";
import { slugForQuote } from "./quote-slug";

/**
 * Product meta, once per request however many parts of the page (metadata, body) ask. Just after Continue, the
 * answer the proxy asked for ahead (journey/meta-ahead) stands in for the call; should it have failed, the call.
 */
export const getMetaOnce = cache(async (slug: string) => {
  const [session, incoming] = await Promise.all([getSession(), headers()]);
  const ahead = takeAhead({ slug, language: localeOf(incoming), bearer: authFor(session).bearer });
  return ahead ? metaFrom(ahead).catch(() => getMeta(slug)) : getMeta(slug);
});

/** The product of a quote, once per request. */
export const slugForQuoteOnce = cache(slugForQuote);

/**
 * A quote's step (current, or `formId`), once per request: the page and its title share one call. Just after
 * Continue, the submit answer the proxy handed over for this step (journey/step-handoff) stands in for the call.
 */
export const getStepOnce = cache(async (slug: string, policyNumber: string, formId?: string) => {
  if (formId) {
    const [session, incoming] = await Promise.all([getSession(), headers()]);
    const handed = takeOver(
      { slug, language: localeOf(incoming), policyNumber, formId },
      authFor(session, policyNumber),
    );
    const parsed = handed ? submitResponseSchema.safeParse(handed) : null;
    if (parsed?.success) return parsed.data;
  }
  return getSubmit(slug, { policyNumber, formId });
});

/** The forms of a quote's steps as the backend serves them (going back); steps it won't serve are left out. */
export async function stepForms(slug: string, policyNumber: string, sequence: Array<{ id: string }>): Promise<Form[]> {
  const answers = await Promise.all(sequence.map((step) => getStepOnce(slug, policyNumber, step.id).catch(() => null)));
  return answers.flatMap((a) => (a?.form ? [a.form] : []));
}
