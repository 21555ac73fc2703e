/** Legal aid follows the Legal Aid Law in force on the request date (Art. 7(7)(g) until 2025-06-30; cl. 6a from 2025-07-01): C17–C18. */
import type { CaseRow } from "./case-row.ts"

const c17 = (requestedOn: string, financialDifficulty?: boolean): CaseRow["facts"] => ({
  asOf: requestedOn,
  person: { citizenship: "VN", ...(financialDifficulty === undefined ? {} : { financialDifficulty }) },
  status: { kind: "victim", certifiedOn: "2024-05-01" },
  applications: { legalAidRequestedOn: requestedOn },
})

export const legalAidCases: ReadonlyArray<CaseRow> = [
  {
    id: "C17",
    name: "C17 A victim not in financial difficulty who requests legal aid on 2025-03-01 is not entitled: Art. 7(7)(g) then required financial difficulty",
    provisions: ["legal-aid-law-art7"],
    facts: c17("2025-03-01", false),
    expect: { regime: "vn-2011", status: { legal_aid: "not_entitled" }, says: { legal_aid: ["Art. 7(7)(g)", "financial difficulty"] }, cites: { legal_aid: ["Legal Aid Law 11/2017/QH14 Art. 7(7)(g)"] } },
  },
  {
    id: "C17-difficulty",
    name: "C17 flipped: in financial difficulty she gets free legal aid on 2025-03-01",
    provisions: ["legal-aid-law-art7"],
    facts: c17("2025-03-01", true),
    expect: { status: { legal_aid: "entitled" }, noFlags: ["legal_aid_transition_interplay"] },
  },
  {
    id: "C17-unknown",
    name: "C17 unknown: without her financial situation legal aid on 2025-03-01 is conditional",
    provisions: ["legal-aid-law-art7"],
    facts: c17("2025-03-01"),
    expect: { status: { legal_aid: "conditional" }, missingFacts: { legal_aid: ["person.financialDifficulty"] } },
  },
  {
    id: "C17-day-before",
    name: "C17 boundary: a request on 2025-06-30 still needs financial difficulty",
    provisions: ["legal-aid-law-art7"],
    facts: c17("2025-06-30", false),
    expect: { status: { legal_aid: "not_entitled" } },
  },
  {
    id: "C17b-day-of",
    name: "C17b boundary: a request on 2025-07-01 is free (Legal Aid Law Art. 7 cl. 6a added by L2024 Art. 61(1))",
    provisions: ["legal-aid-law-art7"],
    facts: c17("2025-07-01", false),
    expect: { status: { legal_aid: "entitled" }, cites: { legal_aid: ["Law 53/2024/QH15 Art. 61(1)"] }, flags: ["legal_aid_transition_interplay"] },
  },
  {
    id: "C17b",
    name: "C17b The same victim requesting legal aid on 2025-08-01 is entitled, free; flagged: interplay with the Art. 63 transition",
    provisions: ["legal-aid-law-art7", "regimes"],
    facts: c17("2025-08-01", false),
    expect: { regime: "vn-2011", status: { legal_aid: "entitled" }, says: { legal_aid: ["whatever the person's finances"] }, flags: ["legal_aid_transition_interplay"] },
  },
  {
    id: "C18",
    name: "C18 A victim certified on 2025-08-01, not in financial difficulty, is entitled to free legal aid under vn-2024",
    provisions: ["legal-aid-law-art7"],
    facts: { asOf: "2025-08-10", person: { citizenship: "VN", financialDifficulty: false }, status: { kind: "victim", certifiedOn: "2025-08-01" } },
    expect: { regime: "vn-2024", status: { legal_aid: "entitled" }, cites: { legal_aid: ["Law 53/2024/QH15 Art. 61(1)", "Decree 162/2025/ND-CP Art. 21"] }, noFlags: ["legal_aid_transition_interplay"] },
  },
  {
    id: "C17-before-2018",
    name: "A request before the Legal Aid Law 2017 took effect is not encoded: conditional, never a silent answer",
    provisions: ["legal-aid-law-art7"],
    facts: { asOf: "2017-12-31", person: { citizenship: "VN", financialDifficulty: false }, status: { kind: "victim", certifiedOn: "2017-06-01" }, applications: { legalAidRequestedOn: "2017-12-31" } },
    expect: { status: { legal_aid: "conditional" }, says: { legal_aid: ["not encoded"] } },
  },
]
