// The benchmark page: our renderer, @rjsf/core, one bare text box (#none: the page's own cost, typing included),
// React alone creating the HTML in window.benchDom (#react-dom: ours' markup without its logic) or the browser alone
// parsing it (#html) by the address's #hash, on the same 150-field form, timing its mount and each keystroke to the
// next paint. Built by ../renderer.ts with esbuild; never part of the app.
import Form from "@rjsf/core";
import validator from "@rjsf/validator-ajv8";
import { useEffect } from "react";
import { createRoot } from "react-dom/client";
import { FormRenderer } from "@/components/form/form-renderer";
import { htmlToReact } from "./html-to-react";
import { ourForm, rjsfForm } from "./form-150";

type Timings = { mountMs?: number; settledMs?: number; keystrokeMs: number[] };
const timings: Timings = { keystrokeMs: [] };
(window as unknown as { benchTimings: Timings }).benchTimings = timings;

/** After the next paint: a frame, then a task. */
const afterPaint = (then: () => void) => requestAnimationFrame(() => setTimeout(then, 0));

document.addEventListener(
  "keydown",
  (event) => {
    const start = event.timeStamp;
    afterPaint(() => timings.keystrokeMs.push(performance.now() - start));
  },
  true,
);

/** Quiet this long after a paint, the page has settled: every field a renderer adds after its first paint is in. */
const QUIET_MS = 300;

/**
 * Times the first paint after the first commit (mountMs) and the paint after the last change to the page before
 * typing (settledMs): the same for a renderer that mounts everything at once; for one that adds fields in later
 * renders, when the last of them is painted.
 */
function Mounted({ since }: { since: number }) {
  useEffect(() => {
    afterPaint(() => {
      timings.mountMs = performance.now() - since;
      performance.mark("bench-mounted");
      let lastPaint = timings.mountMs;
      let quiet = setTimeout(settle, QUIET_MS);
      const observer = new MutationObserver(() => {
        clearTimeout(quiet);
        afterPaint(() => {
          lastPaint = performance.now() - since;
          clearTimeout(quiet);
          quiet = setTimeout(settle, QUIET_MS);
        });
      });
      function settle() {
        observer.disconnect();
        timings.settledMs = lastPaint;
      }
      observer.observe(document.getElementById("root")!, { childList: true, subtree: true, attributes: true });
    });
  }, [since]);
  return null;
}

const which = location.hash.slice(1);
// #react-dom's elements are built before the clock starts: it times React's work alone.
const dom = which === "react-dom" ? htmlToReact((window as unknown as { benchDom: string }).benchDom) : null;
const since = performance.now();
// The mount's bounds in a trace (trace.ts counts the CPU between them).
performance.mark("bench-start");
// Only the renderer on the page builds its notation of the form (the other's would count in its mount).
const rjsf = which === "rjsf" ? rjsfForm() : null;
// #html: the browser alone building the same markup from HTML, with no script: the browser's own work on it.
if (which === "html") {
  document.getElementById("root")!.innerHTML = (window as unknown as { benchDom: string }).benchDom;
  const timer = document.createElement("div");
  document.body.append(timer);
  createRoot(timer).render(<Mounted since={since} />);
} else
  createRoot(document.getElementById("root")!).render(
    <>
      {which === "none" ? (
        <label>
          Only question <input type="text" />
        </label>
      ) : dom ? (
        dom
      ) : rjsf ? (
        <Form schema={rjsf.schema} uiSchema={rjsf.uiSchema} formData={rjsf.formData} validator={validator} />
      ) : (
        <FormRenderer form={ourForm()} policyNumber={null} onSubmit={async () => undefined} />
      )}
      <Mounted since={since} />
    </>,
  );
