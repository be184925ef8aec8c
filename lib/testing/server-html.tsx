/** Test helper (imported by *.test.tsx only): a page as the browser shows it before the page's script runs. */
import { act } from "@testing-library/react";
import type { ReactElement } from "react";
import { hydrateRoot, type HydrationOptions, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";

/**
 * The server's HTML for `element`, in the document and not yet React's: a test may answer in it as a person on a slow
 * phone would, then `hydrate()` hands it to React. `remove()` unmounts it and takes it out of the document.
 */
export function serverHtml(element: ReactElement) {
  const container = document.createElement("div");
  container.innerHTML = renderToString(element);
  document.body.appendChild(container);
  let root: Root | null = null;
  return {
    container,
    async hydrate(options?: HydrationOptions) {
      root = await act(async () => hydrateRoot(container, element, options));
    },
    remove() {
      const hydrated = root;
      if (hydrated) act(() => hydrated.unmount());
      container.remove();
    },
  };
}
