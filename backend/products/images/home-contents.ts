import { svgDataUrl } from "./svg-data-url";

const svg = `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 80" role="img" aria-label="A house with a sofa inside">
  <rect width="120" height="80" rx="8" fill="#eef3ea"/>
  <path d="M24 40 L60 14 L96 40" fill="none" stroke="#7a3e2b" stroke-width="4" stroke-linejoin="round"/>
  <rect x="32" y="38" width="56" height="34" fill="#fffaf2" stroke="#7a3e2b" stroke-width="2"/>
  <rect x="42" y="54" width="36" height="10" rx="3" fill="#4f7cac"/>
  <rect x="40" y="50" width="6" height="14" rx="2" fill="#3b6391"/>
  <rect x="74" y="50" width="6" height="14" rx="2" fill="#3b6391"/>
  <circle cx="60" cy="30" r="4" fill="#f2c14e"/>
</svg>`;

export const homeContentsImage = svgDataUrl(svg);
