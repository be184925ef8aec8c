"use client";

import { useMemo } from "react";
import { fieldKey, fieldName } from "@/lib/form-values";
import type { AnyField } from "./field-props";
import { resolveField } from "./field-registry";
import { useFieldValues, useMessagesSeen } from "./field-store";
import { useRenderer } from "./renderer-context";
import { visibleFields } from "./visible-fields";

export type FieldListProps = {
  fields: AnyField[];
  /** "" for the form; `<group>.<index>` for one group item (show_if then refers to that item's answers). */
  basePath?: string;
  /** Render only the first this many of the fields shown (a long form mounting its first screenful first). */
  limit?: number;
};

const NOTHING: string[] = [];

/**
 * Renders fields live: one hidden by show_if is unmounted, and the engine leaves it out of what is sent. Only the
 * answers some show_if reads are watched, so other edits don't re-render the list. Each field gets its messages from
 * here; the registry's components are memoised, so typing in a field re-renders that field alone, not its siblings.
 */
export function FieldList({ fields, basePath = "", limit = Infinity }: FieldListProps) {
  const { store } = useRenderer();
  const read = useMemo(() => {
    const names = new Set(fields.flatMap((f) => (f.show_if ? [f.show_if.field] : [])));
    return names.size ? [...names].map((name) => (basePath ? `${basePath}.` : "") + fieldKey(name)) : NOTHING;
  }, [fields, basePath]);
  const watched = useFieldValues(store, read);
  useMessagesSeen(store);
  const answers = useMemo(
    () => Object.fromEntries(read.map((path, i) => [fieldName(path.slice(path.lastIndexOf(".") + 1)), watched[i]])),
    [read, watched],
  );
  return (
    <div className="space-y-8">
      {visibleFields(fields, answers)
        .slice(0, limit)
        .map((field) => {
          const path = basePath ? `${basePath}.${fieldKey(field.name)}` : fieldKey(field.name);
          const Component = resolveField(field.type);
          return (
            <Component key={`${field.name}:${field.type}`} field={field} path={path} errors={store.messages(path)} />
          );
        })}
    </div>
  );
}
