/** Limits under vn-2024 (D162 Art. 17, Art. 24): C19–C21. */
import type { CaseRow } from "./case-row.ts"

const g1 = { asOf: "2025-12-15", person: { citizenship: "VN" }, status: { kind: "victim", certifiedOn: "2025-07-25" } } as const

export const d162Cases: ReadonlyArray<CaseRow> = [
  {
    id: "C19",
    name: "C19 A G1 stay from 2025-08-01 to 2025-12-15 (137 days) is covered for 120 days through 2025-11-28; the other 17 days need an extension decision",
    provisions: ["d162-art17"],
    facts: { ...g1, stay: { admittedOn: "2025-08-01", leftOn: "2025-12-15" } },
    expect: {
      status: { essential_needs: "entitled" },
      amount: { essential_needs: null },
      says: { essential_needs: ["120 days covered, through 2025-11-28", "remaining 17 days", "extension decision (D162 Art. 17)"] },
      flags: ["extension_decision_needed", "cap_counting_convention_unconfirmed"],
    },
  },
  {
    id: "C19-day-before",
    name: "C19 boundary: a stay of 119 days is within the limit",
    provisions: ["d162-art17"],
    facts: { ...g1, stay: { admittedOn: "2025-08-01", leftOn: "2025-11-27" } },
    expect: { says: { essential_needs: ["Stay of 119 days", "within the 120-day limit"] }, noFlags: ["extension_decision_needed"] },
  },
  {
    id: "C19-day-of",
    name: "C19 boundary: a stay of exactly 120 days, through 2025-11-28, is within the limit",
    provisions: ["d162-art17"],
    facts: { ...g1, stay: { admittedOn: "2025-08-01", leftOn: "2025-11-28" } },
    expect: { says: { essential_needs: ["Stay of 120 days", "within the 120-day limit"] }, noFlags: ["extension_decision_needed"] },
  },
  {
    id: "C19-day-after",
    name: "C19 boundary: a stay of 121 days needs an extension for 1 day",
    provisions: ["d162-art17"],
    facts: { ...g1, stay: { admittedOn: "2025-08-01", leftOn: "2025-11-29" } },
    expect: { says: { essential_needs: ["remaining 1 days (2025-11-29 to 2025-11-29)"] }, flags: ["extension_decision_needed"] },
  },
  {
    id: "C20",
    name: "C20 A G1 girl of 14 who continues school in September 2025 gets textbooks and school supplies for 2025–2026 and 2026–2027, and a tuition exemption of unconfirmed duration",
    provisions: ["d162-art24"],
    facts: { asOf: "2025-09-10", person: { birthDate: "2011-03-01", sex: "female", citizenship: "VN" }, status: { kind: "victim", certifiedOn: "2025-08-20" }, continuesSchoolFrom: "2025-09-05" },
    expect: {
      status: { general_education: "entitled" },
      says: { general_education: ["school years 2025–2026 and 2026–2027", "Tuition exemption"] },
      cites: { general_education: ["Decree 162/2025/ND-CP Art. 24"] },
      flags: ["tuition_exemption_duration_unconfirmed"],
    },
  },
  {
    id: "C20-unknown",
    name: "C20 flipped: without a return to school general education is conditional on it",
    provisions: ["d162-art24"],
    facts: { asOf: "2025-09-10", person: { birthDate: "2011-03-01", citizenship: "VN" }, status: { kind: "victim", certifiedOn: "2025-08-20" } },
    expect: { status: { general_education: "conditional" }, missingFacts: { general_education: ["continuesSchoolFrom"] } },
  },
  {
    id: "C21",
    name: "C21 A G1 victim without health insurance: medical support includes the health-insurance contribution for the first year",
    provisions: ["d162-art24"],
    facts: { asOf: "2025-09-10", person: { citizenship: "VN", healthInsured: false }, status: { kind: "victim", certifiedOn: "2025-08-20" } },
    expect: { status: { medical: "entitled" }, says: { medical: ["health-insurance contribution for the first year (12 months)"] } },
  },
  {
    id: "C21-insured",
    name: "C21 flipped: an insured victim owes no first-year contribution",
    provisions: ["d162-art24"],
    facts: { asOf: "2025-09-10", person: { citizenship: "VN", healthInsured: true }, status: { kind: "victim", certifiedOn: "2025-08-20" } },
    expect: { says: { medical: ["no first-year contribution is due"] } },
  },
  {
    id: "C21-unknown",
    name: "C21 unknown: whether the contribution is due needs person.healthInsured",
    provisions: ["d162-art24"],
    facts: { asOf: "2025-09-10", person: { citizenship: "VN" }, status: { kind: "victim", certifiedOn: "2025-08-20" } },
    expect: { missingFacts: { medical: ["person.healthInsured"] } },
  },
]
