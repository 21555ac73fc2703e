import { CaseRecord, decodeInput } from "@hotro/rules"
import { Result } from "effect"

/** A C09-like case: Hà Giang, certified 2024-03-10, poor household; `id` chosen by the test. */
export const aCase = (id: string): CaseRecord =>
  Result.getOrThrow(
    decodeInput(CaseRecord, {
      id,
      origin: "field",
      reference: "HG-2024-007",
      province: "ha-giang",
      person: { birthDate: "1998-06-01", sex: "female", citizenship: "VN", poorHousehold: true },
      status: { kind: "victim", certifiedOn: "2024-03-10" },
      supports: [],
      refusals: [],
    }),
  )
