import { act, renderHook, waitFor } from "@testing-library/react";
import { delay, http, HttpResponse } from "msw";
import { expect, it } from "vitest";
import type { Form } from "@/contract/form";
import type { Pricing } from "@/contract/pricing";
import { server } from "@/mocks/server";
import { useLivePrice } from "./use-live-price";

const price = (total: string): Pricing => ({
  currency: "GBP",
  amount_pre_fees_and_taxes: total,
  fees: [],
  total_fees: "0.00",
  taxes: [],
  total_taxes: "0.00",
  total,
});
const form: Form = {
  form_id: "quote",
  form_name: "Quote",
  form_type: "form",
  fields: [
    {
      type: "radio",
      name: "tier",
      title: "Tier",
      required: true,
      choices: [
        { value: "basic", label: "Basic" },
        { value: "plus", label: "Plus" },
      ],
    },
  ],
};

it("asks for the price as a quote option changes, and an older answer never overwrites a newer one", async () => {
  server.use(
    http.post("/api/v3/policy/P-1/price/", async ({ request }) => {
      const body = (await request.json()) as { form: { fields: { value: string }[] } };
      const tier = body.form.fields[0].value;
      if (tier === "basic") await delay(300);
      return HttpResponse.json({ pricing: price(tier === "basic" ? "10.00" : "20.00") });
    }),
  );
  const { result } = renderHook(() => useLivePrice("P-1", form, price("5.00")));
  act(() => result.current.onAnswers({ tier: "basic" }, "tier"));
  await new Promise((resolve) => setTimeout(resolve, 350));
  act(() => result.current.onAnswers({ tier: "plus" }, "tier"));
  await waitFor(() => expect(result.current.pricing?.total).toBe("20.00"));
  await new Promise((resolve) => setTimeout(resolve, 400));
  expect(result.current.pricing?.total).toBe("20.00");
  expect(result.current).toMatchObject({ live: true, updating: false, failed: false });
});
