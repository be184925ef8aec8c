// A form its script submits has no address of its own to go to: submitted before that script runs (a slow phone, a
// quick Enter), the browser would send every field in the page's own address, a password or a name and a date of
// birth into the address bar, the history and every server log on the way, and reload the page empty. ClientForm
// (components/ui/client-form.tsx) marks such a form; this script, inline at the top of every page, holds a submit
// of a marked form until ClientForm says its handlers are in, which then sends it as the person asked. Without any
// script the form posts to the page (method="post"), so the fields still never reach an address. What the script
// notes is kept in properties of the form, not attributes, which hydration would find differing from the server's.

/** On every form ClientForm renders. */
export const CLIENT_FORM = "data-client-form";

/** The form's properties the script sets: the submit it holds (its button, or the form), and that it may stop. */
export const SUBMIT_HELD = "__submitHeld";
const FORM_READY = "__formReady";

type Marked = HTMLFormElement & { [SUBMIT_HELD]?: HTMLElement; [FORM_READY]?: boolean };

/** The inline script: plain ES5, as it runs before anything else. */
export const EARLY_SUBMIT_SCRIPT =
  `document.addEventListener("submit",function(e){var f=e.target;` +
  `if(!(f instanceof HTMLFormElement)||!f.hasAttribute("${CLIENT_FORM}")||f.${FORM_READY})return;` +
  `e.preventDefault();f.${SUBMIT_HELD}=e.submitter||f},true);`;

/** Whether the script is holding a submit of `form`. */
export const submitHeld = (form: HTMLFormElement) => (form as Marked)[SUBMIT_HELD] !== undefined;

/** Marks `form` ready and sends the submit the script held for it, if any, from the button that made it. */
export function releaseHeldSubmit(form: HTMLFormElement): void {
  const marked = form as Marked;
  marked[FORM_READY] = true;
  const held = marked[SUBMIT_HELD];
  if (held === undefined) return;
  delete marked[SUBMIT_HELD];
  const by = (held instanceof HTMLButtonElement || held instanceof HTMLInputElement) && held.form === form;
  form.requestSubmit(by ? held : undefined);
}
