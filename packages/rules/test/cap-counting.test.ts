/** The flag on counting days of support against a cap names the caps from the parameter files. */
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { assess, civilDate, nationalParameters, valueOn } from "../src/index.ts"

const valueOf = (id: string) => valueOn(nationalParameters.get(id)!, civilDate("2025-07-01"))!.value

describe("caps counted in calendar days of support (unconfirmed convention)", () => {
  it("C19: a G1 stay of 137 days is flagged with the caps the files give", () => {
    const decision = assess({
      asOf: civilDate("2025-12-20"),
      person: { citizenship: "VN" },
      status: { kind: "victim", certifiedOn: civilDate("2025-07-15") },
      stay: { admittedOn: civilDate("2025-08-01"), leftOn: civilDate("2025-12-15") },
    })
    const flag = Result.isSuccess(decision) ? decision.success.flags.find((found) => found.code === "cap_counting_convention_unconfirmed") : undefined
    const caps = `${valueOf("d09-facility-meals-max-days")} days, ${valueOf("c84-facility-meals-max-months")} months, ${valueOf("d162-essential-needs-max-days")} days`
    expect(flag?.message).toContain(`Caps on support (${caps})`)
  })
})
