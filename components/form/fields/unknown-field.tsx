"use client";

import { useT } from "@/lib/i18n/client";
import type { FieldProps } from "../field-props";

/** A type this app does not know: say so plainly and keep the rest of the form usable. */
export function UnknownField({ field }: FieldProps) {
  const t = useT("form");
  return (
    <div className="rounded-md border-s-4 border-warning bg-warning-bg p-4">
      {field.title ? <p className="font-semibold">{field.title}</p> : null}
      <p>{t("unknownField", { type: field.type })}</p>
    </div>
  );
}
