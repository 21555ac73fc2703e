import type { Assessment } from "@hotro/rules"
import { afterEach, describe, expect, it } from "vitest"
import "../index.ts"
import type { HotroEntitlements } from "./hotro-entitlements.ts"

// C01 (shared/domain/cases.md): woman, 24, Vietnamese, certified 2025-09-12 after return from abroad.
const c01 = {
  person: { birthDate: "2001-04-12", sex: "female", citizenship: "VN" },
  status: { kind: "victim", certifiedOn: "2025-09-12" },
  traffickedIn: "abroad",
}

// C09: Hà Giang, certified 2024-03-10, poor household, home 2024-03-20, applied 2024-04-01.
const c09 = {
  province: "ha-giang",
  person: { birthDate: "1998-06-01", sex: "female", citizenship: "VN", poorHousehold: true },
  status: { kind: "victim", certifiedOn: "2024-03-10" },
  traffickedIn: "abroad",
  returnedHomeOn: "2024-03-20",
  applications: { initialHardshipAllowanceFiledOn: "2024-04-01" },
}

const mount = async (setup: (element: HotroEntitlements) => void): Promise<HotroEntitlements> => {
  const element = document.createElement("hotro-entitlements")
  setup(element)
  document.body.append(element)
  await element.updateComplete
  return element
}

const shadow = (element: HotroEntitlements): ShadowRoot => {
  if (element.shadowRoot === null) throw new Error("no shadow root")
  return element.shadowRoot
}

const text = (node: Element | ShadowRoot | null): string => (node?.textContent ?? "").replace(/\s+/g, " ").trim()

afterEach(() => {
  document.body.replaceChildren()
})

