import type { Locale } from "../../contract/locales";
import { say } from "../messages";

/** "Hello Grace," or, without a name, "Hello,". */
export const hello = (firstName: string | null | undefined, language: Locale) =>
  firstName?.trim()
    ? say(language, "email", "hello", { name: firstName.trim() })
    : say(language, "email", "helloNameless");
