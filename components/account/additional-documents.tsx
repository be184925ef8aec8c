"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import type { Form } from "@/contract/form";
import { Button } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { Spinner } from "@/components/ui/spinner";

// The form renderer (react-hook-form, the rules engine) is fetched when the customer opens the form, not with the page.
const AdditionalDocumentsForm = dynamic(() => import("./additional-documents-form"), {
  loading: () => (
    <p role="status" className="flex items-center gap-2 text-muted">
      <Spinner /> Getting the form ready…
    </p>
  ),
});

type AdditionalDocumentsProps = { policyNumber: string; form: Form };

/** The documents the insurer asks for after purchase: what they are, and the form to send them once asked for. */
export function AdditionalDocuments({ policyNumber, form }: AdditionalDocumentsProps) {
  const [open, setOpen] = useState(false);
  const formArea = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) formArea.current?.focus();
  }, [open]);

  return (
    <Section
      id="send-documents"
      title={form.form_name || "Send us documents"}
      description="Upload the files we ask for, then send them. You can come back and add more later."
    >
      {open ? (
        <div ref={formArea} tabIndex={-1} className="outline-none">
          <AdditionalDocumentsForm policyNumber={policyNumber} form={form} />
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setOpen(true)}>
          Add documents
        </Button>
      )}
    </Section>
  );
}
