"use client";

import { useEffect, useRef, type ComponentProps } from "react";
import { CLIENT_FORM, releaseHeldSubmit } from "@/lib/early-submit";

/**
 * A form its script submits (onSubmit): it never sends its fields in the address, before its script runs or without
 * one (lib/early-submit.ts). A submit made before hydration is held and sent once this form's handlers are in: after
 * the commit, so the fields have taken in what was typed before it.
 */
export function ClientForm(props: Omit<ComponentProps<"form">, "ref" | "method" | "action">) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (form.current) releaseHeldSubmit(form.current);
  }, []);
  return <form method="post" {...props} {...{ [CLIENT_FORM]: "" }} ref={form} />;
}
