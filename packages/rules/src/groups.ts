/**
 * Who receives which kinds of support. vn-2024: groups G1–G5 of Law 53/2024/QH15 Art. 37;
 * vn-2011: the groups of Law 66/2011/QH12 Art. 32 and the persons awaiting verification of
 * Art. 24–25. People Art. 37 does not name are never guessed silently: a probable group carries
 * a flag, and no group at all yields `group: null` with `refer_for_legal_review`.
 *
 * For an accompanying minor the group follows the accompanied person: their citizenship and
 * residence are read from `accompaniedPerson`, or, where it is omitted, from the minor's own
 * `person` facts (a family usually shares them); `traffickedIn` describes the trafficking of both.
 *
 * @module
 */
import { ageOn, isUnder } from "./age.ts"
import type { GroupId } from "./assessment.ts"
import type { Facts } from "./facts.ts"
import type { RegimeId, SupportKind } from "./kinds.ts"
import { accompanyingUnderAge } from "./minors.ts"
import { provisions } from "./provisions.ts"
import type { Source } from "./source.ts"

/** A group decision: the group, why, whether it is only probable, and its sources. */
export interface GroupChoice {
  readonly id: GroupId
  /** Why, in plain words, citing the clause (`victim who is a Vietnamese citizen (Art. 37(1))`). */
  readonly reason: string
  /**
   * `true` when the law does not name the person's group and the rules infer the nearest one (a
   * stateless person without permanent residence, trafficked in Vietnam: G5 or a vn-2011 foreign
   * victim); {@link assess} then flags `refer_for_legal_review`.
   */
  readonly probable: boolean
  /** The clause of L2024 Art. 37 or L2011 Art. 32 (or Art. 24–25) applied. */
  readonly sources: ReadonlyArray<Source>
}

/**
 * No group. Either facts are missing (`missingFacts` lists their paths, e.g.
 * `["person.citizenship"]`; {@link assess} flags `insufficient_facts`), or the law names no group
 * for the person (`missingFacts` empty: refer for legal review, e.g. a foreigner trafficked
 * abroad, a minor accompanying a G5 victim, an accompanying person aged 18 or over).
 */
export interface NoGroup {
  readonly reason: string
  /** Fact paths needed to name a group; empty for a referral. */
  readonly missingFacts: ReadonlyArray<string>
  readonly sources: ReadonlyArray<Source>
}

/**
 * The kinds each group may receive, in the order of the law's points: G1–G5 by L2024 Art. 37(1)–(4)
 * (points a–k of clause 1), the vn-2011 groups by L2011 Art. 32(1) (points a–e) and, for persons
 * awaiting verification, D09 Art. 19. G5's kinds are given "depending on the case" (Art. 37(4)).
 *
 * @example
 * groupKinds.G3 // ["essential_needs", "medical", "interpretation", "legal_support"]
 */
export const groupKinds: Readonly<Record<GroupId, ReadonlyArray<SupportKind>>> = {
  G1: ["essential_needs", "medical", "interpretation", "legal_support", "legal_aid", "travel", "psychological", "general_education", "vocational", "initial_hardship_and_loan"],
  G2: ["essential_needs", "medical", "interpretation", "legal_support", "legal_aid", "travel", "psychological", "general_education"],
  G3: ["essential_needs", "medical", "interpretation", "legal_support"],
  G4: ["essential_needs", "medical", "interpretation", "legal_support", "legal_aid", "travel", "psychological"],
  G5: ["essential_needs", "medical", "interpretation", "legal_support", "legal_aid", "psychological"],
  "vn2011-victim": ["essential_needs_and_travel", "medical", "psychological", "legal_aid", "education_vocational", "initial_hardship_and_loan"],
  "vn2011-foreign-victim": ["essential_needs_and_travel", "medical", "psychological", "legal_aid"],
  "vn2011-accompanying-minor": ["essential_needs_and_travel", "medical", "psychological"],
  "vn2011-awaiting-verification": ["essential_needs_and_travel"],
}

/** Groups whose kinds are given "depending on the case" (tùy từng trường hợp): conditional on need. */
export const givenDependingOnNeed: ReadonlySet<GroupId> = new Set<GroupId>(["G5"])

type Standing = "citizen" | "stateless_resident" | "stateless_non_resident" | "foreigner"

