"use client";

import { get, useWatch } from "react-hook-form";
import type { Answers } from "@/contract/form";
import { isShown } from "@/contract/rules";
import { fieldKey, toAnswers } from "@/lib/form-resolver";
import type { AnyField } from "./field-props";
import { resolveField } from "./field-registry";

/**
 * Fields whose show_if holds; repeated so a field that depends on a hidden field is hidden too
 * (as the engine does).
 */
export function visibleFields(fields: AnyField[], answers: Answers): AnyField[] {
  let shown = fields;
  for (let round = 0; round <= fields.length; round++) {
    const names = new Set(shown.map((f) => f.name));
    const scope = Object.fromEntries(Object.entries(answers).filter(([name]) => names.has(name)));
    const next = fields.filter((f) => isShown(f, scope));
    if (next.length === shown.length && next.every((f) => names.has(f.name))) return next;
    shown = next;
  }
  return shown;
}

type FieldListProps = {
  fields: AnyField[];
  /** "" for the form; `<group>.<index>` for one group item (show_if then refers to that item's answers). */
  basePath?: string;
};

/** Renders fields live: one hidden by show_if is unmounted, and the engine leaves it out of what is sent. */
export function FieldList({ fields, basePath = "" }: FieldListProps) {
  const values = useWatch();
  const scope: unknown = basePath ? get(values, basePath) : values;
  const answers = toAnswers(fields, (scope ?? {}) as Record<string, unknown>);
  return (
    <div className="space-y-8">
      {visibleFields(fields, answers).map((field) => {
        const path = basePath ? `${basePath}.${fieldKey(field.name)}` : fieldKey(field.name);
        const Component = resolveField(field.type);
        return <Component key={`${field.name}:${field.type}`} field={field} path={path} />;
      })}
    </div>
  );
}
