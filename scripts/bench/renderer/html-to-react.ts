// The React elements for a piece of HTML, with no component and no hook: what React alone does to create a DOM,
// the renderer bench's reference for the cost of ours' markup apart from its logic.
import { createElement, type ReactNode } from "react";

const PROPS: Record<string, string> = {
  class: "className",
  for: "htmlFor",
  autocomplete: "autoComplete",
  spellcheck: "spellCheck",
  inputmode: "inputMode",
  readonly: "readOnly",
  novalidate: "noValidate",
  tabindex: "tabIndex",
};
// A form control's state as HTML writes it is its starting state in React.
const STARTING: Record<string, string> = { value: "defaultValue", checked: "defaultChecked" };
const BOOLEAN = new Set(["readOnly", "noValidate", "disabled", "required", "multiple", "defaultChecked", "hidden"]);
const VOID = new Set(["input", "br", "img", "hr"]);

function toElement(node: Node, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const tag = element.tagName.toLowerCase();
  const control = tag === "input" || tag === "textarea" || tag === "select";
  const props: Record<string, unknown> = { key };
  for (const { name, value } of Array.from(element.attributes)) {
    if (name === "style" || (name === "selected" && tag === "option")) continue;
    const prop = (control && STARTING[name]) || PROPS[name] || name;
    props[prop] = BOOLEAN.has(prop) ? true : value;
  }
  if (VOID.has(tag)) return createElement(tag, props);
  const children = Array.from(element.childNodes, toElement);
  return createElement(tag, props, ...(children.length ? [children] : []));
}

export function htmlToReact(html: string): ReactNode[] {
  const body = new DOMParser().parseFromString(html, "text/html").body;
  return Array.from(body.childNodes, toElement);
}
