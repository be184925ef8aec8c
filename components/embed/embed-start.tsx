"use client";

import { useEffect, useState } from "react";
import { Spinner } from "@/components/ui/spinner";
import { linkButton } from "@/components/journey/link-classes";

/** The page's words, translated on the server (the partner's name already in them). */
export type EmbedStartWords = { loading: string; title: string; lead: string; start: string };
type Props = { productHref: string; windowHref: string; words: EmbedStartWords };

/**
 * Cookies kept (partitioned, or third-party allowed): on to the product in the frame. Not kept (every
 * third-party cookie blocked): the quote goes on in a window of its own, where the app is first-party.
 */
export function EmbedStart({ productHref, windowHref, words }: Props) {
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

  if (!blocked) return <Spinner label={words.loading} />;
  return (
    <section className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{words.title}</h1>
      <p>{words.lead}</p>
      <a href={windowHref} target="_blank" rel="opener" className={linkButton("primary")}>
        {words.start}
      </a>
    </section>
  );
}
