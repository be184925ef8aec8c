import type { ClientErrors } from "@/lib/form-values";

/** A field's messages: the client's own check first, else what the server said. */
export function messagesAt(errors: ClientErrors, server: Record<string, string[]>, path: string): string[] {
  const client = errors[path] ?? [];
  return client.length > 0 ? client : (server[path] ?? []);
}
