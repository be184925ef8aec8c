"use client";

import { useEffect, useState } from "react";
import type { Meta } from "@/contract/journey";
import { loadAnnouncement, type Announcement } from "@/lib/journey/announcement-store";
import { quotePath } from "@/lib/journey/paths";
import { ServiceProblem } from "./service-problem";
import { useT } from "@/lib/i18n/client";
import { StepViewBody } from "./step-view-body";

type StashedStepProps = {
  slug: string;
  meta: Meta;
  policyNumber: string;
  formId: string;
  back: { href: string; label: string } | null;
  displayFirst: boolean;
  /** Why the backend did not give the step (its own sentence). */
  detail: string;
};

/**
 * A step the backend would not give again (a code step, say, which the contract's going-back call
 * need not serve): shown from the answer that announced it in this tab, or else explained.
 */
export function StashedStep({ slug, meta, policyNumber, formId, back, displayFirst, detail }: StashedStepProps) {
  const [kept, setKept] = useState<Announcement | null | undefined>(undefined);
  const t = useT("step");
  useEffect(() => {
    let current = true;
    void loadAnnouncement(policyNumber).then((found) => current && setKept(found));
    return () => {
      current = false;
    };
  }, [policyNumber]);
  if (kept === undefined) return null;
  const form = kept?.form;
  if (!kept || !form || form.form_id !== formId) {
    return (
      <ServiceProblem
        detail={detail}
        retryHref={quotePath(policyNumber)}
        title="We can't open that step"
        retryLabel="Go to your current step"
      />
    );
  }
  return (
    <StepViewBody
      t={t}
      slug={slug}
      meta={meta}
      policyNumber={policyNumber}
      state={{ form, description: kept.description, pricing: kept.pricing }}
      back={back}
      displayFirst={displayFirst}
    />
  );
}
