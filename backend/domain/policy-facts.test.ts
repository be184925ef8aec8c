import { describe, expect, it } from "vitest";
import { getProduct } from "../products";
import { beneficiaries, coverDates, customerFacts, otpEmail } from "./policy-facts";

const travel = getProduct("travel")!;
const bicycle = getProduct("bicycle")!;
const home = getProduct("home-contents")!;

const lead = {
  first_name: "Ada",
  last_name: "Lovelace",
  email: "ada@example.com",
  phone: "+447700900123",
  marketing: false,
};
const ben = { fullname: "Byron King", dob: "2010-05-01", mobile: "+447700900456", email: "", relationship: "child" };

describe("travel facts", () => {
  const answers = {
    trip: { start_date: "2025-07-01", end_date: "2025-07-14", destination: "europe", medical_conditions: "no" },
    "lead-traveller": lead,
    beneficiaries: { beneficiaries: [ben] },
  };

  it("takes the customer and OTP email from the lead traveller", () => {
    expect(customerFacts(travel, answers)).toEqual({
      first_name: "Ada",
      last_name: "Lovelace",
      email: "ada@example.com",
      phone: "+447700900123",
    });
    expect(otpEmail(travel, answers)).toBe("ada@example.com");
    expect(otpEmail(travel, { trip: answers.trip })).toBeNull();
  });

  it("covers the trip dates", () => {
    expect(coverDates(travel, answers, "2025-05-01")).toEqual({ start_date: "2025-07-01", end_date: "2025-07-14" });
    expect(coverDates(travel, {}, "2025-05-01")).toEqual({ start_date: null, end_date: null });
  });

  it("maps the beneficiaries group to v3 beneficiaries", () => {
    expect(beneficiaries(travel, answers)).toEqual([
      { fullname: "Byron King", dob: "2010-05-01", mobile: "+447700900456", email: null, relationship: "child" },
    ]);
    expect(beneficiaries(travel, { beneficiaries: { beneficiaries: null } })).toEqual([]);
  });
});

describe("bicycle facts", () => {
  const owner = {
    first_name: "Chris",
    last_name: "Boardman",
    email: "chris@example.com",
    phone: null,
    postcode: "CH1 1AA",
  };

  it("takes the customer from the owner form, with no phone when none was given", () => {
    expect(customerFacts(bicycle, { owner })).toEqual({
      first_name: "Chris",
      last_name: "Boardman",
      email: "chris@example.com",
      phone: null,
    });
    expect(customerFacts(bicycle, {})).toEqual({ first_name: null, last_name: null, email: null, phone: null });
  });

  it("covers 12 months from the chosen start date", () => {
    expect(coverDates(bicycle, { bike: { start_date: "2025-03-01" } }, "2025-02-20")).toEqual({
      start_date: "2025-03-01",
      end_date: "2026-02-28",
    });
    expect(coverDates(bicycle, { bike: { start_date: "2024-02-29" } }, "2024-02-20")).toEqual({
      start_date: "2024-02-29",
      end_date: "2025-02-28",
    });
    expect(coverDates(bicycle, { bike: { start_date: "2025-06-15" } }, "2025-06-01")).toEqual({
      start_date: "2025-06-15",
      end_date: "2026-06-14",
    });
    expect(coverDates(bicycle, { bike: { start_date: null } }, "2025-06-01")).toEqual({
      start_date: null,
      end_date: null,
    });
  });

  it("has no beneficiaries and no OTP", () => {
    expect(beneficiaries(bicycle, { owner })).toEqual([]);
    expect(otpEmail(bicycle, { owner })).toBeNull();
  });
});

describe("home contents facts", () => {
  const you = {
    first_name: "Grace",
    last_name: "Hopper",
    email: "grace@example.com",
    phone: "+447700900789",
    consent: true,
    source: "web",
  };

  it("takes the customer from the about-you form", () => {
    expect(customerFacts(home, { you })).toEqual({
      first_name: "Grace",
      last_name: "Hopper",
      email: "grace@example.com",
      phone: "+447700900789",
    });
  });

  it("covers 12 months from the day of purchase", () => {
    expect(coverDates(home, { you }, "2025-01-01")).toEqual({ start_date: "2025-01-01", end_date: "2025-12-31" });
    expect(coverDates(home, {}, "2025-08-31")).toEqual({ start_date: "2025-08-31", end_date: "2026-08-30" });
  });

  it("has no beneficiaries and no OTP", () => {
    expect(beneficiaries(home, { you })).toEqual([]);
    expect(otpEmail(home, { you })).toBeNull();
  });
});
