"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { tabStorage } from "@/lib/tab-storage";

/**
 * Inside a partner's frame: tells the host page its height and what happened, as the versioned messages in
 * README ("How a partner embeds the journey"), posted only to the partner's configured origins. In the window
 * opened when the frame can't keep cookies, the same messages go to the frame that opened it, which passes them on.
 */
export const MESSAGE_VERSION = 1;
type Message = { type: `qtp:${string}`; version: typeof MESSAGE_VERSION } & Record<string, unknown>;

const QUOTE = /^\/quote\/([^/]+)/;
// The quote's own pages after its steps: "started" is said from a step only.
const AFTER_STEPS = /^\/quote\/[^/]+\/(review|payment|done)(\/|$)/;
const sent = new Set<string>();

/** True the first time this tab sees `key` (across page loads where the frame may keep storage). */
function once(key: string): boolean {
  const storage = tabStorage();
  const seen = sent.has(key) || storage.getItem(`qtp:${key}`) !== null;
  storage.setItem(`qtp:${key}`, "1");
  sent.add(key);
  return !seen;
}

function post(message: Message, origins: string[]): void {
  if (window.parent !== window) for (const origin of origins) window.parent.postMessage(message, origin);
  else if (window.opener) (window.opener as Window).postMessage({ relay: message }, window.location.origin);
}

const isMessage = (value: unknown): value is Message =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Message).type === "string" &&
  (value as Message).type.startsWith("qtp:") &&
  (value as Message).version === MESSAGE_VERSION;

function report(origins: string[]): void {
  const quote = QUOTE.exec(window.location.pathname);
  if (!quote) return;
  const policyNumber = decodeURIComponent(quote[1]);
  const v = MESSAGE_VERSION;
  const onStep = !AFTER_STEPS.test(window.location.pathname);
  if (onStep && once(`started:${policyNumber}`)) post({ type: "qtp:quote-started", version: v, policyNumber }, origins);
  const price = document.querySelector<HTMLElement>("[data-price-total]");
  const total = price?.dataset.priceTotal;
  if (price && total && once(`price:${policyNumber}:${total}`)) {
    const currency = price.dataset.priceCurrency ?? null;
    post({ type: "qtp:price-shown", version: v, policyNumber, total, currency }, origins);
  }
  const bought = document.querySelector<HTMLElement>("[data-purchased-policy]")?.dataset.purchasedPolicy;
  if (bought && once(`purchased:${bought}`)) post({ type: "qtp:purchased", version: v, policyNumber: bought }, origins);
}

export function EmbedBridge({ origins }: { origins: string[] }) {
  const pathname = usePathname();

  useEffect(() => {
    const resize = () =>
      post(
        {
          type: "qtp:resize",
          version: MESSAGE_VERSION,
          height: Math.ceil(document.body.getBoundingClientRect().height),
        },
        origins,
      );
    const observer = new ResizeObserver(resize);
    observer.observe(document.body);
    // Messages from the window this frame opened (same origin, not the host) go on to the host.
    const relay = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || event.source === window.parent) return;
      const inner = (event.data as { relay?: unknown } | null)?.relay;
      if (isMessage(inner)) post(inner, origins);
    };
    window.addEventListener("message", relay);
    return () => {
      observer.disconnect();
      window.removeEventListener("message", relay);
    };
  }, [origins]);

  useEffect(() => {
    report(origins);
    const observer = new MutationObserver(() => report(origins));
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [origins, pathname]);

  return null;
}
