/**
 * The browser's Back and Forward restore a page as it was first shown (Next's router keeps it), so a
 * step revisited that way may show answers since changed. A step mounted just after one asks again.
 */
let traversedAt = -Infinity;

if (typeof window !== "undefined") {
  window.addEventListener("popstate", () => {
    traversedAt = performance.now();
  });
}

const WINDOW_MS = 3000;

/** True once for a mount that follows Back or Forward. */
export function takeTraversal(): boolean {
  const recent = performance.now() - traversedAt < WINDOW_MS;
  traversedAt = -Infinity;
  return recent;
}

/** A short fingerprint of a form's values: a step given new values by the server is a new step to show. */
export function valuesKey(values: unknown[]): string {
  const text = JSON.stringify(values);
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = ((hash << 5) + hash + text.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(36);
}
