"use client";

import { useEffect, useState } from "react";
import type { SubmitResponse } from "@/contract/journey";
import { loadAnnouncement } from "@/lib/journey/announcement-store";
import { OutcomeView, type OutcomeKind, type OutcomeWords } from "./outcome-view";

type RememberedOutcomeProps = { productName: string; policyNumber: string; kind: OutcomeKind; words: OutcomeWords };

const NO_WORDS: SubmitResponse["description"] = { image: null, title: null, content: null };

/**
 * An outcome the session remembers but the backend can't be asked for again: the server's own
 * words when this tab kept them, else the general wording.
 */
export function RememberedOutcome({ productName, policyNumber, kind, words }: RememberedOutcomeProps) {
  const [description, setDescription] = useState<SubmitResponse["description"] | null>(null);
  useEffect(() => {
    let current = true;
    void loadAnnouncement(policyNumber).then((kept) => {
      if (current) setDescription(kept?.next_action === kind ? kept.description : NO_WORDS);
    });
    return () => {
      current = false;
    };
  }, [policyNumber, kind]);
  if (!description) return null;
  return (
    <OutcomeView
      productName={productName}
      policyNumber={policyNumber}
      state={{ description }}
      kind={kind}
      words={words}
    />
  );
}
