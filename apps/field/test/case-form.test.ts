import { assess, CaseRecord, decodeInput, type CaseRecordEncoded } from "@hotro/rules"
import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { factsOn } from "../src/case-facts.ts"
import { caseFromForm, editBase, newCaseBase } from "../src/ui/case-form.ts"

const id = "0b6f7c1e-4a8b-4c1d-9e2f-3a4b5c6d7e8f"

const form = (fields: Record<string, string>): FormData => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

const decoded = (raw: unknown): CaseRecord => Result.getOrThrow(decodeInput(CaseRecord, raw))

const issuePaths = (raw: unknown): ReadonlyArray<string> => {
  const result = decodeInput(CaseRecord, raw)
  return result._tag === "Failure" ? result.failure.issues.map((issue) => issue.path) : []
}

// C09 (shared/domain/cases.md) as a caseworker types it: Hà Giang; certified 2024-03-10; poor
// household; returned home 2024-03-20; applied for the initial hardship allowance 2024-04-01.
const c09Inputs = {
  reference: "HG-2024-009",
  province: "ha-giang",
  "person.birthDate": "1998-06-01",
  "person.sex": "female",
  "person.citizenship": "VN",
  "person.poorHousehold": "yes",
  "status.kind": "victim",
  "status.certifiedOn": "2024-03-10",
  traffickedIn: "abroad",
  returnedHomeOn: "2024-03-20",
  "applications.initialHardshipAllowanceFiledOn": "2024-04-01",
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
        "needs.medicalCare": "yes",
        "needs.interpretation": "",
        "stay.admittedOn": "",
        "travelHome.canPay": "",
      }),
      newCaseBase(id, 2025),
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

  it("records a need assessed as not needed as false, and one not assessed not at all", () => {
    const raw = caseFromForm(form({ "status.kind": "", "needs.legalAid": "no", "needs.medicalCare": "" }), newCaseBase(id, 2025))
    expect((raw as CaseRecordEncoded).needs).toEqual({ legalAid: false })
  })

  it("reads an accompanying minor's status with the status and the facts of the person accompanied", () => {
    const raw = caseFromForm(
      form({
        "status.kind": "accompanying_minor",
        "status.accompanying.kind": "being_identified",
        "status.since": "2025-10-01",
        "status.location": "vietnam",
        "accompaniedPerson.citizenship": "la",
        "accompaniedPerson.permanentResidentInVietnam": "yes",
      }),
      newCaseBase(id, 2025),
    ) as CaseRecordEncoded
    expect(raw.status).toEqual({
      kind: "accompanying_minor",
      accompanying: { kind: "being_identified", since: "2025-10-01", location: "vietnam" },
    })
    expect(raw.accompaniedPerson).toEqual({ citizenship: "LA", permanentResidentInVietnam: true })
  })

  it("ignores the accompanied person's inputs, hidden, when the person is not an accompanying minor", () => {
    const raw = caseFromForm(
      form({ "status.kind": "victim", "status.certifiedOn": "2025-09-12", "accompaniedPerson.citizenship": "LA" }),
      newCaseBase(id, 2025),
    ) as CaseRecordEncoded
    expect(raw.accompaniedPerson).toBeUndefined()
  })

  it("reads the circumstances that decide amounts: stay, journey home, return, school, applications", () => {
    const raw = caseFromForm(
      form({
        "status.kind": "victim",
        "status.certifiedOn": "2024-03-10",
        "stay.admittedOn": "2024-01-01",
        "stay.leftOn": "2024-04-30",
        "travelHome.days": "3",
        "travelHome.canPay": "no",
        "travelHome.fareVnd": "250000",
        returnedHomeOn: "2024-05-03",
        continuesSchoolFrom: "2024-09-05",
        "applications.legalAidRequestedOn": "2024-05-10",
      }),
      newCaseBase(id, 2024),
    )
    expect(decoded(raw)).toMatchObject({
      stay: { admittedOn: "2024-01-01", leftOn: "2024-04-30" },
      travelHome: { days: 3, canPay: false, fareVnd: 250_000 },
      returnedHomeOn: "2024-05-03",
      continuesSchoolFrom: "2024-09-05",
      applications: { legalAidRequestedOn: "2024-05-10" },
    })
  })

  it("names the missing part of a circumstance half filled in, and a fare that is not a number", () => {
    const raw = caseFromForm(
      form({
        "status.kind": "victim",
        "status.certifiedOn": "2024-03-10",
        "stay.leftOn": "2024-04-30",
        "travelHome.canPay": "no",
        "travelHome.fareVnd": "250.000đ",
      }),
      newCaseBase(id, 2024),
    )
    expect(issuePaths(raw)).toEqual(expect.arrayContaining(["stay.admittedOn", "travelHome.days", "travelHome.fareVnd"]))
  })

  it("gives issues named by the input's field path", () => {
    const raw = caseFromForm(
      form({ "person.birthDate": "2001-02-30", "person.birthYear": "19x1", "status.kind": "victim", province: "Hà Giang" }),
      newCaseBase(id, 2025),
    )
    expect(issuePaths(raw)).toEqual(expect.arrayContaining(["person.birthDate", "person.birthYear", "status.certifiedOn", "province"]))
  })
})

describe("editing a case", () => {
  const stored = Schema.encodeSync(CaseRecord)(
    decoded({
      ...caseFromForm(form(c09Inputs), newCaseBase(id, 2024)) as object,
      ageGroup: "adult",
      supports: [{ kind: "medical", deliveredOn: "2024-03-15" }],
    }),
  )

  it("keeps what the form does not show and replaces what it does; a cleared input removes the fact", () => {
    const { returnedHomeOn: _cleared, ...inputs } = c09Inputs
    const edited = decoded(caseFromForm(form({ ...inputs, "needs.vocationalTraining": "yes" }), editBase(stored)))
    expect(edited).toMatchObject({ id, origin: "field", registrationYear: 2024, ageGroup: "adult", needs: { vocationalTraining: true } })
    expect(edited.supports).toEqual([{ kind: "medical", deliveredOn: "2024-03-15" }])
    expect(edited.returnedHomeOn).toBeUndefined()
    expect(edited.applications).toEqual({ initialHardshipAllowanceFiledOn: "2024-04-01" })
  })
})

describe("facts of a case for the widget (factsOfCase)", () => {
  it("C09 typed into the form: the Hà Giang initial hardship allowance is 3,000,000 VND", () => {
    const record = decoded(caseFromForm(form(c09Inputs), newCaseBase(id, 2024)))
    const assessment = Result.getOrThrow(assess(Result.getOrThrow(factsOn(record, "2024-04-15"))))
    const allowance = assessment.entitlements.find((entitlement) => entitlement.kind === "initial_hardship_and_loan")
    expect(allowance?.amount?.vnd).toBe(3_000_000)
  })

  it("names asOf when the date on screen is not a date", () => {
    const record = decoded(caseFromForm(form(c09Inputs), newCaseBase(id, 2024)))
    const facts = factsOn(record, "")
    expect(Result.isFailure(facts) ? facts.failure.issues.map((issue) => issue.path) : []).toEqual(["asOf"])
  })

  it("names status when the record has no identification status", () => {
    const record = decoded(caseFromForm(form({ "status.kind": "" }), newCaseBase(id, 2024)))
    const facts = factsOn(record, "2024-04-15")
    expect(Result.isFailure(facts) ? facts.failure.issues.map((issue) => issue.path) : []).toEqual(["status"])
  })
})
