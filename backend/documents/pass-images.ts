import sharp from "sharp";

const BLUE = "#0b4f6c";

// Shapes only: SVG text would depend on whatever fonts the host happens to have.
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect width="64" height="64" rx="14" fill="${BLUE}"/>
  <path d="M32 12 L48 20 V32 C48 42 41 49 32 53 C23 49 16 42 16 32 V20 Z" fill="#ffffff"/>
  <path d="M20 36 Q26 31 32 36 T44 36" stroke="${BLUE}" stroke-width="3.5" fill="none" stroke-linecap="round"/>
</svg>`;

const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 50">
  <path d="M25 5 L41 12 V24 C41 34 34 41 25 45 C16 41 9 34 9 24 V12 Z" fill="#ffffff"/>
  <path d="M13 28 Q19 23 25 28 T37 28" stroke="${BLUE}" stroke-width="3.5" fill="none" stroke-linecap="round"/>
</svg>`;

const png = (svg: string, width: number, height: number) =>
  sharp(Buffer.from(svg))
    .resize(width, height, { fit: "contain", background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();

let cached: Promise<Record<string, Buffer>> | null = null;

/** icon and logo PNGs at 1x, 2x and 3x, rendered once per process. */
export function passImages(): Promise<Record<string, Buffer>> {
  cached ??= (async () => {
    const out: Record<string, Buffer> = {};
    for (const [scale, suffix] of [
      [1, ""],
      [2, "@2x"],
      [3, "@3x"],
    ] as const) {
      out[`icon${suffix}.png`] = await png(ICON, 29 * scale, 29 * scale);
      out[`logo${suffix}.png`] = await png(LOGO, 160 * scale, 50 * scale);
    }
    return out;
  })().catch((e) => {
    cached = null;
    throw e;
  });
  return cached;
}
