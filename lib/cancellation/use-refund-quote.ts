"use client";

import { useEffect, useState } from "react";
import { readRefundQuote, type RefundAnswer } from "@/lib/cancellation/refund-quote";

/**
 * The refund for cancelling on `date`, asked again whenever the date changes; an answer for a date no longer chosen
 * is dropped. A plain effect, not react-query's observer: this is the only query on the policy pages, whose
 * JavaScript is budgeted (e2e/page-weight.ts), and nothing else shares or refreshes it.
 */
export function useRefundQuote(policyNumber: string, date: string | null, enabled: boolean): RefundAnswer | undefined {
  const key = `${policyNumber}|${date ?? ""}`;
  const [answer, setAnswer] = useState<{ key: string; value: RefundAnswer } | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    readRefundQuote(policyNumber, date).then(
      (value) => current && setAnswer({ key, value }),
      () => current && setAnswer({ key, value: null }), // unreachable: shown as no refund, like a backend without it
    );
    return () => {
      current = false;
    };
  }, [enabled, key, policyNumber, date]);
  return answer?.key === key ? answer.value : undefined;
}
