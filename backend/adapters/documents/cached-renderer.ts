import { createHash } from "node:crypto";
import { formatDate } from "../../documents/date-format";
import type { DocumentRenderer } from "./types";

const KEPT = 200;

/**
 * PDFs are pure functions of their data, and the only moving part of that data is the date of issue (printed as a
 * day): the same policy's certificate asked for again that day is the same document, so it is made once and kept
 * (the most recent 200, a few kilobytes each). Requests arriving together share one rendering. Wallet passes are
 * signed afresh each time.
 */
export function cachedRenderer(inner: DocumentRenderer): DocumentRenderer {
  const kept = new Map<string, Promise<Buffer>>();
  return {
    policyDocument(kind, data) {
      if (kind === "pass_card") return inner.policyDocument(kind, data);
      const key = createHash("sha256")
        .update(kind)
        .update(JSON.stringify({ ...data, issuedAt: formatDate(data.issuedAt) }))
        .digest("base64url");
      const found = kept.get(key);
      if (found) {
        kept.delete(key);
        kept.set(key, found);
        return found;
      }
      const made = inner.policyDocument(kind, data);
      kept.set(key, made);
      made.catch(() => kept.delete(key));
      if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
      return made;
    },
    productDocument: (name, data) => inner.productDocument(name, data),
  };
}
