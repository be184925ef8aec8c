"use client";

import { useSyncExternalStore } from "react";
import type { Field } from "@/contract/form";
import { errorEntries, type SummaryEntry } from "./error-entries";
import { ErrorSummary } from "./error-summary-box";
import { useRenderer } from "./renderer-context";
import { hasServerErrors, type ServerErrors } from "./server-errors";

type FormErrorSummaryProps = { fields: Field[]; server: ServerErrors; focusToken: number };

const NO_ENTRIES: SummaryEntry[] = [];
const nothingToHear = () => () => {};

/**
 * The summary wired to the form state: client errors after a submit, and the server's. The answers (which decide
 * what is shown) are watched only while there is a message to list, so typing in a clean form doesn't render it.
 */
export function FormErrorSummary({ fields, server, focusToken }: FormErrorSummaryProps) {
  const { store } = useRenderer();
  const errors = useSyncExternalStore(store.subscribeMessages, store.clientErrors, store.clientErrors);
  const any = Object.keys(errors).length > 0 || hasServerErrors(server);
  const values = useSyncExternalStore(any ? store.subscribeChanges : nothingToHear, store.all, store.all);
  const entries = any ? errorEntries(fields, values, errors, server) : NO_ENTRIES;
  return <ErrorSummary entries={entries} focusToken={focusToken} />;
}
