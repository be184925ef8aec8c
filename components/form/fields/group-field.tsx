"use client";

import { useEffect, useRef, useState } from "react";
import { numericRule } from "@/contract/rules";
import { Button } from "@/components/ui/button";
import { FieldShell } from "@/components/ui/field-shell";
import { useT } from "@/lib/i18n/client";
import type { FieldProps } from "../field-props";
import { emptyItem, itemNoun, midSentence } from "../group-items";
import { useRenderer } from "../renderer-context";
import { fieldControl } from "../field-control";
import { useItemKeys } from "../field-store";

const FOCUSABLE = "input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])";

/** A repeating group: each item a fieldset of the group's sub-fields, with Add and Remove. */
export function GroupField({ field, path, errors }: FieldProps) {
  const { Fields, store } = useRenderer();
  const items = useItemKeys(store, path);
  const { shell } = fieldControl(field, path, errors);
  const t = useT("form");
  const box = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // After add/remove: the item whose first control gets focus; -1 means the Add button.
  const [focusItem, setFocusItem] = useState<number | null>(null);
  const noun = itemNoun(field.title, t("item"));
  const min = numericRule(field, "min") ?? 0;
  const max = numericRule(field, "max");
  const canAdd = !field.read_only && (max === null || items.length < max);
  const canRemove = !field.read_only && items.length > min;

  useEffect(() => {
    if (focusItem === null) return;
    const item = box.current?.querySelector(`[data-item="${focusItem}"]`);
    const target = item?.querySelector<HTMLElement>(FOCUSABLE) ?? addButton.current;
    target?.focus();
    setFocusItem(null);
  }, [focusItem, items.length]);

  function add() {
    store.addItem(path, emptyItem(field));
    setFocusItem(items.length);
  }
  function removeAt(index: number) {
    store.removeItem(path, index);
    setFocusItem(items.length > 1 ? Math.min(index, items.length - 2) : -1);
  }

  return (
    <FieldShell {...shell} variant="fieldset" role="group">
      {() => (
        <div ref={box} className="space-y-4">
          {items.map((key, index) => (
            <fieldset
              key={key}
              data-item={index}
              className="space-y-6 rounded-md border border-line bg-white p-4 sm:p-5"
            >
              <legend className="px-1 text-base font-bold">{`${noun} ${index + 1}`}</legend>
              <Fields fields={field.fields ?? []} basePath={`${path}.${index}`} />
              {canRemove ? (
                <Button
                  variant="secondary"
                  aria-label={t("removeItem", { item: midSentence(noun), n: index + 1 })}
                  onClick={() => removeAt(index)}
                >
                  {t("remove")}
                </Button>
              ) : null}
            </fieldset>
          ))}
          {canAdd ? (
            <Button ref={addButton} variant="secondary" onClick={add}>
              {items.length === 0
                ? t(/^[aeiou]/i.test(noun) ? "addAn" : "addA", { item: midSentence(noun) })
                : t("addAnother", { item: midSentence(noun) })}
            </Button>
          ) : null}
          {max !== null && items.length >= max && !field.read_only ? (
            <p className="text-muted">{t("upTo", { max })}</p>
          ) : null}
        </div>
      )}
    </FieldShell>
  );
}
