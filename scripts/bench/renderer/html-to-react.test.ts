// @vitest-environment jsdom
import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, it } from "vitest";
import { htmlToReact } from "./html-to-react";

const markup = (html: string) => renderToStaticMarkup(createElement(Fragment, null, ...htmlToReact(html)));

/** The elements, their attributes (sorted, any case) and their text, one line each: HTML read as a browser reads it. */
function outline(html: string): string {
  const lines: string[] = [];
  const walk = (node: Node, depth: number) => {
    if (node.nodeType === Node.TEXT_NODE) lines.push(`${" ".repeat(depth)}"${node.textContent}"`);
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    const attributes = Array.from(element.attributes, (a) => `${a.name.toLowerCase()}=${a.value}`).sort();
    lines.push(`${" ".repeat(depth)}${element.tagName} ${attributes.join(" ")}`);
    element.childNodes.forEach((child) => walk(child, depth + 1));
  };
  const body = new DOMParser().parseFromString(html, "text/html").body;
  body.normalize();
  body.childNodes.forEach((child) => walk(child, 0));
  return lines.join("\n");
}

it("gives React the markup it was made from: attributes, controls' starting values, void elements", () => {
  const html =
    '<form novalidate="" class="long-form space-y-8"><div class="field-frame"><label for="x" class="font-semibold">' +
    'Name</label><input id="x" inputmode="numeric" autocomplete="off" spellcheck="false" aria-invalid="true" ' +
    'type="text" value="Ada" name="x"></div><fieldset role="radiogroup" aria-describedby="h"><legend>Pick</legend>' +
    '<p id="h">One</p><label for="r0"><input id="r0" type="radio" value="n" checked="" name="r">North</label>' +
    '</fieldset><input readonly="" value="fixed"><textarea name="t" rows="5"></textarea></form>';
  expect(outline(markup(html))).toBe(outline(html));
});

it("names each prop as React does, so a control starts with its value and stays the person's to change", () => {
  const [input] = htmlToReact('<input class="box" type="text" value="Ada" readonly="" inputmode="numeric">');
  expect((input as { props: object }).props).toEqual({
    className: "box",
    type: "text",
    defaultValue: "Ada",
    readOnly: true,
    inputMode: "numeric",
  });
});

it("keeps the text and leaves comments out", () => {
  expect(outline(markup("<p>a<!-- note -->b</p>"))).toBe(outline("<p>ab</p>"));
});
