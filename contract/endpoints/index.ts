import type { EndpointDef } from "./define";
import { actionEndpoints } from "./actions";
import { authEndpoints } from "./auth";
import { documentEndpoints } from "./documents";
import { journeyEndpoints } from "./journey";
import { operationEndpoints } from "./operations";
import { paymentEndpoints } from "./payment";
import { policyEndpoints } from "./policies";
import { productEndpoints } from "./products";

export * from "./define";
export * from "./limits";
export * from "./path";
export { documentEndpoints, type DocumentName } from "./documents";

/** Every endpoint of the Policy API, by name: the one place an endpoint is written down. */
export const endpoints = {
  ...productEndpoints,
  ...journeyEndpoints,
  ...paymentEndpoints,
  ...policyEndpoints,
  ...actionEndpoints,
  ...documentEndpoints,
  ...authEndpoints,
  ...operationEndpoints,
} satisfies Record<string, EndpointDef>;

export type EndpointName = keyof typeof endpoints;
export type Endpoint = (typeof endpoints)[EndpointName];

export const endpointList = Object.entries(endpoints).map(([name, def]) => ({ name, ...def })) as Array<
  EndpointDef & { name: EndpointName }
>;
