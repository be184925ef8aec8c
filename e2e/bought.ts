import { applicant, completeSteps, pay } from "../backend/test/journeys";

// Specs about what comes after buying start from a policy bought through the Policy API itself (the same calls the
// web app makes, over HTTP): buying in the browser is what purchase.spec.ts and its neighbours test.

const API = `http://127.0.0.1:${process.env.E2E_API_PORT ?? 4110}`;

/** A bicycle policy (Grace Hopper's answers, cover from tomorrow) bought for `email`; returns its number. */
export async function boughtBicycle(email: string, mode: "annual" | "monthly" = "annual"): Promise<string> {
  const a = applicant(API, "bicycle");
  await completeSteps(API, a, "bicycle", { owner: { email } });
  const paid = await pay(API, a, undefined, true, mode);
  if (!/\/done$/.test(paid.location.pathname)) throw new Error(`payment did not complete: ${paid.location}`);
  return a.state.policyNumber!;
}
