/**
 * Decoding untrusted input into typed values, with every broken rule reported by field path.
 *
 * @module
 */
import { Result, Schema, SchemaAST, SchemaIssue } from "effect"
import { InvalidInput, type InputIssue } from "./errors.ts"

const formatter = SchemaIssue.makeFormatterStandardSchemaV1()

const literalKinds = (union: SchemaAST.Union): ReadonlyArray<string> | undefined => {
  const kinds: Array<string> = []
  for (const member of union.types) {
    if (!SchemaAST.isObjects(member)) return undefined
    const kind = member.propertySignatures.find((property) => property.name === "kind")?.type
    if (kind === undefined || !SchemaAST.isLiteral(kind) || typeof kind.literal !== "string") return undefined
    kinds.push(kind.literal)
  }
  return kinds
}

const child = (value: unknown, path: ReadonlyArray<PropertyKey>): unknown =>
  path.reduce<unknown>((node, key) => (typeof node === "object" && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined), value)

// A tagged union whose tag matches no member is reported on the tag (`status.kind`), naming the
// allowed values, instead of as "Expected A | B | C" on the whole object. `input` is the value at
// the issue's place in the decoded input.
const pointAtUnknownKind = (issue: SchemaIssue.Issue, input: unknown): SchemaIssue.Issue => {
  switch (issue._tag) {
    case "Pointer":
      return new SchemaIssue.Pointer(issue.path, pointAtUnknownKind(issue.issue, child(input, issue.path)))
    case "Composite":
      return new SchemaIssue.Composite(
        issue.ast,
        issue.issues.map((inner) => pointAtUnknownKind(inner, input)) as [SchemaIssue.Issue, ...Array<SchemaIssue.Issue>],
      )
    case "AnyOf": {
      const kinds = literalKinds(issue.ast)
      const kind = child(input, ["kind"])
      if (kinds === undefined || typeof input !== "object" || input === null || kinds.includes(kind as string)) {
        return new SchemaIssue.AnyOf(issue.ast, issue.issues.map((inner) => pointAtUnknownKind(inner, input)))
      }
      return new SchemaIssue.Pointer(
        ["kind"],
        new SchemaIssue.InvalidValue({ message: `must be one of ${kinds.join(", ")} (got ${JSON.stringify(kind) ?? "nothing"})` }),
      )
    }
    default:
      return issue
  }
}

const toInputIssues = (issue: SchemaIssue.Issue, input: unknown): ReadonlyArray<InputIssue> =>
  formatter(pointAtUnknownKind(issue, input)).issues.map((entry) => ({
    path: (entry.path ?? []).map((segment) => String(typeof segment === "object" ? segment.key : segment)).join(".") || "(root)",
    message: entry.message,
  }))

/**
 * Decodes `input` with `schema`, collecting every issue.
 *
 * @returns `Result.succeed(value)` or `Result.fail(InvalidInput)` whose `issues` name each field.
 * @example
 * decodeInput(Facts, JSON.parse(body)) // Result<Facts, InvalidInput>
 */
export const decodeInput = <S extends Schema.Top & { readonly DecodingServices: never }>(
  schema: S,
  input: unknown,
): Result.Result<S["Type"], InvalidInput> => {
  const result = Schema.decodeUnknownResult(schema)(input, { errors: "all" })
  return Result.isFailure(result)
    ? Result.fail(new InvalidInput({ issues: toInputIssues(result.failure.issue, input) }))
    : Result.succeed(result.success)
}
