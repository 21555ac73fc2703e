/**
 * `@hotro/rules`: Vietnam's rules for supporting victims of human trafficking, as pure functions
 * of facts and a date. No I/O, no DOM, no Node APIs, no clock.
 *
 * @module
 */
export * from "./civil-date.ts"
export * from "./source.ts"
export * from "./kinds.ts"
export * from "./facts.ts"
export * from "./assessment.ts"
export * from "./errors.ts"
export * from "./decode.ts"
export * from "./case-record.ts"
export * from "./case-facts.ts"
export * from "./age.ts"
export * from "./screening.ts"
export * from "./holidays.ts"
export * from "./deadlines.ts"
export {
  applicationWindow,
  forwardingDeadline,
  verificationDeadline,
  type ApplicationWindow,
  type StepDeadline,
} from "./procedural-deadlines.ts"
export * from "./plans.ts"
export * from "./progress.ts"
export * from "./ctdc.ts"
// Assessment core (law as data, validation, regimes, groups, entitlements, rulebook).
export * from "./parameter.ts"
export * from "./provincial-rate-set.ts"
export { validateParameterFile } from "./parameter-validation.ts"
export { RegimeFile, RegimePeriod, validateRegimeFile } from "./regime-file.ts"
export { nationalParameterFiles, nationalParameters, regimeFile } from "./national-parameters.ts"
export { parseProvincialRateSet, shippedProvincialRateSets } from "./provincial-rates.ts"
export { chooseRegime, regimeInForceOn, type RegimeChoice } from "./regime.ts"
export { chooseGroup, groupKinds, type GroupChoice, type NoGroup } from "./groups.ts"
export type { StayCapPolicy } from "./assessment-context.ts"
export { formatVnd } from "./money.ts"
export {
  assess,
  createRulebook,
  rulesVersion,
  type AssessOptions,
  type ParameterValueView,
  type ProvinceView,
  type Rulebook,
  type RulebookOptions,
} from "./rulebook.ts"
