/**
 * How days of support are counted against a cap on how long support lasts (meals in a facility
 * under Decree 09/2013/ND-CP Art. 19 and Circular 84/2019/TT-BTC, essential needs under Decree
 * 162/2025/ND-CP Art. 17): calendar days of actual support, the day of admission included, with
 * no weekend extension — unlike a deadline to act (Civil Code 2015 Art. 147–148). No source read
 * states this convention, so every decision that counts against a cap carries a flag.
 *
 * @module
 */
import { type Context, raise } from "./assessment-context.ts"
import type { Flag } from "./assessment.ts"
import { nationalParameter } from "./national-parameters.ts"

// The caps the convention counts, in the order the flag names them.
const capParameters = ["d09-facility-meals-max-days", "c84-facility-meals-max-months", "d162-essential-needs-max-days"]

// `60 days, 3 months, 120 days`: each cap's values as the files give them, written once.
const capsText = capParameters
  .flatMap((id) => {
    const parameter = nationalParameter(id)
    const values = parameter.values.flatMap((value) => (value.value === null ? [] : [value.value]))
    return [...new Set(values)].map((value) => `${value} ${parameter.unit}`)
  })
  .join(", ")

const countingConvention: Flag = {
  code: "cap_counting_convention_unconfirmed",
  message: `Caps on support (${capsText}) are counted in calendar days of actual support, the day of admission included, with no weekend extension: this convention is unconfirmed, pending legal review.`,
  sources: [],
}

/** Flags the convention used to count days of support against a cap (unconfirmed). */
export const flagCountingConvention = (context: Context): void => raise(context, countingConvention)
