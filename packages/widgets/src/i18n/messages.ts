/**
 * The shape of a widget message catalogue. One catalogue per language (`vi.ts`, `en.ts`); the
 * legal content itself (kind labels, reasons, sources) comes from `@hotro/rules`.
 *
 * @module
 */
import type { Confidence, EntitlementStatus } from "@hotro/rules"

/** Languages the widgets speak. Vietnamese is the legal language and the default. */
export type Language = "vi" | "en"

export interface Messages {
  readonly title: string
  readonly asOfMissing: string
  readonly asOfLabel: string
  readonly factsMissing: string
  readonly factsAttributeNotJson: string
  readonly invalidFacts: string
  readonly issueField: string
  readonly issueRule: string
  readonly notAssessable: string
  readonly unexpected: string
  readonly regime: string
  readonly regimeNames: Readonly<Record<"vn-2011" | "vn-2024", string>>
  readonly group: string
  readonly noGroup: string
  readonly probable: string
  readonly status: Readonly<Record<EntitlementStatus, string>>
  readonly conditions: string
  readonly missingFacts: string
  readonly reason: string
  readonly amount: string
  readonly notConfigured: string
  readonly limits: string
  readonly legalBasis: string
  readonly notes: string
  readonly flags: string
  readonly confidence: Readonly<Record<Confidence, string>>
}
