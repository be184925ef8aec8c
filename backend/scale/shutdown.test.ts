import { afterAll, expect, it } from "vitest";
import { spawnApi, type ApiProcess } from "../test/api-process";
import { applicant, png, validAnswers } from "../test/journeys";
import { client } from "../test/client";

let api: ApiProcess | null = null;
afterAll(() => api?.stop());

it("on SIGTERM: readiness fails at once, requests in flight and during the drain finish, it exits 0", async () => {
  api = await spawnApi({ SHUTDOWN_DRAIN_MS: "1500" });
  const call = client(api.url);
  expect((await call("GET", "/api/v3/health/ready/")).status).toBe(200);
  const a = applicant(api.url, "home-contents");
  await a.submit("property", validAnswers["home-contents"][0][1]);
  const big = await png(2400, 1800);
  const upload = a.upload("photos", "image/png", big, "big.png");
  api.child.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 200));
  const ready = await call("GET", "/api/v3/health/ready/");
  expect(ready.status).toBe(503);
  expect(ready.json.detail).toBe("This instance is shutting down; another one will answer.");
  expect((await a.submit("contents", { ...validAnswers["home-contents"][1][1], photos: [] })).status).toBe(200);
  expect((await upload).status).toBe(201);
  expect(await api.exited).toBe(0);
}, 120_000);
