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
