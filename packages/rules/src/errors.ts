/**
 * Typed errors: "could not apply the law" (as opposed to "not entitled", which is a decision).
 * One class per failure, each with a plain message.
 *
 * @module
 */
import { Data } from "effect"

/** One problem in the input: the field's path (`status.kind`) and the rule it broke. */
export interface InputIssue {
  readonly path: string
  readonly message: string
}

/**
 * Input that does not match its schema; `issues` names every field and rule broken. Returned by
 * `decodeInput`, and by `factsOfCase` for a record without a status.
 */
export class InvalidInput extends Data.TaggedError("InvalidInput")<{ readonly issues: ReadonlyArray<InputIssue> }> {
  override get message(): string {
    return this.issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ")
  }
}

/**
 * A date the encoded law does not cover: an assessment before the first regime (2012-01-01), a
 * deadline outside vn-2011 or outside the holiday calendar's years, a day whose schedule is
 * undecided. Never a silent `false` or `0`.
 *
 * @example
 * new ProvisionNotInForce({ provision: "support regimes (encoded from 2012-01-01)", on: "2011-12-31" }).message
 * // "support regimes (encoded from 2012-01-01) is not encoded for 2011-12-31"
 */
export class ProvisionNotInForce extends Data.TaggedError("ProvisionNotInForce")<{
  /** The provision, parameter or calendar that is not encoded for `on`, in plain words. */
  readonly provision: string
  /** The date asked about (`YYYY-MM-DD`). */
  readonly on: string
}> {
  override get message(): string {
    return `${this.provision} is not encoded for ${this.on}`
  }
}

/** A province id with no configured rate set, returned by `assess`. */
export class UnknownProvince extends Data.TaggedError("UnknownProvince")<{
  /** The province id asked for. */
  readonly province: string
  /** The province ids that have a rate set, sorted. */
  readonly known: ReadonlyArray<string>
}> {
  override get message(): string {
    return `province: unknown province "${this.province}" (known: ${this.known.join(", ")})`
  }
}

/**
 * A parameter file that breaks a validation rule; `file` and `key` locate it. Returned by the
 * validators; thrown when the module loads for a broken file shipped with the package.
 */
export class InvalidParameterFile extends Data.TaggedError("InvalidParameterFile")<{
  /** The file's name as the caller gave it (`provinces/ha-giang-15-2020.json`). */
  readonly file: string
  /** Where in the file: `parameters[travel-meals].values[0].source`, or `(root)`. */
  readonly key: string
  /** The rule broken, in plain words. */
  readonly rule: string
}> {
  override get message(): string {
    return `${this.file}: ${this.key}: ${this.rule}`
  }
}

/**
 * A provincial rate below the national minimum it must respect on a date both are in force (C14:
 * travel meals at 50,000 VND/day against the 70,000 VND/person/day of Circular 84/2019/TT-BTC).
 */
export class RateBelowNationalMinimum extends Data.TaggedError("RateBelowNationalMinimum")<{
  readonly file: string
  /** The provincial value: `parameters[travel-meals].values[0]`. */
  readonly key: string
  /** The provincial rate, in whole VND (in the parameter's unit, e.g. VND/person/day). */
  readonly value: number
  /** The national minimum, in whole VND in the same unit. */
  readonly minimum: number
  /** The national parameter and its citation: `c84-travel-meals-minimum: Circular 84/2019/TT-BTC …`. */
  readonly minimumSource: string
}> {
  override get message(): string {
    return `${this.file}: ${this.key}: ${this.value} VND is below the national minimum of ${this.minimum} VND (${this.minimumSource})`
  }
}
