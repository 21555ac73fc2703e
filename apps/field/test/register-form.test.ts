import { CaseRecord, decodeInput } from "@hotro/rules"
import { describe, expect, it } from "vitest"
import { caseFromForm } from "../src/ui/register-form.ts"

const id = "0b6f7c1e-4a8b-4c1d-9e2f-3a4b5c6d7e8f"

const form = (fields: Record<string, string>): FormData => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

describe("caseFromForm", () => {
  it("leaves empty inputs out: an unknown fact is not false", () => {
    const raw = caseFromForm(
      form({
        reference: "",
        province: "",
        "person.birthDate": "2001-04-12",
        "person.citizenship": "vn",
        "person.poorHousehold": "",
        "person.healthInsured": "no",
        "status.kind": "victim",
        "status.certifiedOn": "2025-09-12",
        "status.since": "",
        "needs.medicalCare": "on",
      }),
      id,
      2025,
    )
    expect(raw).toEqual({
      id,
      origin: "field",
      person: { birthDate: "2001-04-12", citizenship: "VN", healthInsured: false },
      status: { kind: "victim", certifiedOn: "2025-09-12" },
      registrationYear: 2025,
      needs: { medicalCare: true },
      supports: [],
      refusals: [],
    })
    expect(decodeInput(CaseRecord, raw)._tag).toBe("Success")
  })

  it("reads an accompanying minor's status with the status of the person accompanied", () => {
    const raw = caseFromForm(
      form({
        "status.kind": "accompanying_minor",
        "status.accompanying.kind": "being_identified",
        "status.since": "2025-10-01",
        "status.location": "vietnam",
      }),
      id,
      2025,
    ) as { status: unknown }
    expect(raw.status).toEqual({
      kind: "accompanying_minor",
      accompanying: { kind: "being_identified", since: "2025-10-01", location: "vietnam" },
    })
  })

  it("gives issues named by the input's field path", () => {
    const raw = caseFromForm(
      form({ "person.birthDate": "2001-02-30", "person.birthYear": "19x1", "status.kind": "victim", province: "Hà Giang" }),
      id,
      2025,
    )
    const decoded = decodeInput(CaseRecord, raw)
    const paths = decoded._tag === "Failure" ? decoded.failure.issues.map((issue) => issue.path) : []
    expect(paths).toEqual(expect.arrayContaining(["person.birthDate", "person.birthYear", "status.certifiedOn", "province"]))
  })
})
