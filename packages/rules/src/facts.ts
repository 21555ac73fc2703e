/**
 * Facts (dữ kiện) about a person, as given to {@link assess}. Every fact is optional and an
 * omitted fact is **unknown, not false**: a rule that needs it answers "conditional — fact X is
 * missing" instead of guessing.
 *
 * @module
 */
import { Schema } from "effect"
import { CivilDate } from "./civil-date.ts"

/** Province ids are ASCII kebab-case names: `ha-giang`, `khanh-hoa`, `quang-nam`. */
export const ProvinceId = Schema.String.check(
  Schema.isPattern(/^[a-z]+(-[a-z]+)*$/, { message: "must be an ASCII kebab-case province id such as ha-giang" }),
).pipe(Schema.brand("ProvinceId"))
export type ProvinceId = typeof ProvinceId.Type

/** ISO 3166-1 alpha-2 code (`VN`, `LA`, `NA` = Namibia) or `stateless`. */
export const Citizenship = Schema.String.check(
  Schema.isPattern(/^([A-Z]{2}|stateless)$/, { message: "must be an ISO 3166-1 alpha-2 code such as VN, or stateless" }),
)
export type Citizenship = typeof Citizenship.Type

/** A whole number of VND (Vietnamese đồng), never negative. */
export const Vnd = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))
export type Vnd = typeof Vnd.Type

/** Facts about the person (người được hỗ trợ). */
export const Person = Schema.Struct({
  /** Date of birth; use `birthYear` when only the year is known. */
  birthDate: Schema.optionalKey(CivilDate),
  /** Year of birth, when the full date is not known (age then is a range). */
  birthYear: Schema.optionalKey(Schema.Int.check(Schema.isBetween({ minimum: 1900, maximum: 2200 }))),
  sex: Schema.optionalKey(Schema.Literals(["female", "male", "other"])),
  citizenship: Schema.optionalKey(Citizenship),
  /** Stateless or foreign person with permanent residence in Vietnam (thường trú ở Việt Nam). */
  permanentResidentInVietnam: Schema.optionalKey(Schema.Boolean),
  /** Member of a poor household (hộ nghèo) under the poverty standard in force. */
  poorHousehold: Schema.optionalKey(Schema.Boolean),
  /** Member of a near-poor household (hộ cận nghèo). */
  nearPoorHousehold: Schema.optionalKey(Schema.Boolean),
  /** In financial difficulty (khó khăn về tài chính), as the Legal Aid Law 2017 Art. 7(7)(g) required. */
  financialDifficulty: Schema.optionalKey(Schema.Boolean),
  /** Holds a valid health-insurance card (thẻ bảo hiểm y tế). */
  healthInsured: Schema.optionalKey(Schema.Boolean),
})
export type Person = typeof Person.Type

/**
 * Certified as a victim (nạn nhân) by the competent body on `certifiedOn` (`YYYY-MM-DD`): under
 * L2024 Art. 33 [unconfirmed article] from 2025-07-01, L2011 Art. 28 before. The certification
 * date decides the regime (L2024 Art. 63) and starts the vn-2011 application window (D09 Art. 23).
 */
export const VictimStatus = Schema.Struct({ kind: Schema.Literal("victim"), certifiedOn: CivilDate })
/**
 * Being identified as a victim (đang trong quá trình xác định là nạn nhân) since `since` (the day of
 * reception), currently `abroad` or in `vietnam`. Under vn-2011 the same stage is "awaiting
 * verification" (chờ xác minh, L2011 Art. 24–25).
 */
export const BeingIdentifiedStatus = Schema.Struct({
  kind: Schema.Literal("being_identified"),
  since: CivilDate,
  location: Schema.Literals(["abroad", "vietnam"]),
})
/** A person under 18 accompanying (đi cùng) a victim or a person being identified. */
export const AccompanyingMinorStatus = Schema.Struct({
  kind: Schema.Literal("accompanying_minor"),
  accompanying: Schema.Union([VictimStatus, BeingIdentifiedStatus]),
})
/** The person's status in the identification procedure. */
export const Status = Schema.Union([VictimStatus, BeingIdentifiedStatus, AccompanyingMinorStatus])
export type Status = typeof Status.Type

/**
 * The person an accompanying minor accompanies: their citizenship and residence decide the
 * minor's group (L2024 Art. 37(2), (3)). Omitted: the minor's own `person` facts are read.
 */
export const AccompaniedPerson = Schema.Struct({
  citizenship: Schema.optionalKey(Citizenship),
  permanentResidentInVietnam: Schema.optionalKey(Schema.Boolean),
})
export type AccompaniedPerson = typeof AccompaniedPerson.Type

/**
 * Needs a caseworker assessed, each tri-state: `true` needed, `false` assessed and not needed,
 * omitted not assessed. They decide the kinds given "depending on the case" (tùy từng trường
 * hợp): every kind of G5 (L2024 Art. 37(4)), where an omitted need makes the kind `conditional`
 * and `false` makes it `not_entitled`; and education and vocational training under both regimes.
 * Plan progress counts a victim as supported when every assessed need was met (see
 * `victimSupported`).
 */
export const Needs = Schema.Struct({
  /** Accommodation, meals and daily items: `essential_needs` (G5). */
  essentialNeeds: Schema.optionalKey(Schema.Boolean),
  /** Medical care: `medical` (G5). */
  medicalCare: Schema.optionalKey(Schema.Boolean),
  /** An interpreter: `interpretation` (G5). */
  interpretation: Schema.optionalKey(Schema.Boolean),
  /** Legal counselling: `legal_support` (G5). */
  legalCounselling: Schema.optionalKey(Schema.Boolean),
  /** Legal aid: `legal_aid` (G5). */
  legalAid: Schema.optionalKey(Schema.Boolean),
  /** Psychological support: `psychological` (G5). */
  psychological: Schema.optionalKey(Schema.Boolean),
  /** Vocational training: `education_vocational` under vn-2011 (D09 Art. 23). */
  vocationalTraining: Schema.optionalKey(Schema.Boolean),
  /** Schooling: `general_education` under vn-2024 (D162 Art. 24). */
  generalEducation: Schema.optionalKey(Schema.Boolean),
})
export type Needs = typeof Needs.Type

