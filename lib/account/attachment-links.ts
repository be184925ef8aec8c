/**
 * The path, through this app's proxy, of an attachment or thumbnail URL from the policy view.
 * The API may give absolute URLs on its own host; only the /api/v1 and /api/v3 paths are kept,
 * so the browser never talks to the backend directly. Anything else: null (not shown as a link).
 */
export function proxiedPath(url: unknown): string | null {
  if (typeof url !== "string" || !url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, "http://local.invalid");
  } catch {
    return null;
  }
  if (!/^https?:$/.test(parsed.protocol) || !/^\/api\/v[13]\//.test(parsed.pathname)) return null;
  return `${parsed.pathname}${parsed.search}`;
}
