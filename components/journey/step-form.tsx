"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import type { Answers, Form } from "@/contract/form";
import type { Pricing } from "@/contract/pricing";
import { FormRenderer, type SubmitOutcome } from "@/components/form/form-renderer";
import { formatMoney } from "@/lib/format/money";
import { useIntlTag, useT } from "@/lib/i18n/client";
import { clearDraft } from "@/lib/use-draft";
import { callApi } from "@/lib/client-api";
import { markDisplayRead, pendingDisplay, saveAnnouncement } from "@/lib/journey/announcement-store";
import { nextMove } from "@/lib/journey/next-action";
import { journeySchemas, warmJourneySchemas } from "@/lib/journey/schemas-on-demand";
import { api, draftKeyFor, IN_PAGE_HEADER, stepPath } from "@/lib/journey/paths";
import { journeyProblem } from "@/lib/journey/problems";
import { formPayload } from "@/lib/journey/steps";
import { takeTraversal } from "@/lib/journey/traversal";
import { useLivePrice } from "@/lib/journey/use-live-price";
import { useStepAdvance } from "./step-advance";
import { DisplayPanel } from "./display-panel";
import { PricePanel } from "./price-panel";

type StepFormProps = {
  slug: string;
  policyNumber: string | null;
  form: Form;
  pricing: Pricing | null;
  /** The session says the answer that led here was a `display`: its text may be waiting in this tab. */
  displayFirst?: boolean;
};
/** Text the server asked to show: before this step (`href` null), or before leaving for the server's address. */
type Display = { title: string; content: string; href: string | null };

/** One step of the submit loop: the server's form, its price so far, and where the answer leads. */
export function StepForm({ slug, policyNumber: initialNumber, form, pricing, displayFirst = false }: StepFormProps) {
  const router = useRouter();
  const t = useT("step");
  const problemIn = useT("form");
  const ui = useT("ui");
  const tag = useIntlTag();
  const [navigating, startNavigation] = useTransition();
  const [policyNumber, setPolicyNumber] = useState(initialNumber);
  // undefined: not known until this tab's storage is read (only when a display may be waiting).
  const [display, setDisplay] = useState<Display | null | undefined>(displayFirst ? undefined : null);
  const [draftKey] = useState(() => draftKeyFor(slug, initialNumber, form.form_id));
  const price = useLivePrice(policyNumber, form, pricing);
  const advance = useStepAdvance();

  useEffect(() => {
    let current = true;
    // Only when the session says a display led here: reading the tab's store loads the journey's schemas.
    const waiting = initialNumber && displayFirst ? pendingDisplay(initialNumber, form.form_id) : Promise.resolve(null);
    void waiting.then((waiting) => {
      if (current) setDisplay(waiting ? { title: waiting.title, content: waiting.content, href: null } : null);
    });
    return () => {
      current = false;
    };
  }, [initialNumber, form.form_id, displayFirst]);

  useEffect(() => {
    // When the person first moves to a control: not the heading's own focus on arrival (focus-heading.tsx), which
    // would fetch them with every step whether or not anything is answered.
    const warm = (event: FocusEvent) => {
      if (!(event.target instanceof Element) || !event.target.closest("input, select, textarea, button")) return;
      document.removeEventListener("focusin", warm);
      warmJourneySchemas();
    };
    document.addEventListener("focusin", warm);
    return () => document.removeEventListener("focusin", warm);
  }, []);

  // Back to the first step's page after it created the quote: the entry now names that quote's step (see
  // submit), but the browser restored the page without a quote. Ask for the step itself.
  useEffect(() => {
    const restored = takeTraversal();
    if (!initialNumber && window.location.pathname.startsWith("/quote/")) router.refresh();
    // Back or Forward showed the step as first loaded: its saved answers may have changed since.
    else if (initialNumber && restored) router.refresh();
  }, [initialNumber, router]);

  function go(href: string, external = false) {
    if (external) return window.location.assign(href);
    const here = window.location.pathname + window.location.search;
    startNavigation(() => (href === here ? router.refresh() : router.push(href)));
  }

  function readDisplay(shown: Display) {
    if (shown.href) return go(shown.href, true);
    if (policyNumber) void markDisplayRead(policyNumber);
    setDisplay(null);
    document.querySelector<HTMLElement>("main h1")?.focus();
  }

  async function submit(answers: Answers): Promise<SubmitOutcome | void> {
    const body = { policy_number: policyNumber, form: formPayload(form.form_id, answers) };
    const { submitResponseSchema } = await journeySchemas();
    // A next step this page draws itself needs nothing kept for its page on the server (lib/proxy.ts).
    const headers = advance ? { [IN_PAGE_HEADER]: "1" } : undefined;
    const res = await callApi(api.submit(slug), submitResponseSchema, { body, words: ui, headers });
    if (!res.ok) return { formErrors: [journeyProblem(res, problemIn)] };
    if (res.data.policy_number) setPolicyNumber(res.data.policy_number);
    const move = nextMove(res.data);
    if (move.kind === "errors") return { form: move.form, formErrors: move.problems.map((key) => problemIn(key)) };
    const n = res.data.policy_number;
    if (n) saveAnnouncement(n, res.data);
    clearDraft(draftKey);
    // The quote exists now: this page's history entry becomes its first step, so Back returns to the quote.
    if (!initialNumber && n) window.history.replaceState(null, "", stepPath(n, form.form_id));
    if (move.kind === "go" && advance?.(res.data, move.href)) return;
    if (move.kind === "display" && move.external)
      setDisplay({ title: move.title, content: move.content, href: move.href });
    else if (move.kind === "display" || move.kind === "go") go(move.href);
  }

  if (display === undefined) return null;
  const body = display ? (
    <DisplayPanel
      title={display.title}
      content={display.content}
      busy={navigating}
      onContinue={() => readDisplay(display)}
    />
  ) : (
    <FormRenderer
      form={form}
      policyNumber={policyNumber}
      onSubmit={submit}
      draftKey={draftKey}
      busy={navigating}
      onValuesChange={price.onAnswers}
    />
  );

  if (!price.pricing) return body;
  return (
    <div className="grid gap-8 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <p className="rounded-md bg-brand-50 px-4 py-3 lg:hidden">
          {t("totalSoFar")} <strong>{formatMoney(price.pricing.total, price.pricing.currency, tag)}</strong>{" "}
          {t("detailsBelow")}
        </p>
        {body}
      </div>
      <div>
        <PricePanel pricing={price.pricing} live={price.live} updating={price.updating} failed={price.failed} />
      </div>
    </div>
  );
}
