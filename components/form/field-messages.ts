import { get, type FieldErrors } from "react-hook-form";
import { errorMessages } from "@/lib/form-resolver";

/** A field's messages: the client's own check first, else what the server said. */
export function messagesAt(
  errors: FieldErrors,
  server: Record<string, string[]>,
  path: string,
  isGroup = false,
): string[] {
  const error: { root?: unknown } | undefined = get(errors, path);
  const client = errorMessages(isGroup ? error?.root : error);
  return client.length > 0 ? client : (server[path] ?? []);
}
