"use client";

import { useCallback, useRef } from "react";
import { fromInput } from "@/contract/rules";
import { controlClasses } from "@/components/ui/control-classes";
import { FieldShell } from "@/components/ui/field-shell";
import { useT } from "@/lib/i18n/client";
import { changedInPage, useEarlyRef } from "@/lib/early-input";
import type { FieldProps } from "../field-props";
import { useRenderer } from "../renderer-context";
import { hearTyping } from "../typing";
import { fieldControl } from "../field-control";
import { joinDate, splitDate, type DateParts } from "./date-parts";

const PARTS = [
  { part: "day", width: "max-w-20" },
  { part: "month", width: "max-w-20" },
  { part: "year", width: "max-w-28" },
] as const;

/**
 * A date as three boxes, day, month and year, under the question (the GOV.UK date input): typed the same way in every
 * browser, and without the browser's date control, whose first use in a page costs a slow phone a long task (Chromium
 * loads its calendar's locale data). The answer is the contract's "YYYY-MM-DD"; min_date and max_date are the rules
 * engine's to check, with a message that names the bound.
 */
export function DateField({ field, path, errors }: FieldProps) {
  const { store, today } = useRenderer();
  const t = useT("form");
  const { id, shell, invalid } = fieldControl(field, path, errors);
  const boxes = useRef<Partial<Record<keyof DateParts, HTMLInputElement | null>>>({});

  const typed = useCallback((): DateParts | null => {
    const { day, month, year } = boxes.current;
    return day && month && year ? { day: day.value, month: month.value, year: year.value } : null;
  }, []);
  const save = useCallback(() => {
    const parts = typed();
    if (parts) store.set(path, fromInput(field, joinDate(parts)));
  }, [store, field, path, typed]);
  const early = useEarlyRef<HTMLDivElement>(() => {
    if (Object.values(boxes.current).some((box) => changedInPage(box ?? null))) save();
  });

  // Set up as the boxes' row attaches, after the boxes themselves, with no effect of its own: what was typed early is
  // taken, and a change from outside (a reset, a restored draft) is written into the boxes unless it is what they
  // already say.
  const attach = useCallback(
    (row: HTMLDivElement | null) => {
      if (!row) return;
      early(row);
      const sync = () => {
        const parts = typed();
        const value = store.value(path);
        if (!parts || fromInput(field, joinDate(parts)) === value) return;
        const next = splitDate(typeof value === "string" ? value : "");
        for (const { part } of PARTS) boxes.current[part]!.value = next[part];
      };
      sync();
      return store.subscribeValue(path, sync);
    },
    [store, field, path, typed, early],
  );

  const initial = splitDate(String(store.value(path) ?? ""));
  // The boxes' own order, day month year, as GOV.UK writes it: today's date.
  const { day, month, year } = splitDate(today);
  const example = t("dateExample", { example: `${day} ${month} ${year}` });
  const help = [field.help_text, example].filter(Boolean).join(" ");
  return (
    <FieldShell {...shell} id={`${id}-date`} helpText={help} variant="fieldset" role="group">
      {() => (
        <div ref={attach} className="flex flex-wrap gap-4">
          {PARTS.map(({ part, width }) => {
            const boxId = part === "day" ? id : `${id}-${part}`;
            return (
              // The label holds its box (one element fewer a part); `for` stays, for the error summary's lookup.
              <label key={part} htmlFor={boxId} className="block font-semibold">
                {t(part)}
                <input
                  id={boxId}
                  ref={(box) => {
                    boxes.current[part] = box;
                    if (!box) return;
                    const stop = hearTyping(box, save);
                    return () => {
                      stop();
                      boxes.current[part] = null;
                    };
                  }}
                  name={`${path}-${part}`}
                  inputMode="numeric"
                  defaultValue={initial[part]}
                  onChange={save}
                  readOnly={field.read_only}
                  aria-invalid={invalid || undefined}
                  className={controlClasses(invalid, `mt-1 ${width} tabular-nums`)}
                />
              </label>
            );
          })}
        </div>
      )}
    </FieldShell>
  );
}
