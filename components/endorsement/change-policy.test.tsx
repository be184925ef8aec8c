import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { server } from "@/mocks/server";
import { CHANGE_POLICY, CHANGE_VERSION, endorsementFaults } from "@/mocks/endorsement";
import { ChangePolicy } from "./change-policy";

const router = vi.hoisted(() => ({ replace: vi.fn(), push: vi.fn(), refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

function setup() {
  const user = userEvent.setup();
  render(
    <ChangePolicy
      policyNumber={CHANGE_POLICY}
      versionId={CHANGE_VERSION}
      audience="customer"
      backHref={`/account/policies/${CHANGE_POLICY}`}
    />,
  );
  return user;
}

async function newPhone(user: ReturnType<typeof setup>) {
  const phone = await screen.findByLabelText(/Phone number/);
  expect(phone).toHaveValue("07700 900123"); // pre-filled with the policy's answer
  await user.clear(phone);
  await user.type(phone, "07700 900999");
  await user.click(screen.getByRole("button", { name: "See the price" }));
}

beforeEach(() => vi.clearAllMocks());

describe("ChangePolicy against the mocks", () => {
  it("a change that costs nothing: the preview, then the change made on the version shown, with the reason", async () => {
    const sent: Array<{ ifMatch: string | null; body: Record<string, unknown> }> = [];
    server.events.on("request:start", async ({ request }) => {
      if (request.method === "POST" && new URL(request.url).pathname === `/api/v3/policy/${CHANGE_POLICY}/endorse/`)
        sent.push({ ifMatch: request.headers.get("if-match"), body: await request.clone().json() });
    });
    const user = setup();
    await newPhone(user);
    expect(await screen.findByText(/07700 900123 → 07700 900999/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Confirm the change" }));
    expect(await screen.findByText("Tell us why you're making this change")).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Why are you making this change\?/), "New phone");
    await user.click(screen.getByRole("button", { name: "Confirm the change" }));
    expect(await screen.findByText("The policy is changed")).toBeInTheDocument();
    expect(router.refresh).toHaveBeenCalled();
    server.events.removeAllListeners();
    expect(sent).toEqual([
      {
        ifMatch: CHANGE_VERSION,
        body: expect.objectContaining({
          answers: { owner: { phone: "07700 900999" } },
          effective_date: "2026-12-02",
          reason: "New phone",
        }),
      },
    ]);
  });

  it("a costlier change offers to pay; a refusal says who can make it", async () => {
    server.use(...endorsementFaults.charge);
    const user = setup();
    await newPhone(user);
    expect(await screen.findByRole("button", { name: "Confirm and pay" })).toBeInTheDocument();
    server.use(endorsementFaults.byAnAgent);
    await user.click(screen.getByRole("button", { name: "Change the answers" }));
    await user.click(await screen.findByRole("button", { name: "See the price" }));
    expect(await screen.findByText(/Only an agent can change "Phone number"/)).toBeInTheDocument();
  });

  it("a backend without the extension: a plain sentence, no form", async () => {
    server.use(endorsementFaults.noExtension);
    setup();
    expect(
      await screen.findByText("This policy can't be changed online. Please contact us to change it."),
    ).toBeVisible();
    expect(screen.queryByRole("button", { name: "See the price" })).not.toBeInTheDocument();
  });
});
