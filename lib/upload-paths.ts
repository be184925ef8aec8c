import { browserEndpoints as endpoints } from "@/contract/endpoints/browser";
import { pathTo } from "@/contract/endpoints/path";

/** A saved file's preview. Apart from lib/upload.ts, which a form fetches only when someone chooses a file. */
export function thumbnailUrl(policyNumber: string, fileReference: string): string {
  return pathTo(endpoints.thumbnail, { n: policyNumber, ref: fileReference });
}