// Whose citizenship decides the group: the accompanied person's for an accompanying minor.
const standingOf = (facts: Facts): Standing | NoGroup => {
  const [who, path] =
    facts.status.kind === "accompanying_minor" && facts.accompaniedPerson !== undefined
      ? [facts.accompaniedPerson, "accompaniedPerson"]
      : [facts.person, "person"]
  const { citizenship, permanentResidentInVietnam } = who
  if (citizenship === undefined) return insufficient("the person's citizenship is needed (L2024 Art. 37 / L2011 Art. 32 group by citizenship)", `${path}.citizenship`)
  if (citizenship === "VN") return "citizen"
  if (citizenship !== "stateless") return "foreigner"
  if (permanentResidentInVietnam === undefined) {
    return insufficient("whether the stateless person permanently resides in Vietnam is needed (L2024 Art. 37(1), (3))", `${path}.permanentResidentInVietnam`)
  }
  return permanentResidentInVietnam ? "stateless_resident" : "stateless_non_resident"
}

const insufficient = (reason: string, fact: string): NoGroup => ({ reason, missingFacts: [fact], sources: [provisions.l2024Art37Clause1] })
const refer = (reason: string, sources: ReadonlyArray<Source>): NoGroup => ({ reason, missingFacts: [], sources })
const isNoGroup = (value: Standing | GroupChoice | NoGroup): value is NoGroup => typeof value === "object" && "missingFacts" in value

const foreignOrStateless = (facts: Facts, standing: Standing, who: string): GroupChoice | NoGroup => {
  const probable = standing === "stateless_non_resident"
  if (facts.traffickedIn === undefined) return insufficient("where the trafficking took place is needed (L2024 Art. 37(4))", "traffickedIn")
  if (facts.traffickedIn === "abroad") {
    return refer(`${who} trafficked abroad: Art. 37 names no group for them; refer for legal review`, [provisions.l2024Art37Clause4])
  }
  return {
    id: "G5",
    reason: probable
      ? `stateless person without permanent residence, ${who.replace(/^(a|an) /, "")} trafficked in Vietnam: probably G5, since Vietnamese law counts stateless persons as foreigners (unconfirmed); refer for legal review`
      : `${who} trafficked in Vietnam (Art. 37(4)), given support depending on the case`,
    probable,
    sources: [provisions.l2024Art37Clause4],
  }
}

// Built once, like the vn-2011 choices below: the age in its reason is read from the parameter file.
const accompanyingG1Victim: GroupChoice = {
  id: "G2",
  reason: `person under ${accompanyingUnderAge} accompanying a G1 victim (Art. 37(2))`,
  probable: false,
  sources: [provisions.l2024Art37Clause2],
}

const vn2024Group = (facts: Facts): GroupChoice | NoGroup => {
  const identification = facts.status.kind === "accompanying_minor" ? facts.status.accompanying : facts.status
  const standing = standingOf(facts)
  if (isNoGroup(standing)) return standing
  let accompanied: GroupChoice | NoGroup
  if (identification.kind === "victim") {
    accompanied =
      standing === "citizen" || standing === "stateless_resident"
        ? { id: "G1", reason: `victim who is ${standing === "citizen" ? "a Vietnamese citizen" : "a stateless person permanently residing in Vietnam"} (Art. 37(1))`, probable: false, sources: [provisions.l2024Art37Clause1] }
        : foreignOrStateless(facts, standing, "a foreign victim")
  } else if (standing === "citizen" || standing === "stateless_resident") {
    if (identification.location === "abroad") {
      accompanied =
        standing === "citizen"
          ? { id: "G3", reason: "Vietnamese citizen being identified as a victim while abroad (Art. 37(3) para 1)", probable: false, sources: [provisions.l2024Art37Clause3] }
          : refer("stateless permanent resident being identified while abroad: Art. 37(3) para 1 names only citizens; refer for legal review", [provisions.l2024Art37Clause3])
    } else {
      accompanied = {
        id: "G4",
        reason: `${standing === "citizen" ? "Vietnamese citizen" : "stateless permanent resident"} being identified as a victim in Vietnam (Art. 37(3) para 2)`,
        probable: false,
        sources: [provisions.l2024Art37Clause3],
      }
    }
  } else {
    accompanied = foreignOrStateless(facts, standing, "a foreigner being identified")
  }
  if (facts.status.kind !== "accompanying_minor" || isNoGroup(accompanied)) return accompanied
  const age = ageOn(facts.person, facts.asOf)
  if (age !== undefined && isUnder(age, accompanyingUnderAge) === false) {
    return refer(`an accompanying person must be under ${accompanyingUnderAge}; ${age.explanation}: refer for legal review`, [provisions.l2024Art37Clause2])
  }
  switch (accompanied.id) {
    case "G1":
      return accompanyingG1Victim
    case "G3":
    case "G4":
      return { ...accompanied, reason: `person under ${accompanyingUnderAge} accompanying a ${accompanied.id} person: ${accompanied.reason}` }
    default:
      return refer("a minor accompanying a foreign (G5) victim: Art. 37 names no group for them; refer for legal review", [provisions.l2024Art37Clause4])
  }
}

