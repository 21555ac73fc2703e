/**
 * Records a province keeps and counts plan progress from: case records (hồ sơ), localities
 * (địa bàn), communication activities (hoạt động truyền thông), support officers (cán bộ hỗ trợ)
 * and their training (tập huấn). Names follow the IOM Human Trafficking Case Data Standard
 * (HTCDS) where it has one. Records hold no names: a case is known by its id and an optional
 * caseworker reference.
 *
 * @module
 */
import { Schema } from "effect"
import { CivilDate } from "./civil-date.ts"
import { AccompaniedPerson, Applications, FacilityStay, Needs, Person, ProvinceId, Status, TravelHome, Vnd } from "./facts.ts"
import { SupportKind } from "./kinds.ts"

/** A record id: a UUID chosen by the client that creates the record, so retries are idempotent. */
export const RecordId = Schema.String.check(
  Schema.isPattern(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, { message: "must be a lowercase UUID" }),
)
export type RecordId = typeof RecordId.Type

/** A commune-level unit (xã, phường, đặc khu) by its code, e.g. the General Statistics Office code. */
export const CommuneId = Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(64))
export type CommuneId = typeof CommuneId.Type

/** A support delivered (đã hỗ trợ) on a date, with its amount when money was paid. */
export const DeliveredSupport = Schema.Struct({
  kind: SupportKind,
  /** Day of delivery (`YYYY-MM-DD`). */
  deliveredOn: CivilDate,
  /** The sum paid, in whole VND (never negative); omitted for support in kind. */
  amountVnd: Schema.optionalKey(Vnd),
})
export type DeliveredSupport = typeof DeliveredSupport.Type

/** A support the person refused after being informed (từ chối), which counts as reached. */
export const RefusedSupport = Schema.Struct({ kind: SupportKind, refusedOn: CivilDate })
export type RefusedSupport = typeof RefusedSupport.Type

/** Age band when no birth date is known (CTDC `ageBroad` mapped, HTCDS age group). */
export const AgeGroup = Schema.Literals(["minor", "adult", "unknown"])
export type AgeGroup = typeof AgeGroup.Type

/** Forms of exploitation recorded (HTCDS exploitation types); each tri-state. */
export const Exploitation = Schema.Struct({
  forcedLabour: Schema.optionalKey(Schema.Boolean),
  sexualExploitation: Schema.optionalKey(Schema.Boolean),
  /** ISO 3166-1 alpha-2 country of exploitation. */
  countryOfExploitation: Schema.optionalKey(Schema.String.check(Schema.isPattern(/^[A-Z]{2}$/))),
})
export type Exploitation = typeof Exploitation.Type

/** Where a record came from. */
export const RecordOrigin = Schema.Literals(["field", "api", "ctdc"])
export type RecordOrigin = typeof RecordOrigin.Type

/**
 * A case record. `status` is absent for records imported without an identification stage
 * (CTDC rows); `needs` are the needs a caseworker assessed; `supports` and `refusals` say what
 * was delivered or refused. The circumstances that decide amounts and deadlines (`stay`,
 * `travelHome`, `returnedHomeOn`, `continuesSchoolFrom`, `applications`) have the meaning they
 * have in {@link Facts}; `factsOfCase` turns a record into the facts of an assessment. No
 * names: `reference` is the caseworker's own file reference, at most 64 characters.
 *
 * @example
 * { id: "3f1c2a4e-8b7d-4c1a-9e2f-5a6b7c8d9e0f", origin: "field", province: "quang-nam", communeId: "20333",
 *   person: { citizenship: "VN", poorHousehold: true }, status: { kind: "victim", certifiedOn: "2023-05-02" },
 *   needs: { essentialNeeds: true, medicalCare: true, psychological: false },
 *   supports: [{ kind: "essential_needs_and_travel", deliveredOn: "2023-05-03", amountVnd: 1800000 },
 *     { kind: "medical", deliveredOn: "2023-05-04" }],
 *   refusals: [] }
 */
export const CaseRecord = Schema.Struct({
  id: RecordId,
  origin: RecordOrigin,
  reference: Schema.optionalKey(Schema.String.check(Schema.isMaxLength(64))),
  province: Schema.optionalKey(ProvinceId),
  communeId: Schema.optionalKey(CommuneId),
  person: Person,
  ageGroup: Schema.optionalKey(AgeGroup),
  status: Schema.optionalKey(Status),
  registrationYear: Schema.optionalKey(Schema.Int.check(Schema.isBetween({ minimum: 1990, maximum: 2200 }))),
  traffickedIn: Schema.optionalKey(Schema.Literals(["vietnam", "abroad"])),
  exploitation: Schema.optionalKey(Exploitation),
  accompaniedPerson: Schema.optionalKey(AccompaniedPerson),
  needs: Schema.optionalKey(Needs),
  stay: Schema.optionalKey(FacilityStay),
  travelHome: Schema.optionalKey(TravelHome),
  returnedHomeOn: Schema.optionalKey(CivilDate),
  continuesSchoolFrom: Schema.optionalKey(CivilDate),
  applications: Schema.optionalKey(Applications),
  supports: Schema.Array(DeliveredSupport),
  refusals: Schema.Array(RefusedSupport),
})
export type CaseRecord = typeof CaseRecord.Type
/** The JSON form of a {@link CaseRecord}, as sent over HTTP (`/v1/cases`) or stored. */
export type CaseRecordEncoded = typeof CaseRecord.Encoded

/** A commune's standing for a plan period: flagged high-risk (địa bàn có nguy cơ cao) or not. */
export const Locality = Schema.Struct({
  communeId: CommuneId,
  province: ProvinceId,
  highRisk: Schema.Boolean,
  /** The period the flag applies to, inclusive. */
  from: CivilDate,
  to: CivilDate,
}).check(Schema.makeFilter((locality) => locality.to >= locality.from || { path: ["to"], issue: `must not be before from (${locality.from})` }))
export type Locality = typeof Locality.Type

/** An anti-trafficking communication activity (truyền thông phòng, chống mua bán người). */
export const CommunicationActivity = Schema.Struct({
  id: RecordId,
  communeId: CommuneId,
  heldOn: CivilDate,
  audience: Schema.optionalKey(Schema.String.check(Schema.isMaxLength(200))),
})
export type CommunicationActivity = typeof CommunicationActivity.Type

/** A victim-support officer (cán bộ làm công tác hỗ trợ nạn nhân) on the roster for a period. */
export const SupportOfficer = Schema.Struct({
  id: RecordId,
  province: ProvinceId,
  onRosterFrom: CivilDate,
  onRosterTo: Schema.optionalKey(CivilDate),
})
export type SupportOfficer = typeof SupportOfficer.Type

/** A training (tập huấn) an officer attended. */
export const Training = Schema.Struct({ id: RecordId, officerId: RecordId, completedOn: CivilDate })
export type Training = typeof Training.Type
