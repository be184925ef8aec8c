import type { z } from "zod";
import { invalid } from "./errors";

/** Parses with a contract schema; the first problem becomes an `invalid` sentence naming where it is. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what = "request body"): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue.path.length ? `${issue.path.join(".")}` : what;
  const message = issue.code === "invalid_type" && issue.input === undefined ? "is required" : issue.message;
  const said = message.replace(/^Invalid input: /, "").replace(/\.$/, "");
  throw invalid(`The ${what} is not valid: ${where} ${said}.`);
}
