// Used by the catalogue tests: a page or component listed there must take every word from the catalogues.
import { readdirSync } from "node:fs";
import { join } from "node:path";

/** Heuristic: English words as JSX text (`>Continue<`) or in a text attribute (`title="Your price"`). */
export function hardCoded(source: string): string[] {
  const code = source.replace(/\{\/\*[\s\S]*?\*\/\}/g, "").replace(/^\s*(\/\/|\*|\/\*\*).*$/gm, "");
  const text = [...code.matchAll(/(?<!=)>\s*([A-Za-z][^<>{}]*?[A-Za-z.?!])\s*</g)].map((m) => m[1]);
  const attributes = [
    ...code.matchAll(/\b(?:title|label|aria-label|caption|description|alt)="([^"]*[A-Za-z][^"]*)"/g),
  ].map((m) => m[1]);
  // Code between a generic's or an arrow's angle brackets is not text.
  const code_like = /[;()=&|]/;
  return [...text.filter((s) => !code_like.test(s)), ...attributes].filter((s) => /[a-z]{2}/i.test(s));
}

/** Every .tsx file under these folders, tests excluded. */
export function componentFiles(...folders: string[]): string[] {
  return folders.flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".tsx") && !f.endsWith(".test.tsx"))
      .map((f) => join(folder, f)),
  );
}