/**
 * A stay in a social-protection or victim-support facility (cơ sở). Days of the stay are counted
 * in calendar days with the admission day included, against the caps of D09 Art. 19 and D162
 * Art. 17 (an unconfirmed convention, flagged).
 */
export const FacilityStay = Schema.Struct({
  /** Day of admission (`YYYY-MM-DD`), the first day counted; the caps in force this day apply (daily rates: those of each day). */
  admittedOn: CivilDate,
  /** Last day of the stay; omitted while the person is still there (then `asOf` is used). */
  leftOn: Schema.optionalKey(CivilDate),
}).check(
  Schema.makeFilter((stay) =>
    stay.leftOn === undefined || stay.leftOn >= stay.admittedOn || { path: ["leftOn"], issue: `must not be before admittedOn (${stay.admittedOn})` },
  ),
)
export type FacilityStay = typeof FacilityStay.Type

/** The journey home (về nơi cư trú). */
export const TravelHome = Schema.Struct({
  /** Calendar days on the road. */
  days: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 60 })),
  /** Whether the person can pay the journey (those who cannot are supported). */
  canPay: Schema.optionalKey(Schema.Boolean),
  /** Fare at ordinary public-transport price, from the ticket, in VND. */
  fareVnd: Schema.optionalKey(Vnd),
})
export type TravelHome = typeof TravelHome.Type

/** Applications and requests the person filed, with their dates. */
export const Applications = Schema.Struct({
  /** Date the initial-hardship-allowance application was filed with the commune. */
  initialHardshipAllowanceFiledOn: Schema.optionalKey(CivilDate),
  /** Date legal aid was requested (legal aid follows the Legal Aid Law in force that day). */
  legalAidRequestedOn: Schema.optionalKey(CivilDate),
})
export type Applications = typeof Applications.Type

// Facts whose dates contradict each other describe no real situation: reject them by field rather
// than decide on them (a person certified after the assessment date is not yet a victim on it).
const datesConsistent = (facts: {
  readonly asOf: CivilDate
  readonly person: Person
  readonly status: Status
  readonly applications?: Applications
}): Array<Schema.FilterIssue> => {
  const issues: Array<Schema.FilterIssue> = []
  const notAfterAsOf = (path: ReadonlyArray<string>, date: CivilDate | undefined, what: string) => {
    if (date !== undefined && date > facts.asOf) issues.push({ path, issue: `must not be after asOf (${facts.asOf}): ${what}` })
  }
  notAfterAsOf(["person", "birthDate"], facts.person.birthDate, "the person is not yet born on the date of assessment")
  const stage = (status: typeof VictimStatus.Type | typeof BeingIdentifiedStatus.Type, path: ReadonlyArray<string>) =>
    status.kind === "victim"
      ? notAfterAsOf([...path, "certifiedOn"], status.certifiedOn, "not yet certified as a victim on the date of assessment")
      : notAfterAsOf([...path, "since"], status.since, "not yet received on the date of assessment")
  if (facts.status.kind === "accompanying_minor") stage(facts.status.accompanying, ["status", "accompanying"])
  else stage(facts.status, ["status"])
  const filedOn = facts.applications?.initialHardshipAllowanceFiledOn
  if (facts.status.kind === "victim" && filedOn !== undefined && filedOn < facts.status.certifiedOn) {
    issues.push({
      path: ["applications", "initialHardshipAllowanceFiledOn"],
      issue: `must not be before status.certifiedOn (${facts.status.certifiedOn}): the application includes the certificate of victim status (D09 Art. 23)`,
    })
  }
  return issues
}

/**
 * Everything {@link assess} reads. `asOf` is the date of assessment: the law in force on the
 * case's own dates is applied, never the machine's clock.
 *
 * @example
 * { asOf: "2026-02-01", province: "ha-giang",
 *   person: { birthDate: "2001-04-12", citizenship: "VN", poorHousehold: true },
 *   status: { kind: "victim", certifiedOn: "2025-09-12" } }
 */
export const Facts = Schema.Struct({
  asOf: CivilDate,
  province: Schema.optionalKey(ProvinceId),
  person: Person,
  status: Status,
  /** For `status.kind` `accompanying_minor`: facts about the accompanied person. */
  accompaniedPerson: Schema.optionalKey(AccompaniedPerson),
  /** Where the trafficking took place; decides G5 for foreigners (L2024 Art. 37(4)). */
  traffickedIn: Schema.optionalKey(Schema.Literals(["vietnam", "abroad"])),
  needs: Schema.optionalKey(Needs),
  stay: Schema.optionalKey(FacilityStay),
  travelHome: Schema.optionalKey(TravelHome),
  /** Day the person returned to their place of residence (về nơi cư trú). */
  returnedHomeOn: Schema.optionalKey(CivilDate),
  /** First day of the school year in which a minor continues school back home. */
  continuesSchoolFrom: Schema.optionalKey(CivilDate),
  applications: Schema.optionalKey(Applications),
}).check(Schema.makeFilter((facts) => datesConsistent(facts)))
export type Facts = typeof Facts.Type
/** The JSON form of {@link Facts}, as sent over HTTP or stored. */
export type FactsEncoded = typeof Facts.Encoded
