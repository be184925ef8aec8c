"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export type ChangePolicyProps = {
  policyNumber: string;
  versionId: string;
  /** A customer changes what the product lets them; an agent any answer (the backend decides which). */
  audience: "customer" | "agent";
};

// The forms, their renderer and the price preview load only when someone starts a change.
const ChangePolicy = dynamic(() => import("./change-policy").then((m) => m.ChangePolicy), {
  ssr: false,
  loading: () => <p role="status">Loading the questions…</p>,
});

/** The offer to change the policy; the change itself (forms, price, confirmation) once it is taken up. */
export function ChangePolicyOffer(props: ChangePolicyProps) {
  const [started, setStarted] = useState(false);
  if (started) return <ChangePolicy {...props} />;
  const you = props.audience === "customer";
  return (
    <div className="space-y-4">
      <p>{you ? OFFER_CUSTOMER : OFFER_AGENT}</p>
      <Button onClick={() => setStarted(true)}>{you ? "Change your policy" : "Change this policy"}</Button>
    </div>
  );
}

export const OFFER_CUSTOMER =
  "Changed your contact details, or want to add an extra? Change your policy here and see the price before you confirm.";
export const OFFER_AGENT =
  "Change any answer from a date in the term; the price for the rest of the term is shown before you confirm.";
