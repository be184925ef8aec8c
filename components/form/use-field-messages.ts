"use client";

import { get, useFormState } from "react-hook-form";
import { errorMessages } from "@/lib/form-resolver";
import { useRenderer } from "./renderer-context";

/** The messages to show on a field: the client's own check first, else what the server said. */
export function useFieldMessages(path: string, isGroup = false): string[] {
  const { errors } = useFormState({ name: path });
  const { serverErrors } = useRenderer();
  const error = get(errors, path);
  const client = errorMessages(isGroup ? error?.root : error);
  return client.length > 0 ? client : (serverErrors[path] ?? []);
}
