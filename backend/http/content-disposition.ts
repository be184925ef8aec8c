/** A Content-Disposition any file name can go into: an ASCII fallback plus the UTF-8 name (RFC 6266). */
export function contentDisposition(kind: "inline" | "attachment", filename: string): string {
  const clean = filename.replace(/[\u0000-\u001f\u007f"\\/]/g, "_");
  const ascii = clean.replace(/[^\x20-\x7e]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(clean)}`;
}
