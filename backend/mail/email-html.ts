import { dirOf, type Locale } from "../../contract/locales";

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
const URL_LINE = /^https?:\/\/\S+$/;

/**
 * The HTML part of an email, from its plain text: paragraphs at blank lines, a line that is a link made one, and
 * the language said (`lang`, and `dir="rtl"` for Arabic) so mail clients lay it out and read it aloud rightly.
 */
export function emailHtml(subject: string, body: string, language: Locale): string {
  const dir = dirOf(language);
  const paragraphs = body
    .split(/\n{2,}/)
    .map((para) =>
      para
        .split("\n")
        .map((line) => lineHtml(line.trim()))
        .join("<br>\n"),
    )
    .map((html) => `<p>${html}</p>`);
  return [
    "<!doctype html>",
    `<html lang="${language}" dir="${dir}">`,
    `<head><meta charset="utf-8"><title>${escape(subject)}</title></head>`,
    `<body dir="${dir}" style="text-align:${dir === "rtl" ? "right" : "left"}">`,
    ...paragraphs,
    "</body>",
    "</html>",
  ].join("\n");
}

function lineHtml(line: string): string {
  const text = escape(line);
  // A link stays left to right inside right-to-left text.
  return URL_LINE.test(line) ? `<a href="${text}" dir="ltr">${text}</a>` : text;
}
