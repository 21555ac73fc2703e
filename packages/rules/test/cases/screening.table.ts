/**
 * Screening cases (C22–C25 of `shared/domain/cases.md`, with their boundaries and variants):
 * facts, the answer and the missing element expected. Run by `screening.test.ts` on `screen` and
 * by the server's `legal-cases.test.ts` on `POST /v1/screenings`.
 */
import type { ScreeningAnswer, ScreeningElement, ScreeningFactsEncoded } from "../../src/index.ts"

/** One screening row: a case id, a name written as a legal sentence, facts and expected answer. */
export interface ScreeningRow {
  readonly id: string
  readonly name: string
  /** Provision ids (see `parameters/provisions.json`). */
  readonly provisions: ReadonlyArray<string>
  readonly facts: ScreeningFactsEncoded
  readonly answer: ScreeningAnswer
  readonly missingElement: ScreeningElement | null
}

// C22: a recruiter took her abroad and handed her to a man for marriage, for money paid to the recruiter.
export const c22: ScreeningFactsEncoded = {
  actsOn: "2025-09-01",
  person: { birthDate: "2009-02-03" },
  acts: ["recruit", "transport", "transfer"],
  purposes: ["money_or_benefit", "forced_marriage"],
  means: {},
}
export const woman20 = { birthDate: "2005-06-01" }

export const screeningCases: ReadonlyArray<ScreeningRow> = [
  { id: "C22", name: "C22: a girl of 16 on the date of the acts, no means recorded: indicators met, means not required for under-18s", provisions: ["screening", "minors"], facts: c22, answer: "indicators_met", missingElement: null },
  { id: "C23", name: "C23: same facts, a woman of 20, force/threat/deception not recorded and other means not assessed: insufficient information (means)", provisions: ["screening"], facts: { ...c22, person: woman20 }, answer: "insufficient_information", missingElement: null },
  { id: "C23b", name: "C23b: same, a woman of 20, the facts record that no means of any kind were used: indicators not met, missing element means", provisions: ["screening"], facts: { ...c22, person: woman20, means: { noneUsed: true } }, answer: "indicators_not_met", missingElement: "means" },
  { id: "C23b-flipped", name: "C23b flipped: a woman of 20 deceived: indicators met", provisions: ["screening"], facts: { ...c22, person: woman20, means: { deception: true } }, answer: "indicators_met", missingElement: null },
  { id: "C23b-variant", name: "C23b variant: a woman of 20, each of the four means assessed as not used: indicators not met", provisions: ["screening"], facts: { ...c22, person: woman20, means: { force: false, threat: false, deception: false, otherMeans: false } }, answer: "indicators_not_met", missingElement: "means" },
  { id: "C24-day-before-18", name: "C24: born 2007-09-15, acts on 2025-09-14 (age 17), no means used: indicators met", provisions: ["screening", "minors"], facts: { ...c22, actsOn: "2025-09-14", person: { birthDate: "2007-09-15" }, means: { noneUsed: true } }, answer: "indicators_met", missingElement: null },
  { id: "C24-day-of-18", name: "C24: born 2007-09-15, acts on 2025-09-15 (age 18), no means used: indicators not met, means required", provisions: ["screening", "minors"], facts: { ...c22, actsOn: "2025-09-15", person: { birthDate: "2007-09-15" }, means: { noneUsed: true } }, answer: "indicators_not_met", missingElement: "means" },
  { id: "C25", name: "C25: acts and purpose recorded, means unknown, age unknown: insufficient information (age or means)", provisions: ["screening"], facts: { ...c22, person: {} }, answer: "insufficient_information", missingElement: null },
  { id: "birth-year-vn2011", name: "vn-2011: born in 2007 only, acts on 2025-06-01: D62 Art. 5 needs no means, so age does not matter: indicators met", provisions: ["screening"], facts: { ...c22, actsOn: "2025-06-01", person: { birthYear: 2007 } }, answer: "indicators_met", missingElement: null },
  { id: "birth-year-17-or-18", name: "born in 2007 only, acts on 2025-08-01, no means used: 17 or 18, insufficient information (age)", provisions: ["screening", "minors"], facts: { ...c22, actsOn: "2025-08-01", person: { birthYear: 2007 }, means: { noneUsed: true } }, answer: "insufficient_information", missingElement: null },
  { id: "no-act", name: "no act recorded: insufficient information (act)", provisions: ["screening"], facts: { ...c22, acts: [] }, answer: "insufficient_information", missingElement: null },
  { id: "forced-labour-vn2011", name: "vn-2011: an adult recruited for forced labour, no means recorded: D62 Art. 5 names no means, indicators met", provisions: ["screening"], facts: { ...c22, actsOn: "2024-05-01", person: woman20, purposes: ["forced_labour"] }, answer: "indicators_met", missingElement: null },
  { id: "trade-vn2011", name: "vn-2011: traded for money with no other purpose recorded: ground (i)", provisions: ["screening"], facts: { ...c22, actsOn: "2024-05-01", acts: ["trade"], purposes: [] }, answer: "indicators_met", missingElement: null },
]
