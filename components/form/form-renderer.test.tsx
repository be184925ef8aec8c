import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { describe, expect, it, vi } from "vitest";
import { serverHtml } from "@/lib/testing/server-html";
import { FormRenderer } from "./form-renderer";
import { field, makeForm, renderForm, TODAY } from "./testing";
import { FIRST_SCREEN_FIELDS } from "./use-first-screen";

const name = () => field("text", "full_name", { title: "Full name", required: true });
const email = () => field("email", "email", { title: "Email address", required: true });

describe("FormRenderer", () => {
  it("names the main button Continue and submits with Enter", async () => {
    const { user, onSubmit } = renderForm([name()]);
    await user.type(screen.getByLabelText("Full name"), "Ann Lee{Enter}");
    expect(onSubmit).toHaveBeenCalledWith({ full_name: "Ann Lee" });
    expect(screen.getByRole("button", { name: "Continue" })).toHaveAttribute("type", "submit");
  });

  it("lets fields off screen skip rendering only in a long form, so a short step never shifts as it scrolls", () => {
    const { unmount } = renderForm([name(), email()]);
    expect(document.querySelector("form")).not.toHaveClass("long-form");
    unmount();
    renderForm(Array.from({ length: 41 }, (_, i) => field("text", `f${i}`, { title: `Field ${i}` })));
    expect(document.querySelector("form")).toHaveClass("long-form");
  });

  it("mounts a long form's first screenful first and the rest right after, keeping every answer", async () => {
    const fields = Array.from({ length: 45 }, (_, i) =>
      field("text", `f${i}`, { title: `Field ${i}`, required: true }),
    );
    const onSubmit = vi.fn(async () => undefined);
    const container = document.body.appendChild(document.createElement("div"));
    // Outside act(), which would run the later render before anything could look at the first.
    const actEnvironment = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    const root = createRoot(container);
    try {
      flushSync(() =>
        root.render(<FormRenderer form={makeForm(fields)} policyNumber={null} onSubmit={onSubmit} today={TODAY} />),
      );
      expect(screen.getAllByRole("textbox")).toHaveLength(FIRST_SCREEN_FIELDS);
      await waitFor(() => expect(screen.getAllByRole("textbox")).toHaveLength(45));
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = actEnvironment;
      const user = userEvent.setup();
      for (const [i, box] of screen.getAllByRole("textbox").entries()) await user.type(box, `a${i}`);
      await user.click(screen.getByRole("button", { name: "Continue" }));
      expect(onSubmit).toHaveBeenCalledWith(Object.fromEntries(fields.map((f, i) => [f.name, `a${i}`])));
    } finally {
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = actEnvironment;
      act(() => root.unmount());
      container.remove();
    }
  });

  it("hydrates a long form the server rendered whole, with no mismatch", async () => {
    const fields = Array.from({ length: 45 }, (_, i) => field("text", `f${i}`, { title: `Field ${i}` }));
    const element = (
      <FormRenderer form={makeForm(fields)} policyNumber={null} onSubmit={async () => undefined} today={TODAY} />
    );
    const page = serverHtml(element);
    expect(page.container.querySelectorAll("input[type=text]")).toHaveLength(45);
    const onRecoverableError = vi.fn();
    await page.hydrate({ onRecoverableError });
    try {
      expect(page.container.querySelectorAll("input[type=text]")).toHaveLength(45);
      expect(onRecoverableError).not.toHaveBeenCalled();
    } finally {
      page.remove();
    }
  });

  it("keeps what was typed and chosen in the server's HTML before the page's script ran", async () => {
    const choices = [
      { value: "a", label: "Alpha" },
      { value: "b", label: "Beta" },
    ];
    const fields = [
      name(),
      field("checkbox", "agree", { title: "I agree" }),
      field("radio", "plan", { title: "Plan", choices }),
      field("select", "colour", { title: "Colour", choices }),
      field("multiselect", "extras", { title: "Extras", choices }),
      field("date", "start", { title: "Start" }),
    ];
    const onSubmit = vi.fn(async () => undefined);
    const page = serverHtml(
      <FormRenderer form={makeForm(fields)} policyNumber={null} onSubmit={onSubmit} today={TODAY} />,
    );
    // A person on a slow phone answers while the page's script is still loading.
    const text = screen.getByLabelText("Full name") as HTMLInputElement;
    text.value = "Ann Lee";
    (screen.getByLabelText("I agree") as HTMLInputElement).checked = true;
    const beta = within(screen.getByRole("radiogroup", { name: "Plan" })).getByLabelText("Beta") as HTMLInputElement;
    beta.checked = true;
    (screen.getByLabelText("Colour") as HTMLSelectElement).value = "b";
    (within(screen.getByRole("group", { name: "Extras" })).getByLabelText("Alpha") as HTMLInputElement).checked = true;
    const start = within(screen.getByRole("group", { name: "Start" }));
    for (const [label, value] of [
      ["Day", "7"],
      ["Month", "9"],
      ["Year", "2026"],
    ])
      (start.getByLabelText(label) as HTMLInputElement).value = value;
    await page.hydrate();
    try {
      expect(text.value).toBe("Ann Lee");
      expect(screen.getByLabelText("I agree")).toBeChecked();
      expect(beta).toBeChecked();
      await userEvent.setup().click(screen.getByRole("button", { name: "Continue" }));
      await waitFor(() =>
        expect(onSubmit).toHaveBeenCalledWith({
          full_name: "Ann Lee",
          agree: true,
          plan: "b",
          colour: "b",
          extras: ["a"],
          start: "2026-09-07",
        }),
      );
    } finally {
      page.remove();
    }
  });

  it("after a failed client check, focuses the summary whose links go to each control", async () => {
    const { user, submit, onSubmit } = renderForm([name(), email()]);
    await submit();
    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getByRole("alert");
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole("heading", { name: "There is a problem" })).toBeInTheDocument();
    const links = within(summary).getAllByRole("link");
    expect(links.map((a) => a.textContent)).toEqual(["Enter full name.", "Enter email address."]);
    await user.click(links[1]);
    expect(screen.getByLabelText("Email address")).toHaveFocus();
  });

  it("shows the server's field and form errors, focuses the summary, and clears a field's error once edited", async () => {
    const { user, submit, onSubmit } = renderForm([name(), email()]);
    onSubmit.mockResolvedValueOnce({
      form: makeForm(
        [
          { ...name(), value: "Ann", errors: ["This name is on our sanctions list check: call us."] },
          { ...email(), value: "a@b.co", errors: ["This field is required."] },
        ],
        { errors: ["We could not check your answers."] },
      ),
    });
    await user.type(screen.getByLabelText("Full name"), "Ann");
    await user.type(screen.getByLabelText("Email address"), "a@b.co");
    await submit();
    const summary = await screen.findByRole("alert");
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveTextContent("We could not check your answers.");
    expect(within(summary).getByRole("link", { name: "Email address: This field is required." })).toHaveAttribute(
      "href",
      `#${screen.getByLabelText("Email address").id}`,
    );
    const box = screen.getByLabelText("Email address");
    expect(box).toHaveAccessibleDescription("Error: This field is required.");
    await user.type(box, "m");
    expect(box).not.toHaveAttribute("aria-invalid");
    expect(within(summary).queryByText(/Email address:/)).not.toBeInTheDocument();
    expect(screen.getByLabelText("Full name")).toHaveAccessibleDescription(/sanctions list/);
  });

  it("shows errors carried by the form it is given, and focuses the summary", () => {
    const form = makeForm([{ ...email(), value: "x@y.z", errors: ["That email is already in use."] }]);
    renderForm([], { form });
    expect(screen.getByRole("alert")).toHaveFocus();
    expect(screen.getByLabelText("Email address")).toHaveAccessibleDescription("Error: That email is already in use.");
  });

  it("hides a field by show_if, unmounts it and leaves its value out", async () => {
    const { user, submit, onSubmit } = renderForm([
      field("radio", "has_claims", {
        title: "Any claims?",
        choices: [
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ],
      }),
      field("textarea", "claims", {
        title: "Tell us about them",
        required: true,
        show_if: { field: "has_claims", equals: "yes" },
      }),
    ]);
    expect(screen.queryByLabelText("Tell us about them")).not.toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "Yes" }));
    await user.type(screen.getByLabelText("Tell us about them"), "A broken window");
    await user.click(screen.getByRole("radio", { name: "No" }));
    expect(screen.queryByLabelText("Tell us about them")).not.toBeInTheDocument();
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ has_claims: "no" });
  });

  it("keeps the answers when sending fails and says so", async () => {
    const onSubmit = vi.fn(async () => {
      throw new Error("offline");
    });
    const { user, submit } = renderForm([name()], { onSubmit });
    await user.type(screen.getByLabelText("Full name"), "Ann");
    await submit();
    expect(await screen.findByRole("alert")).toHaveTextContent(/could not be sent/);
    expect(screen.getByLabelText("Full name")).toHaveValue("Ann");
  });

  it("shows the button as busy and ignores presses while busy", async () => {
    const { user, onSubmit } = renderForm([field("text", "town", { title: "Town" })], {
      busy: true,
      submitLabel: "Get my price",
    });
    const button = screen.getByRole("button", { name: "Get my price" });
    expect(button).toHaveAttribute("aria-busy", "true");
    await user.click(button);
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
