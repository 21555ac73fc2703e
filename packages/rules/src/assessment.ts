/**
 * The decision {@link assess} returns: which regime and why, the person's group, one entry for
 * every kind of support the group may receive, the parameter values used, flags and a trace in
 * which every step cites its provision. "Not entitled" is a decision, not an error.
 *
 * @module
 */
import { Schema } from "effect"
import { CivilDate } from "./civil-date.ts"
import { ProvinceId } from "./facts.ts"
import { RegimeId, SupportKind } from "./kinds.ts"
import { Bilingual, Confidence, Source } from "./source.ts"

/** `entitled`, `conditional` (conditions or missing facts listed) or `not_entitled` (reason given). */
export const EntitlementStatus = Schema.Literals(["entitled", "conditional", "not_entitled"])
export type EntitlementStatus = typeof EntitlementStatus.Type

/** An amount in whole VND with how it was computed (`3 days × 100,000 VND = 300,000 VND`). */
export const Amount = Schema.Struct({
  vnd: Schema.Int,
  computation: Schema.String,
  sources: Schema.Array(Source),
})
export type Amount = typeof Amount.Type

/**
 * A limit on a kind of support: how long, how much, how often, or by when to apply. A limit read
 * from a parameter carries its number and unit (`value: 120, unit: "days"`; `70000`,
 * `"VND/person/day"`; `12`, `"months"`); one that is only words (`allowance paid once`) has
 * neither.
 *
 * @example
 * { description: "at most 120 days; an extension may be decided … (D162 Art. 17)", value: 120, unit: "days",
 *   sources: [{ instrument: "Decree 162/2025/ND-CP", article: "Art. 17", status: "secondary", … }] }
 */
export const Limit = Schema.Struct({
  /** The limit in plain words, with the provision that sets it. */
  description: Schema.String,
  /** The number, in `unit`; whole VND when `unit` starts with `VND`. */
  value: Schema.optionalKey(Schema.Number),
  /** A parameter unit: `days`, `working days`, `months`, `school years`, `VND/person/day`, … */
  unit: Schema.optionalKey(Schema.String),
  sources: Schema.Array(Source),
})
export type Limit = typeof Limit.Type

/**
 * One kind of support in a decision, with its status, its legal basis (`sources`: the point of
 * L2024 Art. 37(1) or L2011 Art. 32(1) and the decree, circular or resolution that implements it),
 * its limits and its amount in whole VND when one can be computed.
 *
 * @example
 * { kind: "initial_hardship_and_loan", label: { vi: "Trợ cấp khó khăn ban đầu, hỗ trợ vay vốn", en: "…" },
 *   status: "entitled", conditions: [], missingFacts: [],
 *   sources: [{ instrument: "Decree 09/2013/ND-CP", article: "Art. 23", … }, …],
 *   limits: [{ description: "allowance paid once (D09 Art. 23)", … }, …],
 *   amount: { vnd: 3000000, computation: "initial hardship allowance, once: 3,000,000 VND", sources: […] },
 *   notes: ["Loans from the Vietnam Bank for Social Policies under its programmes (L2011 Art. 38).", …] } // C09
 */
export const Entitlement = Schema.Struct({
  kind: SupportKind,
  /** The Vietnamese legal term and its English gloss ({@link kindLabels}). */
  label: Bilingual,
  status: EntitlementStatus,
  /** Conditions that must hold (status `conditional`), in plain words. */
  conditions: Schema.Array(Schema.String),
  /** Fact paths still missing to decide this kind (`person.poorHousehold`). */
  missingFacts: Schema.Array(Schema.String),
  /** Why not entitled (status `not_entitled`). */
  reason: Schema.optionalKey(Schema.String),
  /** The legal basis of this kind of support. */
  sources: Schema.Array(Source),
  limits: Schema.Array(Limit),
  /** In whole VND; `null` when no configured value gives an amount (see `notes` for why) or the kind is not money. */
  amount: Schema.NullOr(Amount),
  /** What a caseworker should know: what is given in kind, deadlines, why an amount is missing. */
  notes: Schema.Array(Schema.String),
})
export type Entitlement = typeof Entitlement.Type

