import { act } from "@testing-library/react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { EARLY_SUBMIT_SCRIPT, submitHeld } from "@/lib/early-submit";
import { ClientForm } from "./client-form";

const page = (onSubmit: (submitter: string | undefined) => void) => (
  <ClientForm
    noValidate
    onSubmit={(event) => {
      event.preventDefault();
      onSubmit((event.nativeEvent as SubmitEvent).submitter?.textContent ?? undefined);
    }}
  >
    <input name="password" defaultValue="" aria-label="Password" />
    <button type="submit">Save</button>
    <button type="submit">Send</button>
  </ClientForm>
);

describe("ClientForm", () => {
  beforeAll(() => new Function(EARLY_SUBMIT_SCRIPT)());
  afterEach(() => document.body.replaceChildren());

  it("posts when it has no script, so its fields never go into the address", () => {
    document.body.innerHTML = renderToString(page(() => undefined));
    expect(document.querySelector("form")).toHaveAttribute("method", "post");
  });

  it("holds a submit made before hydration and sends it once, from the same button, when hydrated", async () => {
    const sent = vi.fn();
    const container = document.createElement("div");
    container.innerHTML = renderToString(page(sent));
    document.body.append(container);
    const form = container.querySelector("form")!;
    const send = [...form.querySelectorAll("button")][1];

    const submit = new SubmitEvent("submit", { bubbles: true, cancelable: true, submitter: send });
    form.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    expect(submitHeld(form)).toBe(true);

    await act(async () => void hydrateRoot(container, page(sent)));
    expect(sent).toHaveBeenCalledTimes(1);
    expect(sent).toHaveBeenCalledWith("Send");
    expect(submitHeld(form)).toBe(false);
  });

  it("leaves a submit after hydration to the form's own handler, once", async () => {
    const sent = vi.fn();
    const container = document.createElement("div");
    container.innerHTML = renderToString(page(sent));
    document.body.append(container);
    await act(async () => void hydrateRoot(container, page(sent)));
    const form = container.querySelector("form")!;
    await act(async () => form.requestSubmit());
    expect(sent).toHaveBeenCalledTimes(1);
    expect(submitHeld(form)).toBe(false);
  });
});
