import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/catalogue";
import { suspendedSentence } from "./suspension";
import { around, coverPeriod, formatMoment } from "./words";

const en = translator("en", "account");
const ar = translator("ar", "account");

describe("the account's words", () => {
  it("writes the cover period in the page's language", () => {
    expect(coverPeriod("2026-03-01", "2027-02-28", en, "en-GB")).toBe("1 March 2026 to 28 February 2027");
    expect(coverPeriod(null, "2027-02-28", en, "en-GB")).toBe("Until 28 February 2027");
    expect(coverPeriod(null, null, en, "en-GB")).toBe("Not set yet");
    const arabic = coverPeriod("2026-03-01", "2027-02-28", ar, "ar-u-nu-latn");
    expect(arabic).toMatch(/^من 1 .+ 2026 إلى 28 .+ 2027$/);
  });

  it("writes a moment in UK time, in English as before and in Arabic with Latin digits", () => {
    expect(formatMoment("2026-03-03T14:05:00Z", "en-GB")).toBe("3 March 2026 at 14:05");
    expect(formatMoment("2026-03-03", "en-GB")).toBe("3 March 2026");
    const arabic = formatMoment("2026-07-03T14:05:00Z", "ar-u-nu-latn");
    expect(arabic).toMatch(/3/);
    expect(arabic).toMatch(/15:05|3:05/); // British Summer Time
    expect(arabic).toMatch(/[\u0600-\u06FF]/);
    expect(formatMoment("not a time", "ar-u-nu-latn")).toBe("not a time");
  });

  it("splits a message around the places for links, in the order the message has them", () => {
    expect(around(en, "tryAgainOrBack", ["again", "back"])).toEqual(["", " or ", "."]);
    expect(around(en, "signedInAs", ["name"])).toEqual(["Signed in as ", ""]);
    expect(around(ar, "signedInAs", ["name"])).toEqual(["سجّلت الدخول باسم ", ""]);
  });

  it("says a suspended policy is suspended, since when and why", () => {
    const logs = [{ timestamp: "2026-05-04T10:00:00Z", status: "Suspended", note: "unpaid premium" }];
    expect(suspendedSentence("Active", en, "en-GB", logs)).toBeNull();
    expect(suspendedSentence("Suspended", en, "en-GB", logs)).toMatch(
      /^Your cover is suspended since 4 May 2026 \(unpaid premium\): nothing that happens/,
    );
    expect(suspendedSentence("Suspended", en, "en-GB")).toMatch(/^Your cover is suspended: nothing/);
    expect(suspendedSentence("Suspended", ar, "ar-u-nu-latn", logs)).toMatch(/^تغطيتك موقوفة منذ 4 .+ 2026/);
  });
});
