import { documentEndpoints, type DocumentName } from "@/contract/endpoints/documents";
import { pathTo } from "@/contract/endpoints/path";

const isDocument = (name: string): name is DocumentName => Object.hasOwn(documentEndpoints, name);

/** A policy's document through this app's proxy; a name the table doesn't know fails loudly. */
export function documentPath(policyNumber: string, name: string): string {
  if (!isDocument(name)) throw new Error(`"${name}" is not a policy document of the Policy API.`);
  return pathTo(documentEndpoints[name], { n: policyNumber });
}
