import { browserEndpoints as endpoints } from "@/contract/endpoints/browser";
import { pathTo } from "@/contract/endpoints/path";
import type { Rules } from "@/contract/form";

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

export function thumbnailUrl(policyNumber: string, fileReference: string): string {
  return pathTo(endpoints.thumbnail, { n: policyNumber, ref: fileReference });
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function typeNames(types: string[]): string {
  const names = [
    ...new Set(
      types.map((t) => MIME_NAMES[t] ?? (t.endsWith("/*") ? t.slice(0, -2) : t.split("/").pop()!.toUpperCase())),
    ),
  ];
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : (names[0] ?? "");
}

function accepts(types: string[], mime: string): boolean {
  return types.some((t) => t === mime || (t.endsWith("/*") && mime.startsWith(t.slice(0, -1))));
}

/** The field's rules checked before sending; the server checks again on the real content. */
export function checkFile(file: File, rules: Rules | null | undefined): string | null {
  const types = rules?.accepted_mime_types ?? [];
  // No declared type (some systems don't know it): let the server look at the content.
  if (types.length > 0 && file.type && !accepts(types, file.type)) {
    const names = typeNames(types);
    return `“${file.name}” is not an accepted type of file. Choose ${/^[aeiouAEIOU]/.test(names) ? "an" : "a"} ${names} file.`;
  }
  if (typeof rules?.max_size === "number" && file.size > rules.max_size) {
    return `“${file.name}” is too big. Choose a file smaller than ${formatBytes(rules.max_size)}.`;
  }
  return null;
}

export function readAsDataURL(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new UploadError(`“${file.name}” could not be read. Try choosing it again.`, 0));
    reader.readAsDataURL(file);
  });
}

function failure(status: number, body: unknown): string {
  const detail = typeof body === "object" && body !== null ? (body as { detail?: unknown }).detail : undefined;
  // The server's own sentence for refusals about the file; never its details for a 5xx.
  if (status >= 400 && status < 500 && typeof detail === "string" && detail) return detail;
  if (status === 413) return "The file is too big.";
  if (status === 415) return "This type of file is not accepted.";
  if (status === 401 || status === 403) return "Your session has ended. Reload the page and try again.";
  return "Something went wrong sending the file. Please try again.";
}

type UploadOptions = { policyNumber: string; fieldName: string; file: File; onProgress?: (percent: number) => void };

/**
 * Reads the file and POSTs it; XMLHttpRequest because fetch cannot report upload progress.
 * Resolves to the file_reference.
 */
export async function uploadFile({ policyNumber, fieldName, file, onProgress }: UploadOptions): Promise<string> {
  const data = await readAsDataURL(file);
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
      } else reject(new UploadError(failure(xhr.status, body), xhr.status));
    };
    xhr.onerror = () => reject(new UploadError("The file could not be sent. Check your connection and try again.", 0));
    xhr.send(JSON.stringify({ data, name: fieldName, filename: file.name }));
  });
}
