import { css } from "lit"

/** Styles of `<hotro-entitlements>`; theme it with the `--hotro-*` custom properties and parts. */
export const styles = css`
  :host {
    display: block;
    font-family: var(--hotro-font-family, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
    color: var(--hotro-color-text, #1f2933);
    line-height: 1.45;
    --_space: var(--hotro-spacing, 0.75rem);
    --_radius: var(--hotro-radius, 0.5rem);
    --_border: var(--hotro-color-border, #d5dbe1);
    --_muted: var(--hotro-color-muted, #5f6b7a);
  }
  :host([hidden]) {
    display: none;
  }
  h3,
  h4,
  p {
    margin: 0 0 calc(var(--_space) / 3);
  }
  h3 {
    font-size: 1rem;
  }
  h4 {
    font-size: 1rem;
    font-weight: 600;
  }
  code {
    font-size: 0.85em;
    background: #f1f4f7;
    padding: 0 0.25em;
    border-radius: 0.25em;
  }
  ul {
    margin: 0.25em 0;
    padding-left: 1.25em;
  }
  header {
    display: grid;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }
  .as-of,
  .gloss,
  .computation,
  .sources {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .regime,
  .group {
    border-left: 4px solid var(--_border);
    padding-left: var(--_space);
  }
  .probable {
    font-weight: normal;
    color: var(--_muted);
  }
  .entitlements {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .entitlement {
    border: 1px solid var(--_border);
    border-left-width: 6px;
    border-radius: var(--_radius);
    padding: var(--_space);
    overflow-wrap: anywhere;
  }
  .entitlement > div + div,
  .entitlement > p + div {
    margin-top: calc(var(--_space) / 3);
  }
  .entitlement.entitled {
    border-left-color: var(--hotro-color-entitled, #1b7f3b);
  }
  .entitlement.conditional {
    border-left-color: var(--hotro-color-conditional, #b26b00);
  }
  .entitlement.not_entitled {
    border-left-color: var(--hotro-color-not-entitled, #8a94a3);
  }
  .kind {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5em;
  }
  .status {
    font-size: 0.8rem;
    font-weight: 600;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    color: #fff;
    white-space: nowrap;
  }
  .status.entitled {
    background: var(--hotro-color-entitled, #1b7f3b);
  }
  .status.conditional {
    background: var(--hotro-color-conditional, #b26b00);
  }
  .status.not_entitled {
    background: var(--hotro-color-not-entitled, #8a94a3);
  }
  .vnd {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .amount .computation,
  .amount .sources {
    display: block;
  }
  .not-configured {
    font-style: italic;
    color: var(--_muted);
  }
  .sources {
    display: inline;
  }
  .source {
    font-style: normal;
  }
  .source + .source::before {
    content: "; ";
  }
  .flags {
    border: 1px solid var(--hotro-color-flag, #b42318);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-bottom: var(--_space);
    background: #fff8f7;
  }
  .message {
    border-radius: var(--_radius);
    padding: var(--_space);
    background: #f1f4f7;
    margin: 0;
  }
  .message.error {
    background: #fff8f7;
    border: 1px solid var(--hotro-color-flag, #b42318);
  }
  .issues {
    border-collapse: collapse;
    width: 100%;
  }
  .issues th,
  .issues td {
    text-align: left;
    padding: 0.25em 0.5em;
    border-top: 1px solid var(--_border);
    vertical-align: top;
  }
`