// Choices that depend on no fact but the status and standing are built once (decisions are immutable).
const awaitingVerification: GroupChoice = {
  id: "vn2011-awaiting-verification",
  reason: "person awaiting verification (L2011 Art. 24–25), given essential needs and travel costs (D09 Art. 19)",
  probable: false,
  sources: [provisions.l2011Art24to25, provisions.d09Art19],
}
const accompanyingMinorVn2011: GroupChoice = { id: "vn2011-accompanying-minor", reason: "minor accompanying a victim (L2011 Art. 32)", probable: false, sources: [provisions.l2011Art32] }
const victimVn2011 = (who: string): GroupChoice => ({
  id: "vn2011-victim",
  reason: `victim who is ${who} (L2011 Art. 32): all six kinds, depending on the case`,
  probable: false,
  sources: [provisions.l2011Art32],
})
const citizenVictimVn2011 = victimVn2011("a Vietnamese citizen")
const residentVictimVn2011 = victimVn2011("a stateless permanent resident")
const foreignVictimVn2011 = (probable: boolean): GroupChoice => ({
  id: "vn2011-foreign-victim",
  reason: probable
    ? "stateless person without permanent residence trafficked in Vietnam: probably a foreign victim (L2011 Art. 32), unconfirmed; refer for legal review"
    : "foreigner trafficked in Vietnam (L2011 Art. 32): the first four kinds",
  probable,
  sources: [provisions.l2011Art32],
})
const foreignerVictimVn2011 = foreignVictimVn2011(false)
const statelessVictimVn2011 = foreignVictimVn2011(true)

const vn2011Group = (facts: Facts): GroupChoice | NoGroup => {
  switch (facts.status.kind) {
    case "being_identified":
      return awaitingVerification
    case "accompanying_minor":
      return accompanyingMinorVn2011
    case "victim": {
      const standing = standingOf(facts)
      if (isNoGroup(standing)) return { ...standing, sources: [provisions.l2011Art32] }
      if (standing === "citizen") return citizenVictimVn2011
      if (standing === "stateless_resident") return residentVictimVn2011
      if (facts.traffickedIn === undefined) return insufficient("where the trafficking took place is needed (L2011 Art. 32)", "traffickedIn")
      if (facts.traffickedIn === "abroad") return refer("a foreigner trafficked abroad: L2011 Art. 32 names no group for them; refer for legal review", [provisions.l2011Art32])
      return standing === "stateless_non_resident" ? statelessVictimVn2011 : foreignerVictimVn2011
    }
  }
}

/**
 * The group of the person under `regime`: G1–G5 of L2024 Art. 37 for `vn-2024`; under `vn-2011`
 * the groups of L2011 Art. 32, or persons awaiting verification (Art. 24–25). Citizenship and
 * permanent residence decide (the accompanied person's for an accompanying minor), with where
 * the trafficking took place for foreigners and, under vn-2024, the accompanying person's age
 * (under 18, Art. 37(2)–(3), from `parameters/national/minors.json`) on `facts.asOf`.
 *
 * @returns the {@link GroupChoice}, or a {@link NoGroup} with the facts missing or the reason to
 *   refer. Never fails.
 * @example
 * chooseGroup({ asOf: civilDate("2025-10-01"), person: { citizenship: "VN" },
 *   status: { kind: "victim", certifiedOn: civilDate("2025-09-12") } }, "vn-2024")
 * // { id: "G1", reason: "victim who is a Vietnamese citizen (Art. 37(1))", probable: false, sources: [L2024 Art. 37(1)] }
 * chooseGroup({ asOf: civilDate("2025-10-01"), person: {}, status: { kind: "victim", certifiedOn: civilDate("2025-09-12") } }, "vn-2024")
 * // { reason: "the person's citizenship is needed (…)", missingFacts: ["person.citizenship"], sources: […] }
 */
export const chooseGroup = (facts: Facts, regime: RegimeId): GroupChoice | NoGroup =>
  regime === "vn-2024" ? vn2024Group(facts) : vn2011Group(facts)

/** Whether a group decision named a group. */
export const isGroupChoice = (choice: GroupChoice | NoGroup): choice is GroupChoice => "id" in choice
