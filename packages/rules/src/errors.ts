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

/** Input that does not match its schema; `issues` names every field and rule broken. */
export class InvalidInput extends Data.TaggedError("InvalidInput")<{ readonly issues: ReadonlyArray<InputIssue> }> {
  override get message(): string {
    return this.issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ")
  }
}

/** A date for which no encoded provision is in force (e.g. before 2012-01-01). */
export class ProvisionNotInForce extends Data.TaggedError("ProvisionNotInForce")<{
  readonly provision: string
  readonly on: string
}> {
  override get message(): string {
    return `${this.provision} is not encoded for ${this.on}`
  }
}

/** A province id with no configured rate set. */
export class UnknownProvince extends Data.TaggedError("UnknownProvince")<{
  readonly province: string
  readonly known: ReadonlyArray<string>
}> {
  override get message(): string {
    return `province: unknown province "${this.province}" (known: ${this.known.join(", ")})`
  }
}

/** A parameter file that breaks a validation rule; `file` and `key` locate it. */
export class InvalidParameterFile extends Data.TaggedError("InvalidParameterFile")<{
  readonly file: string
  readonly key: string
  readonly rule: string
}> {
  override get message(): string {
    return `${this.file}: ${this.key}: ${this.rule}`
  }
}

/** A provincial rate below the national minimum it must respect (C14). */
export class RateBelowNationalMinimum extends Data.TaggedError("RateBelowNationalMinimum")<{
  readonly file: string
  readonly key: string
  readonly value: number
  readonly minimum: number
  readonly minimumSource: string
}> {
  override get message(): string {
    return `${this.file}: ${this.key}: ${this.value} VND is below the national minimum of ${this.minimum} VND (${this.minimumSource})`
  }
}
