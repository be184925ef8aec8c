/** Shared look of text-like controls; a thicker red border when invalid (not colour alone: the message says it too). */
export function controlClasses(invalid: boolean, extra = ""): string {
  const border = invalid ? "border-danger border-[3px]" : "border-ink/70 border-2";
  return (
    `block w-full rounded-md bg-white px-3 py-2.5 text-base text-ink ${border} ` +
    "placeholder:text-muted read-only:bg-canvas disabled:bg-canvas disabled:text-muted " +
    // Not `read-only:` (every <select> is :read-only): only a field the server marked read_only looks fixed.
    "[&[readonly]]:border-dashed [&[readonly]]:border-ink/40 [&[readonly]]:text-muted " +
    extra
  ).trim();
}

/** Checkbox and radio boxes: large enough to hit with a thumb. */
export const boxClasses = "size-6 shrink-0 accent-brand-700 disabled:opacity-60";
