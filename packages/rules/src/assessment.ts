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

/** A limit on a kind of support (`120 days`, `once`, `first school year and the next`). */
export const Limit = Schema.Struct({
  description: Schema.String,
  value: Schema.optionalKey(Schema.Number),
  unit: Schema.optionalKey(Schema.String),
  sources: Schema.Array(Source),
})
export type Limit = typeof Limit.Type

/** One kind of support in a decision. */
export const Entitlement = Schema.Struct({
  kind: SupportKind,
  label: Bilingual,
  status: EntitlementStatus,
  /** Conditions that must hold (status `conditional`), in plain words. */
  conditions: Schema.Array(Schema.String),
  /** Fact paths still missing to decide this kind (`person.poorHousehold`). */
  missingFacts: Schema.Array(Schema.String),
  /** Why not entitled (status `not_entitled`). */
  reason: Schema.optionalKey(Schema.String),
  sources: Schema.Array(Source),
  limits: Schema.Array(Limit),
  /** `null` when no configured value gives an amount: see `notes` for why. */
  amount: Schema.NullOr(Amount),
  notes: Schema.Array(Schema.String),
})
export type Entitlement = typeof Entitlement.Type

/** Something a reader must know: a conflict between instruments, an unconfirmed value, … */
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

/** The decision for one person on one date. */
export const Assessment = Schema.Struct({
  rulesVersion: Schema.String,
  asOf: CivilDate,
  province: Schema.optionalKey(ProvinceId),
  regime: Schema.Struct({ id: RegimeId, reason: Schema.String, sources: Schema.Array(Source) }),
  /** `null` when the law names no group for the person (referred for legal review: see flags). */
  group: Schema.NullOr(
    Schema.Struct({ id: GroupId, reason: Schema.String, probable: Schema.Boolean, sources: Schema.Array(Source) }),
  ),
  entitlements: Schema.Array(Entitlement),
  parameters: Schema.Array(ParameterUse),
  flags: Schema.Array(Flag),
  trace: Schema.Array(TraceStep),
})
export type Assessment = typeof Assessment.Type
