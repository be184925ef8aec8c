"use client";

import { useEffect, useState, type ReactNode } from "react";
import type { Meta } from "@/contract/journey";
import { loadAnnouncement, type Announcement } from "@/lib/journey/announcement-store";
import { useT } from "@/lib/i18n/client";
import { StepViewBody } from "./step-view-body";

type StashedStepProps = {
  slug: string;
  meta: Meta;
  policyNumber: string;
  formId: string;
  back: { href: string; label: string } | null;
  displayFirst: boolean;
  /** Shown when this tab kept no answer for the step (drawn on the server: why, and where to go). */
  unavailable: ReactNode;
};

/**
 * A step the backend would not give again (a code step, say, which the contract's going-back call
 * need not serve): shown from the answer that announced it in this tab, or else explained.
 */
export function StashedStep({ slug, meta, policyNumber, formId, back, displayFirst, unavailable }: StashedStepProps) {
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
  if (!kept || !form || form.form_id !== formId) return unavailable;
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
