/** `formatVnd` writes whole VND and refuses anything else (amounts are never floats). */
import { describe, expect, it } from "vitest"
import { formatVnd } from "../src/index.ts"

describe("formatVnd", () => {
  it.each([
    ["C09: the Hà Giang allowance", 3_000_000, "3,000,000 VND"],
    ["D09 Art. 19: 60 days × 60,000 VND", 3_600_000, "3,600,000 VND"],
    ["three digits need no comma", 500, "500 VND"],
    ["zero", 0, "0 VND"],
    ["a difference keeps its sign", -1_500_000, "-1,500,000 VND"],
    ["the largest exact whole number", Number.MAX_SAFE_INTEGER, "9,007,199,254,740,991 VND"],
  ] as const)("%s: %d → %s", (_name, vnd, text) => expect(formatVnd(vnd)).toBe(text))

  it.each([
    ["a fraction of a đồng", 2.5],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["beyond the exact whole numbers", 2 ** 53],
  ] as const)("refuses %s with a RangeError", (_name, vnd) => {
    expect(() => formatVnd(vnd)).toThrow(RangeError)
    expect(() => formatVnd(vnd)).toThrow("an amount must be a whole number of VND")
  })
})