/**
 * Something a reader must know before acting on a decision, by `code`. {@link assess} raises:
 * - `refer_for_legal_review`: no group, or only a probable one (L2024 Art. 37 names no group);
 * - `insufficient_facts`: no group can be named until the missing facts are given;
 * - `value_unconfirmed`, `value_unknown`: a parameter value used is unconfirmed, or unknown (no value);
 * - `cap_counting_convention_unconfirmed`: days of support counted against a cap by an unconfirmed convention;
 * - `meals_cap_conflict`: vn-2011 meals limit, Decree 09/2013/ND-CP Art. 19 against Circular 84/2019/TT-BTC (C15);
 * - `extension_decision_needed`: a stay beyond the D162 Art. 17 limit (C19);
 * - `education_vocational_conflict`: D09 Art. 23 and L2011 Art. 37 disagree on vocational training;
 * - `legal_aid_transition_interplay`: free legal aid (L2024 Art. 61(1)) for a person kept under vn-2011 (Art. 63);
 * - `tuition_exemption_duration_unconfirmed`, `vn2024_allowance_condition_unconfirmed`: D162 readings unconfirmed;
 * - `provincial_resolution_regime_change`: a provincial resolution applied under a regime it was not adopted under;
 * - `province_merged`: a provincial resolution applied after the province merged (Res. 202/2025/QH15);
 * - `provincial_condition_unconfirmed`: a provincial rate's condition is unconfirmed or unknown.
 *
 * {@link screen} raises `screening_does_not_certify`, `leap_day_birthday_convention` and
 * `check_legal_exceptions`.
 */
export const Flag = Schema.Struct({
  code: Schema.String,
  message: Schema.String,
  sources: Schema.Array(Source),
})
export type Flag = typeof Flag.Type

/** One step of the reasoning, citing the provision applied. */
export const TraceStep = Schema.Struct({
  rule: Schema.String,
  detail: Schema.String,
  sources: Schema.Array(Source),
})
export type TraceStep = typeof TraceStep.Type

/** A parameter value the decision used, with the date it was read for and its source. */
export const ParameterUse = Schema.Struct({
  parameter: Schema.String,
  on: CivilDate,
  value: Schema.NullOr(Schema.Number),
  unit: Schema.String,
  validFrom: CivilDate,
  status: Confidence,
  source: Source,
})
export type ParameterUse = typeof ParameterUse.Type

/** Group ids: G1–G5 under vn-2024 (L2024 Art. 37), and the vn-2011 groups of L2011 Art. 32. */
export const GroupId = Schema.Literals([
  "G1",
  "G2",
  "G3",
  "G4",
  "G5",
  "vn2011-victim",
  "vn2011-foreign-victim",
  "vn2011-accompanying-minor",
  "vn2011-awaiting-verification",
])
export type GroupId = typeof GroupId.Type

/**
 * The decision for one person on one date, as {@link assess} returns it.
 *
 * A decision is a read-only value, and decisions may share structure with each other (the same
 * group, source, limit or flag object is reused across calls, for speed). Copy one
 * (`structuredClone`) before modifying it. Its JSON form is the same as its value.
 *
 * @example
 * // C09 (Hà Giang, certified 2024-03-10, applied 2024-04-01):
 * { rulesVersion: "0.1.0", asOf: "2024-04-01", province: "ha-giang",
 *   regime: { id: "vn-2011", reason: "certified as a victim on 2024-03-10, under vn-2011", sources: […] },
 *   group: { id: "vn2011-victim", reason: "victim who is a Vietnamese citizen (L2011 Art. 32): …", probable: false, sources: […] },
 *   entitlements: [six kinds, in the order of L2011 Art. 32(1)],
 *   parameters: [{ parameter: "ha-giang/initial-hardship-allowance", on: "2024-04-01", value: 3000000, unit: "VND/person", … }, …],
 *   flags: […], trace: […] }
 */
export const Assessment = Schema.Struct({
  /** The version of the rules that decided ({@link rulesVersion}). */
  rulesVersion: Schema.String,
  /** The assessment date (`YYYY-MM-DD`), as given in the facts. */
  asOf: CivilDate,
  /** The province whose rate set was applied, when the facts name one. */
  province: Schema.optionalKey(ProvinceId),
  /** The regime chosen from the case's own dates (L2024 Art. 63), why, and the provisions that say so. */
  regime: Schema.Struct({ id: RegimeId, reason: Schema.String, sources: Schema.Array(Source) }),
  /**
   * The group (L2024 Art. 37 / L2011 Art. 32), why, whether it is only probable (then flagged
   * `refer_for_legal_review`), and its sources; `null` when the law names no group for the person
   * or facts are missing (see `flags`).
   */
  group: Schema.NullOr(
    Schema.Struct({ id: GroupId, reason: Schema.String, probable: Schema.Boolean, sources: Schema.Array(Source) }),
  ),
  /** One entry for every kind of support the group may receive, in the order of the law's points; empty without a group. */
  entitlements: Schema.Array(Entitlement),
  /** Every parameter value read, with the date it was read for: the decision can be reproduced from them. */
  parameters: Schema.Array(ParameterUse),
  /** What a reader must know (see {@link Flag} for the codes). */
  flags: Schema.Array(Flag),
  /** Each step of the reasoning, citing its provision; empty with `trace: false`. */
  trace: Schema.Array(TraceStep),
})
export type Assessment = typeof Assessment.Type
