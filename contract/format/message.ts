/**
 * A small subset of ICU MessageFormat, enough for our catalogues and light enough for the browser:
 * `{name}` and `{n, plural, one {# file} other {# files}}` (any CLDR category, `=0` exact matches, `#`).
 */
export type Params = Record<string, string | number>;

function findClose(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

function plural(body: string, value: number, params: Params, locale: string): string {
  const options: Record<string, string> = {};
  let rest = body;
  while (rest.trim()) {
    const m = /^\s*(=?\w+)\s*\{/.exec(rest);
    if (!m) break;
    const open = m[0].length - 1;
    const close = findClose(rest, open);
    if (close < 0) break;
    options[m[1]] = rest.slice(open + 1, close);
    rest = rest.slice(close + 1);
  }
  const chosen = options[`=${value}`] ?? options[new Intl.PluralRules(locale).select(value)] ?? options.other ?? "";
  return formatMessage(chosen.replace(/#/g, new Intl.NumberFormat(locale).format(value)), params, locale);
}

export function formatMessage(template: string, params: Params = {}, locale = "en"): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) break;
    const close = findClose(template, open);
    if (close < 0) break;
    out += template.slice(i, open);
    const inner = template.slice(open + 1, close);
    const [name, kind, ...body] = inner.split(",");
    const value = params[name.trim()];
    if (kind?.trim() === "plural") out += plural(body.join(","), Number(value), params, locale);
    else out += value === undefined ? `{${inner}}` : String(value);
    i = close + 1;
  }
  return out + template.slice(i);
}

/** The placeholders a template names, for the catalogue check. */
export function placeholders(template: string): string[] {
  const names = new Set<string>();
  for (const m of template.matchAll(/\{\s*(\w+)\s*(?:,|\})/g)) names.add(m[1]);
  return [...names].sort();
}
