"use client";

import { useEffect, useRef, useState } from "react";
import type { Answers, Form } from "@/contract/form";
import { todayISO, validateForm } from "@/contract/rules";
import type { Pricing } from "@/contract/pricing";
import { callApi } from "@/lib/client-api";
import { api } from "./paths";
import { priceResponseReader } from "./price-response";
import { formPayload } from "./steps";

const QUOTE_OPTION_TYPES = new Set(["radio", "select", "multiselect"]);
const DELAY_MS = 300;
/** A backend without the live price (an extension) answers one of these: the price then waits for Continue. */
const NOT_OFFERED = new Set([404, 405, 422, 501]);

export type LivePrice = {
  pricing: Pricing | null;
  updating: boolean;
  failed: boolean;
  live: boolean;
  onAnswers: (answers: Answers, changed: string | undefined) => void;
};

/**
 * The price so far, re-asked from the server (nothing saved) while a quote option changes:
 * radio, select and multiselect answers. Only once a price is known and the quote has a number, and
 * only while the backend offers it (`/price/` is an extension).
 */
export function useLivePrice(policyNumber: string | null, form: Form, initial: Pricing | null): LivePrice {
  const [pricing, setPricing] = useState(initial);
  const [failed, setFailed] = useState(false);
  const [live, setLive] = useState(false);
  const [offered, setOffered] = useState(true);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const enabled =
    offered && Boolean(policyNumber && initial) && form.fields.some((f) => QUOTE_OPTION_TYPES.has(f.type));
  const [updating, setUpdating] = useState(false);
  // The number of the latest call: only its answer is shown, so an older answer never overwrites a newer one.
  const latest = useRef(0);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      latest.current += 1; // unmounted: no answer is shown
    },
    [],
  );

  async function refresh(all: Answers) {
    if (!policyNumber) return;
    // Only what the step would send: answers to fields hidden by show_if stay on this device.
    const answers = validateForm(form, all, { today: todayISO() }).values;
    const call = ++latest.current;
    setUpdating(true);
    const res = await callApi(api.price(policyNumber), priceResponseReader, {
      body: { form: formPayload(form.form_id, answers) },
    });
    if (call !== latest.current) return;
    setUpdating(false);
    if (!res.ok && NOT_OFFERED.has(res.status)) return setOffered(false);
    setFailed(!res.ok);
    if (res.ok && res.data.pricing) {
      setPricing(res.data.pricing);
      setLive(true);
    }
  }

  function onAnswers(answers: Answers, changed: string | undefined) {
    const field = form.fields.find((f) => f.name === changed);
    if (!enabled || !field || !QUOTE_OPTION_TYPES.has(field.type)) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void refresh(answers), DELAY_MS);
  }

  return { pricing, updating, failed, live, onAnswers };
}
