import { describe, expect, it } from "vitest";
import { endpointList, type EndpointDef } from "@/contract/endpoints";
import { matchRoute, PROXY_ROUTES } from "./proxy-paths";

const sample = (e: EndpointDef) => e.path.replace(/:(\w+)/g, "x-$1");

describe("the proxy's allow-list comes from the endpoint table", () => {
  it("lets through each entry marked for the browser, with that entry's flags, and nothing else", () => {
    for (const e of endpointList) {
      const method = e.proxy?.browserMethod ?? e.method;
      const match = matchRoute(method, sample(e));
      if (e.proxy) expect(match?.route.name, `${method} ${e.path}`).toBe(e.name);
      else expect(match?.route.name, `${method} ${e.path}`).not.toBe(e.name);
    }
    expect(PROXY_ROUTES.length).toBe(endpointList.filter((e) => e.proxy).length);
  });

  it("reads the policy, the product and the document from the path", () => {
    expect(matchRoute("GET", "/api/v3/policy/P%201/coi/")?.params).toEqual({ policy: "P 1", document: "coi" });
    expect(matchRoute("POST", "/api/v3/policy/submit/travel")?.params).toEqual({ slug: "travel" });
    expect(matchRoute("GET", "/api/v3/policy/all/")?.route.name).toBe("policyList");
    expect(matchRoute("POST", "/api/v3/payment/token/")?.route.upstreamMethod).toBe("GET");
    expect(matchRoute("GET", "/api/v3/dev/outbox/")?.route.devOnly).toBe(true);
    expect(matchRoute("GET", "/api/v3/health/")).toBeNull();
  });
});
