import { CATALOGUES } from "@/lib/i18n/catalogue";
import { setFallbackMessages } from "@/lib/i18n/client";
import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterAll, afterEach, beforeAll } from "vitest";
import { server } from "./mocks/server";

beforeAll(() => server.listen({ onUnhandledRequest: "warn" }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  localStorage.clear();
});
afterAll(() => server.close());

// Components read their words from the page's MessagesProvider; tests that render one alone get English.
setFallbackMessages(CATALOGUES.en as unknown as Record<string, Record<string, string>>);
