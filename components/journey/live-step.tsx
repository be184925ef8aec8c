"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { useT } from "@/lib/i18n/client";
import { stepPath } from "@/lib/journey/paths";
import { backFrom, stepTitle } from "@/lib/journey/steps";
import { AdvanceContext, type Advance } from "./step-advance";
import { StepViewBody, type StepMeta, type StepViewProps } from "./step-view-body";

type Drawn = { policyNumber: string; state: StepViewProps["state"] };

type LiveStepProps = {
  /** The address the server drew `children` for. */
  at: string;
  slug: string;
  meta: StepMeta;
  /** The product's intro page, where Back leads from the first step; null when it has none. */
  intro: string | null;
  /** Drawn on the server, shown above every step (EnglishOnly). */
  notice: ReactNode;
  children: ReactNode;
};

/**
 * A step of the quote, as the server drew it (`children`), and then each next step drawn here from the submit
 * loop's answer, which carries the next form: a Continue costs one request, not that one and the next page's. The
 * address follows (history.pushState, which Next's router takes in), so a reload, a bookmark or another tab asks the
 * server for that step as before. Back and Forward show what this page drew for an address, and the step's own
 * refresh on a traversal (StepForm) then asks the server for its saved answers.
 */
export function LiveStep({ at, slug, meta, intro, notice, children }: LiveStepProps) {
  const pathname = usePathname();
  const router = useRouter();
  const t = useT("step");
  const [drawn, setDrawn] = useState<ReadonlyMap<string, Drawn>>(() => new Map());

  // Back or Forward to an address this page neither was drawn for nor drew (an entry an earlier page of the tab made,
  // which the browser restored): the server draws it.
  const known = useRef({ at, drawn });
  useEffect(() => {
    known.current = { at, drawn };
  });
  useEffect(() => {
    const onTraversal = () => {
      const here = window.location.pathname;
      if (here !== known.current.at && !known.current.drawn.has(here)) router.refresh();
    };
    window.addEventListener("popstate", onTraversal);
    return () => window.removeEventListener("popstate", onTraversal);
  }, [router]);

  const advance = useCallback<Advance>((answer, href) => {
    const form = answer.form;
    const n = answer.policy_number;
    if (answer.next_action !== "continue" || !form || !n || form.form_type === "confirmation") return false;
    // The same step again (the router asks the server for it afresh), or an address not this step's own.
    if (href !== stepPath(n, form.form_id) || href === window.location.pathname) return false;
    const state = { form, description: answer.description, pricing: answer.pricing };
    setDrawn((current) => new Map(current).set(href, { policyNumber: n, state }));
    window.history.pushState(null, "", href);
    return true;
  }, []);

  // The server's drawing is the latest word on its own address.
  const step = pathname === at ? undefined : drawn.get(pathname);
  const title = step ? stepTitle(step.state, meta.name) : null;
  useEffect(() => {
    if (!title) return;
    document.title = `${title} – ${meta.name}`;
    window.scrollTo(0, 0);
  }, [step, title, meta.name]);

  return (
    <AdvanceContext.Provider value={advance}>
      {step ? (
        <StepViewBody
          key={pathname}
          t={t}
          slug={slug}
          meta={meta}
          policyNumber={step.policyNumber}
          state={step.state}
          back={backFrom(meta.form_sequence, step.state.form, {
            step: (id) => stepPath(step.policyNumber, id),
            intro,
          })}
          notice={notice}
        />
      ) : (
        children
      )}
    </AdvanceContext.Provider>
  );
}
