import { browserEndpoints as endpoints } from "@/contract/endpoints/browser";
import { pathTo } from "@/contract/endpoints/path";

// Apart from lib/upload.ts, which a form fetches only when someone chooses a file: a saved file's preview needs this.

export function attachmentAddUrl(policyNumber: string): string {
  return pathTo(endpoints.attachmentAdd, { n: policyNumber });
}

export function thumbnailUrl(policyNumber: string, fileReference: string): string {
  return pathTo(endpoints.thumbnail, { n: policyNumber, ref: fileReference });
}
