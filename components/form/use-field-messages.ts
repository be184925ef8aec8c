"use client";

import { useFormState } from "react-hook-form";
import { messagesAt } from "./error-entries";
import { useRenderer } from "./renderer-context";

/** The messages to show on a field: the client's own check first, else what the server said. */
export function useFieldMessages(path: string, isGroup = false): string[] {
  const { errors } = useFormState({ name: path });
  const { serverErrors } = useRenderer();
  return messagesAt(errors, serverErrors, path, isGroup);
}
