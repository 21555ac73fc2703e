/**
 * Where a rule or a value comes from, and how sure we are of it. Every parameter value, every
 * entitlement and every trace step carries one or more sources.
 *
 * @module
 */
import { Schema } from "effect"

/**
 * How a statement was verified (see `shared/domain/README.md`, "Confidence"):
 * - `confirmed`: read in a source that quotes or closely paraphrases the legal text;
 * - `secondary`: read only in a news article or legal Q&A summarising the rule;
 * - `unconfirmed`: inferred, not found in a source — every output built on it says "to be confirmed";
 * - `unknown`: the value exists in law but was not found — no value is given.
 */
export const Confidence = Schema.Literals(["confirmed", "secondary", "unconfirmed", "unknown"])
export type Confidence = typeof Confidence.Type

/**
 * A legal source: the instrument (e.g. `Decree 09/2013/ND-CP`), the article (e.g. `Art. 19`),
 * optionally clause and point, where it was read, and its confidence.
 *
 * @example
 * { instrument: "Law 53/2024/QH15", article: "Art. 37", clause: "1", status: "confirmed" }
 */
export const Source = Schema.Struct({
  instrument: Schema.String,
  article: Schema.String,
  clause: Schema.optionalKey(Schema.String),
  point: Schema.optionalKey(Schema.String),
  readAt: Schema.optionalKey(Schema.String),
  status: Confidence,
})
export type Source = typeof Source.Type

/** A text in Vietnamese (the legal language) and its English gloss. */
export const Bilingual = Schema.Struct({ vi: Schema.String, en: Schema.String })
export type Bilingual = typeof Bilingual.Type

/**
 * Renders a source as a citation: instrument, article, then clause and point in brackets. The
 * status and where it was read are left out.
 *
 * @example
 * cite({ instrument: "Law 53/2024/QH15", article: "Art. 37", clause: "1", point: "a", status: "confirmed" }) // "Law 53/2024/QH15 Art. 37(1)(a)"
 * cite({ instrument: "Decree 09/2013/ND-CP", article: "Art. 23", status: "confirmed" })                   // "Decree 09/2013/ND-CP Art. 23"
 */
export const cite = (source: Source): string =>
  `${source.instrument} ${source.article}${source.clause ? `(${source.clause})` : ""}${source.point ? `(${source.point})` : ""}`
