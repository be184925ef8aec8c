import type { Translate } from "./catalogue";

/** A status as people read it in the page's language (the `status` namespace); an unknown one as the API says it. */
export function statusName(status: string, t: Translate): string {
  const name = t(status);
  return name === status ? status : name;
}
