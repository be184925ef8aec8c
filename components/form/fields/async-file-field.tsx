"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FieldShell } from "@/components/ui/field-shell";
import { ProgressBar } from "@/components/ui/progress-bar";
import { thumbnailUrl } from "@/lib/upload-paths";
import { useT } from "@/lib/i18n/client";
import type { FieldProps } from "../field-props";
import { useRenderer } from "../renderer-context";
import { fieldControl } from "../field-control";
import { useFileUploads } from "../use-file-uploads";

export function AsyncFileField({ field, path, errors }: FieldProps) {
  const { policyNumber } = useRenderer();
  const t = useT("form");
  const { shell } = fieldControl(field, path, errors);
  const uploads = useFileUploads(field, path, policyNumber);
  const input = useRef<HTMLInputElement | null>(null);
  const [refocus, setRefocus] = useState(false);
  const accept = field.rules?.accepted_mime_types?.join(",") || undefined;
  const help = policyNumber ? field.help_text : [field.help_text, t("filesNotYet")].filter(Boolean).join(" ");

  useEffect(() => {
    if (!refocus) return;
    input.current?.focus();
    setRefocus(false);
  }, [refocus]);

  return (
    <FieldShell {...shell} helpText={help} errors={[...uploads.problems, ...errors]}>
      {(control) => (
        <div className="space-y-4">
          {uploads.files.length > 0 ? (
            <ul className="space-y-2">
              {uploads.files.map((file) => (
                <li key={file.id} className="flex items-center gap-3 rounded-md border border-line bg-white p-2">
                  {policyNumber ? (
                    // eslint-disable-next-line @next/next/no-img-element -- session-bound thumbnail, not optimisable
                    <img
                      src={thumbnailUrl(policyNumber, file.id)}
                      alt=""
                      width={48}
                      height={48}
                      className="size-12 rounded object-cover"
                    />
                  ) : null}
                  <span className="min-w-0 flex-1 break-words">{file.name}</span>
                  {field.read_only ? null : (
                    <Button
                      variant="link"
                      aria-label={t("removeFile", { name: file.name })}
                      onClick={() => {
                        uploads.removeFile(file.id);
                        setRefocus(true);
                      }}
                    >
                      {t("remove")}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
          {uploads.pending.map((p) => (
            <div key={p.key} className="space-y-1">
              <p className="text-sm text-muted">{t("uploadingProgress", { name: p.name, progress: p.progress })}</p>
              <ProgressBar value={p.progress} label={t("uploading", { name: p.name })} />
            </div>
          ))}
          {uploads.canAdd ? (
            <input
              {...control}
              ref={input}
              type="file"
              name={path}
              accept={accept}
              multiple={uploads.max === null || uploads.max > 1}
              disabled={!policyNumber || field.read_only}
              onChange={(event) => {
                void uploads.choose(Array.from(event.target.files ?? []));
                event.target.value = "";
              }}
              className="block w-full text-base file:me-4 file:min-h-12 file:cursor-pointer file:rounded-md file:border-2 file:border-brand-700 file:bg-white file:px-4 file:font-semibold file:text-brand-800 hover:file:bg-brand-50"
            />
          ) : (
            <p className="text-muted">{t("filesFull", { max: uploads.max ?? 0 })}</p>
          )}
          <p role="status" className="sr-only">
            {uploads.announcement}
          </p>
        </div>
      )}
    </FieldShell>
  );
}
