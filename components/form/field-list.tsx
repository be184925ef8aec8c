"use client";

import { get, useWatch } from "react-hook-form";
import { fieldKey, toAnswers } from "@/lib/form-resolver";
import type { AnyField } from "./field-props";
import { resolveField } from "./field-registry";
import { visibleFields } from "./visible-fields";

export type FieldListProps = {
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
