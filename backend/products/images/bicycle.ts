import { svgDataUrl } from "./svg-data-url";

const svg = `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 80" role="img" aria-label="A bicycle">
  <rect width="120" height="80" rx="8" fill="#fdf1e6"/>
  <g fill="none" stroke="#2d3a4a" stroke-width="3" stroke-linecap="round" stroke-linejoin="round">
    <circle cx="32" cy="52" r="16"/>
    <circle cx="88" cy="52" r="16"/>
    <path d="M32 52 L50 30 L78 30 L88 52 M50 30 L60 52 L78 30 M60 52 L32 52 M46 24 H56 M78 30 L74 20 H84"/>
  </g>
  <circle cx="60" cy="52" r="3" fill="#e07a2e"/>
</svg>`;

export const bicycleImage = svgDataUrl(svg);
