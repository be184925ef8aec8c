"use client";

import { useEffect, useState } from "react";
import { Spinner } from "@/components/ui/spinner";
import { linkButton } from "@/components/journey/link-classes";

type Props = { productHref: string; windowHref: string; partnerName: string };

/**
 * Cookies kept (partitioned, or third-party allowed): on to the product in the frame. Not kept (every
 * third-party cookie blocked): the quote goes on in a window of its own, where the app is first-party.
 */
export function EmbedStart({ productHref, windowHref, partnerName }: Props) {
  const [blocked, setBlocked] = useState(false);

  useEffect(() => {
    let current = true;
    void fetch("/api/embed/check/", { cache: "no-store" })
      .then((res) => (res.ok ? (res.json() as Promise<{ embedded?: boolean }>) : { embedded: false }))
      .catch(() => ({ embedded: false }))
      .then(({ embedded }) => {
        if (!current) return;
        if (embedded) window.location.replace(productHref);
        else setBlocked(true);
      });
    return () => {
      current = false;
    };
  }, [productHref]);

  if (!blocked) return <Spinner label="Loading your quote" />;
  return (
    <section className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">Get your quote in a new window</h1>
      <p>
        Your browser doesn&apos;t let this quote save your answers inside {partnerName}&apos;s page. It opens in a
        window of its own instead; {partnerName} still hears when you have bought your policy.
      </p>
      <a href={windowHref} target="_blank" rel="opener" className={linkButton("primary")}>
        Start your quote (opens a new window)
      </a>
    </section>
  );
}
