"use client";

import { useRef, useState } from "react";
import type { FileRef } from "@/contract/form";
import { isFileRef } from "@/contract/field-keys";
import type { AnyField } from "./field-props";
import { numericRule } from "@/contract/rules";
import { useIntlTag, useT } from "@/lib/i18n/client";
import { useFieldValue } from "./field-store";
import { useRenderer } from "./renderer-context";

export type PendingUpload = { key: number; name: string; progress: number };

// Checking and sending files is fetched when someone first chooses one, not with every form that has the question.
const uploads = () => import("@/lib/upload");

function refsOf(value: unknown): FileRef[] {
  return Array.isArray(value) ? value.filter((v): v is FileRef => isFileRef(v)) : [];
}

/** The files of an async_file field: uploads start as soon as files are chosen; the value is `[{id, name}]`. */
export function useFileUploads(field: AnyField, path: string, policyNumber: string | null) {
  const { trackUpload, store } = useRenderer();
  const value = useFieldValue(store, path);
  const t = useT("form");
  const tag = useIntlTag();
  const [pending, setPending] = useState<PendingUpload[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState("");
  const nextKey = useRef(0);
  const files = refsOf(value);
  const max = numericRule(field, "max");
  const room = max === null ? Infinity : max - files.length - pending.length;

  async function upload(file: File, { uploadFile, UploadError }: Awaited<ReturnType<typeof uploads>>) {
    if (!policyNumber) return;
    const key = nextKey.current++;
    const progress = (percent: number) =>
      setPending((list) => list.map((p) => (p.key === key ? { ...p, progress: percent } : p)));
    setPending((list) => [...list, { key, name: file.name, progress: 0 }]);
    trackUpload(1);
    try {
      const id = await uploadFile({ policyNumber, fieldName: field.name, file, say: t, onProgress: progress });
      // Read the latest value: other uploads may have finished meanwhile.
      store.set(path, [...refsOf(store.value(path)), { id, name: file.name }]);
      setAnnouncement(t("uploaded", { name: file.name }));
    } catch (error) {
      const reason = error instanceof UploadError ? error.message : t("uploadWentWrong");
      const problem = t("uploadFailed", { name: file.name, reason });
      setProblems((list) => [...list, problem]);
      setAnnouncement(problem);
    } finally {
      trackUpload(-1);
      setPending((list) => list.filter((p) => p.key !== key));
    }
  }

  async function choose(chosen: File[]) {
    // The step waits for the code as it waits for an upload: a Continue meanwhile would leave the files behind.
    trackUpload(1);
    let code: Awaited<ReturnType<typeof uploads>>;
    try {
      code = await uploads();
    } catch {
      return setProblems(chosen.map((file) => t("uploadFailed", { name: file.name, reason: t("uploadWentWrong") })));
    } finally {
      trackUpload(-1);
    }
    const found: string[] = [];
    let left = room;
    for (const file of chosen) {
      const problem =
        left <= 0 ? t("tooManyFiles", { max: max ?? 0, name: file.name }) : code.checkFile(file, field.rules, t, tag);
      if (problem) found.push(problem);
      else {
        left -= 1;
        void upload(file, code);
      }
    }
    setProblems(found);
  }

  function removeFile(id: string) {
    const removed = files.find((f) => f.id === id);
    store.set(
      path,
      refsOf(store.value(path)).filter((f) => f.id !== id),
    );
    setProblems([]);
    setAnnouncement(removed ? t("fileRemoved", { name: removed.name }) : "");
  }

  return { files, pending, problems, announcement, max, canAdd: room > 0, choose, removeFile };
}
