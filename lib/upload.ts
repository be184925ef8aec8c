import { browserEndpoints as endpoints } from "@/contract/endpoints/browser";
import { pathTo } from "@/contract/endpoints/path";
import type { Rules } from "@/contract/form";
import type { Params } from "@/contract/format/message";

/** Words from the `form` namespace in the page's language (useT("form")). */
type Say = (key: string, params?: Params) => string;

const MIME_NAMES: Record<string, string> = {
  "image/jpeg": "JPG",
  "image/png": "PNG",
  "image/gif": "GIF",
  "image/webp": "WEBP",
  "image/heic": "HEIC",
  "application/pdf": "PDF",
};

export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "UploadError";
  }
}

export function attachmentAddUrl(policyNumber: string): string {
  return pathTo(endpoints.attachmentAdd, { n: policyNumber });
}

export function formatBytes(bytes: number, say: Say): string {
  if (bytes >= 1024 * 1024) return say("sizeMB", { n: Number((bytes / (1024 * 1024)).toFixed(1)) });
  if (bytes >= 1024) return say("sizeKB", { n: Math.round(bytes / 1024) });
  return say("sizeBytes", { n: bytes });
}

/** "JPG, PNG or PDF", the list written as the page's language writes "one of these". */
function typeNames(types: string[], say: Say, tag: string): string {
  const name = (t: string) =>
    MIME_NAMES[t] ??
    (t === "image/*" ? say("imageType") : t.endsWith("/*") ? t.slice(0, -2) : t.split("/").pop()!.toUpperCase());
  return new Intl.ListFormat(tag, { type: "disjunction" }).format([...new Set(types.map(name))]);
}

function accepts(types: string[], mime: string): boolean {
  return types.some((t) => t === mime || (t.endsWith("/*") && mime.startsWith(t.slice(0, -1))));
}

/** The field's rules checked before sending (worded in the page's language); the server checks again. */
export function checkFile(file: File, rules: Rules | null | undefined, say: Say, tag: string): string | null {
  const types = rules?.accepted_mime_types ?? [];
  // No declared type (some systems don't know it): let the server look at the content.
  if (types.length > 0 && file.type && !accepts(types, file.type)) {
    return say("fileType", { name: file.name, types: typeNames(types, say, tag) });
  }
  if (typeof rules?.max_size === "number" && file.size > rules.max_size) {
    return say("fileTooBig", { name: file.name, size: formatBytes(rules.max_size, say) });
  }
  return null;
}

export function readAsDataURL(file: File, say: Say): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new UploadError(say("fileUnreadable", { name: file.name }), 0));
    reader.readAsDataURL(file);
  });
}

function failure(status: number, body: unknown, say: Say): string {
  const detail = typeof body === "object" && body !== null ? (body as { detail?: unknown }).detail : undefined;
  // The server's own sentence for refusals about the file; never its details for a 5xx.
  if (status >= 400 && status < 500 && typeof detail === "string" && detail) return detail;
  if (status === 413) return say("fileTooBigServer");
  if (status === 415) return say("fileTypeRefused");
  if (status === 401 || status === 403) return say("sessionEnded");
  return say("fileSendFailed");
}

type UploadOptions = {
  policyNumber: string;
  fieldName: string;
  file: File;
  say: Say;
  onProgress?: (percent: number) => void;
};

/**
 * Reads the file and POSTs it; XMLHttpRequest because fetch cannot report upload progress.
 * Resolves to the file_reference.
 */
export async function uploadFile({ policyNumber, fieldName, file, say, onProgress }: UploadOptions): Promise<string> {
  const data = await readAsDataURL(file, say);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", attachmentAddUrl(policyNumber));
    xhr.setRequestHeader("Content-Type", "application/json");
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("Idempotency-Key", crypto.randomUUID());
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      const reference = (body as { file_reference?: unknown } | null)?.file_reference;
      if (xhr.status >= 200 && xhr.status < 300 && typeof reference === "string") {
        onProgress?.(100);
        resolve(reference);
      } else reject(new UploadError(failure(xhr.status, body, say), xhr.status));
    };
    xhr.onerror = () => reject(new UploadError(say("fileConnection"), 0));
    xhr.send(JSON.stringify({ data, name: fieldName, filename: file.name }));
  });
}
