import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareDecimals, decimalFixed, decimalPlaces, readDecimal } from "./exact-decimal";

// Decimal strings as people and products write them: signs, leading and trailing zeros, exponents.
const digits = (max: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: max });
const decimalText = fc
  .record({
    sign: fc.constantFrom("", "-", "+"),
    whole: digits(25),
    fraction: fc.option(digits(25), { nil: undefined }),
    exponent: fc.option(fc.integer({ min: -40, max: 40 }), { nil: undefined }),
  })
  .filter((r) => r.whole !== "" || (r.fraction ?? "") !== "")
  .map(
    (r) =>
      `${r.sign}${r.whole}${r.fraction === undefined ? "" : `.${r.fraction}`}${r.exponent === undefined ? "" : `e${r.exponent}`}`,
  );

const plain = (d: Decimal) => (d.isZero() ? d.abs() : d).toFixed();

describe("exact decimals agree with decimal.js", () => {
  it("reads and writes every value as decimal.js does (zero without a sign)", () => {
    fc.assert(
      fc.property(decimalText, (text) => {
        const ours = readDecimal(text);
        expect(ours).not.toBeNull();
        expect(decimalFixed(ours!, decimalPlaces(ours!))).toBe(plain(new Decimal(text)));
      }),
    );
  });

  it("compares as decimal.js does, however far apart the digits are", () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        expect(compareDecimals(readDecimal(a)!, readDecimal(b)!)).toBe(new Decimal(a).cmp(new Decimal(b)));
      }),
    );
  });

  it("reads finite numbers by their shortest form", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const ours = readDecimal(n)!;
        expect(decimalFixed(ours, decimalPlaces(ours))).toBe(plain(new Decimal(n)));
      }),
    );
  });

  it("pads to more places and refuses to round", () => {
    expect(decimalFixed(readDecimal("7.5")!, 2)).toBe("7.50");
    expect(decimalFixed(readDecimal("-0.000")!, 2)).toBe("0.00");
    expect(() => decimalFixed(readDecimal("7.55")!, 1)).toThrow(RangeError);
  });

  it.each(["", ".", "-", "1,000", "lots", "1e", "0x10", "Infinity", "1e99999"])("refuses %j", (text) => {
    expect(readDecimal(text)).toBeNull();
  });
  it("refuses numbers that aren't finite", () => {
    expect(readDecimal(Number.NaN)).toBeNull();
    expect(readDecimal(Number.POSITIVE_INFINITY)).toBeNull();
  });
});
