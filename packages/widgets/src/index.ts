/**
 * `@hotro/widgets`: web components that show what support a victim of trafficking is entitled
 * to, with the legal basis of each kind. Importing this module registers the elements.
 *
 * @module
 */
export { HotroEntitlements, type HotroAssessedEvent } from "./hotro-entitlements/hotro-entitlements.ts"
export type { Language, Messages } from "./i18n/messages.ts"
export { en } from "./i18n/en.ts"
export { vi } from "./i18n/vi.ts"
// Re-exported so that a page using the one-file bundle can build a rulebook with its own
// provincial rates (the `rulebook` property) without loading a second copy of the rules.
export { createRulebook, parseProvincialRateSet } from "@hotro/rules"
