"use client";

import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { Form } from "@/contract/form";
import { Button } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { Spinner } from "@/components/ui/spinner";
import { useT } from "@/lib/i18n/client";

// The form renderer (its field store, the rules engine) is fetched when the customer opens the form, not with the page.
// React's lazy, not next/dynamic: the form is never server-rendered (it appears on a click), and next/dynamic's own
// loader would add about 2 KB to the page's first load.
const AdditionalDocumentsForm = lazy(() => import("./additional-documents-form"));

function FormLoading() {
  const t = useT("policyActions");
  return (
    <p role="status" className="flex items-center gap-2 text-muted">
      <Spinner /> {t("formLoading")}
    </p>
  );
}

type AdditionalDocumentsProps = { policyNumber: string; form: Form };

/** The documents the insurer asks for after purchase: what they are, and the form to send them once asked for. */
export function AdditionalDocuments({ policyNumber, form }: AdditionalDocumentsProps) {
  const t = useT("policyActions");
  const [open, setOpen] = useState(false);
  const formArea = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) formArea.current?.focus();
  }, [open]);

  return (
    <Section id="send-documents" title={form.form_name || t("sendDocuments")} description={t("sendDocumentsLead")}>
      {open ? (
        <div ref={formArea} tabIndex={-1} className="outline-none">
          <Suspense fallback={<FormLoading />}>
            <AdditionalDocumentsForm policyNumber={policyNumber} form={form} />
          </Suspense>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t("addDocuments")}
        </Button>
      )}
    </Section>
  );
}
