import { svgDataUrl } from "./svg-data-url";

const svg = `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 80" role="img" aria-label="A plane over hills">
  <rect width="120" height="80" rx="8" fill="#e8f1fb"/>
  <circle cx="92" cy="22" r="9" fill="#f7c948"/>
  <path d="M0 66 Q30 48 60 62 T120 58 V80 H0Z" fill="#9cc5a1"/>
  <path d="M22 38 L70 30 L84 20 L90 22 L82 32 L98 34 L100 38 L80 38 L70 48 L64 48 L68 38 L34 42Z" fill="#1f4e79"/>
</svg>`;

export const travelImage = svgDataUrl(svg);
