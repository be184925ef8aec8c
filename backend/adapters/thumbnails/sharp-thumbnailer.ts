import sharp from "sharp";

const SIZE = 240;

/** Images scaled to fit 240×240 as JPEG (PNG when the source has transparency); any other file becomes a labelled icon. */
export async function thumbnail(bytes: Buffer, mime: string): Promise<{ body: Buffer; type: string }> {
  if (mime.startsWith("image/")) {
    try {
      const image = sharp(bytes, { failOn: "error" })
        .rotate()
        .resize(SIZE, SIZE, { fit: "inside", withoutEnlargement: true });
      const { hasAlpha } = await sharp(bytes).metadata();
      return hasAlpha
        ? { body: await image.png().toBuffer(), type: "image/png" }
        : { body: await image.jpeg({ quality: 80 }).toBuffer(), type: "image/jpeg" };
    } catch {
      // fall through to the icon for an image sharp cannot read
    }
  }
  return { body: await icon(label(mime)), type: "image/png" };
}

const label = (mime: string) =>
  mime === "application/pdf"
    ? "PDF"
    : mime.includes("word")
      ? "DOC"
      : (mime.split("/")[1] ?? "FILE").slice(0, 4).toUpperCase();

function icon(text: string) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 240 240">
  <rect width="240" height="240" fill="#f1f5f9"/>
  <path d="M70 30h70l40 40v140H70z" fill="#fff" stroke="#64748b" stroke-width="6"/>
  <path d="M140 30v40h40" fill="none" stroke="#64748b" stroke-width="6"/>
  <text x="125" y="160" font-family="sans-serif" font-size="38" font-weight="700" fill="#1e3a8a" text-anchor="middle">${text}</text>
</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