describe("<hotro-entitlements>", () => {
  it("renders C01: regime vn-2024, group G1, all ten kinds with their Vietnamese terms and legal basis", async () => {
    const element = await mount((element) => {
      element.facts = c01
      element.setAttribute("as-of", "2025-10-01")
    })
    const root = shadow(element)
    expect(text(root.querySelector("[part=regime]"))).toContain("vn-2024")
    expect(text(root.querySelector("[part=group]"))).toContain("G1")
    const kinds = [...root.querySelectorAll("[part=entitlement]")]
    expect(kinds).toHaveLength(10)
    const essential = root.querySelector("[data-kind=essential_needs]")
    expect(text(essential)).toContain("Hỗ trợ nhu cầu thiết yếu")
    expect(text(essential)).toContain("Essential-needs support")
    expect(text(essential?.querySelector(".basis") ?? null)).toContain("53/2024/QH15")
    expect(text(essential?.querySelector(".limits") ?? null)).toContain("120")
    expect(text(root.querySelector("[part=status]"))).toMatch(/Được hưởng|Có điều kiện|Không được hưởng/)
  })

  it("renders C09-like: the Hà Giang initial hardship allowance of 3.000.000 ₫ with its source", async () => {
    const element = await mount((element) => {
      element.facts = c09
      element.setAttribute("as-of", "2024-04-15")
    })
    const root = shadow(element)
    expect(text(root.querySelector("[part=regime]"))).toContain("vn-2011")
    const amount = root.querySelector("[data-kind=initial_hardship_and_loan] [part=amount]")
    expect(text(amount).replace(/\u00a0/g, " ")).toContain("3.000.000 ₫")
    expect(text(amount)).toContain("15/2020")
  })

  it("says 'not yet configured' in English when no amount is configured", async () => {
    const element = await mount((element) => {
      element.facts = c01
      element.asOf = "2025-10-01"
      element.lang = "en"
    })
    const root = shadow(element)
    expect(text(root.querySelector("[part=regime]"))).toContain("Regime")
    const essential = root.querySelector("[data-kind=essential_needs]")
    expect(text(essential?.querySelector("h4") ?? null)).toBe("Essential-needs support")
    expect(text(essential?.querySelector(".gloss") ?? null)).toBe("Hỗ trợ nhu cầu thiết yếu")
    expect(text(root)).toContain("not yet configured")
  })

  it("accepts asOf inside the facts and fires hotro-assessed with the assessment", async () => {
    const received: Array<Assessment> = []
    document.addEventListener("hotro-assessed", (event) => received.push(event.detail), { once: true })
    await mount((element) => {
      element.facts = { ...c01, asOf: "2025-10-01" }
    })
    expect(received).toHaveLength(1)
    expect(received[0]?.regime.id).toBe("vn-2024")
  })

  it("asks for the assessment date when as-of is absent, and never reads the clock", async () => {
    const element = await mount((element) => {
      element.facts = c01
    })
    expect(text(shadow(element).querySelector("[part=message]"))).toContain("as-of")
  })

  it("renders the issues of invalid facts by field and rule, without throwing", async () => {
    const element = await mount((element) => {
      element.facts = { person: { birthDate: "2001-02-30" }, status: { kind: "refugee" } }
      element.setAttribute("as-of", "2025-10-01")
    })
    const rows = [...shadow(element).querySelectorAll(".issues tbody tr")].map((row) => text(row))
    expect(rows.some((row) => row.startsWith("person.birthDate"))).toBe(true)
    expect(rows.some((row) => row.startsWith("status.kind") && row.includes("victim"))).toBe(true)
  })

  it("renders an invalid as-of as an issue on asOf", async () => {
    const element = await mount((element) => {
      element.facts = c01
      element.setAttribute("as-of", "yesterday")
    })
    expect(text(shadow(element).querySelector(".issues"))).toContain("asOf")
  })

  describe("facts attribute", () => {
    it("renders C09 from the facts attribute alone (one tag, no script): 3.000.000 ₫", async () => {
      const element = await mount((element) => {
        element.setAttribute("facts", JSON.stringify(c09))
        element.setAttribute("as-of", "2024-04-15")
      })
      const amount = shadow(element).querySelector("[data-kind=initial_hardship_and_loan] [part=amount]")
      expect(text(amount).replace(/\u00a0/g, " ")).toContain("3.000.000 ₫")
    })

    it("lets the facts property win over the attribute when both are set", async () => {
      const element = await mount((element) => {
        element.setAttribute("facts", JSON.stringify(c09))
        element.facts = c01
        element.setAttribute("as-of", "2025-10-01")
      })
      expect(text(shadow(element).querySelector("[part=regime]"))).toContain("vn-2024")
    })

    it("falls back to the attribute when the property is cleared", async () => {
      const element = await mount((element) => {
        element.setAttribute("facts", JSON.stringify(c09))
        element.facts = c01
        element.setAttribute("as-of", "2024-04-15")
      })
      element.facts = undefined
      await element.updateComplete
      expect(text(shadow(element).querySelector("[part=regime]"))).toContain("vn-2011")
    })

    it("reassesses when the attribute changes", async () => {
      const element = await mount((element) => {
        element.setAttribute("facts", JSON.stringify(c01))
        element.setAttribute("as-of", "2025-10-01")
      })
      element.setAttribute("facts", JSON.stringify({ ...c01, status: { kind: "victim", certifiedOn: "2025-06-30" } }))
      await element.updateComplete
      expect(text(shadow(element).querySelector("[part=regime]"))).toContain("vn-2011")
    })

    it("names the facts attribute when it is not JSON, in the page's language", async () => {
      const element = await mount((element) => {
        element.setAttribute("facts", "{ person: {} }")
        element.setAttribute("as-of", "2025-10-01")
        element.lang = "en"
      })
      const [field, rule] = [...shadow(element).querySelectorAll(".issues tbody td")].map((cell) => text(cell))
      expect(field).toBe("facts")
      expect(rule).toMatch(/^the facts attribute is not valid JSON/)
      expect(shadow(element).querySelector("[part=message]")?.getAttribute("role")).toBe("alert")
    })

    it("reports decoding issues of attribute facts by field, like the property's", async () => {
      const element = await mount((element) => {
        element.setAttribute("facts", JSON.stringify({ person: {}, status: { kind: "refugee" } }))
        element.setAttribute("as-of", "2025-10-01")
      })
      const rows = [...shadow(element).querySelectorAll(".issues tbody tr")].map((row) => text(row))
      expect(rows.some((row) => row.startsWith("status.kind"))).toBe(true)
    })
  })
})
