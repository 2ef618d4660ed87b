import { css } from 'lit';
import { visuallyHiddenStyles } from '../internal/styles.js';

/** The studio's look: the page's font, system colours (light and dark follow the browser), visible focus. */
const ownStyles = css`
  :host {
    display: block;
    color-scheme: light dark;
    color: CanvasText;
    background: Canvas;
    font: inherit;
    line-height: 1.5;
    padding: 0 1rem 2rem;
    max-width: 100rem;
    margin: 0 auto;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  h1 {
    font-size: 1.5rem;
    margin: 0;
  }
  h2 {
    font-size: 1.2rem;
    margin: 0 0 0.5rem;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    padding: 1rem 0 0.5rem;
  }
  .intro,
  .status:empty {
    margin: 0 0 0.5rem;
  }
  .status {
    font-weight: 600;
  }
  .notice {
    border-left: 4px solid currentColor;
    padding-left: 0.5rem;
  }
  .layout {
    display: grid;
    gap: 1rem;
  }
  @media (min-width: 70rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
    .preview {
      position: sticky;
      top: 0;
      max-height: 100vh;
      overflow: auto;
    }
  }
  .work {
    display: grid;
    gap: 1rem;
    min-width: 0;
  }
  .panel {
    border: 1px solid GrayText;
    border-radius: 0.5rem;
    padding: 1rem;
    min-width: 0;
  }
  label {
    display: block;
    margin: 0.5rem 0;
  }
  label.inline {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
  }
  input[type='text'],
  input[type='url'],
  textarea,
  select {
    font: inherit;
    max-width: 100%;
    color: FieldText;
    background: Field;
    border: 1px solid CanvasText;
    border-radius: 0.25rem;
    padding: 0.25rem 0.4rem;
  }
  textarea,
  .field input {
    display: block;
    width: 100%;
  }
  textarea {
    font-family: ui-monospace, monospace;
  }
  button {
    font: inherit;
    padding: 0.4rem 0.9rem;
    border-radius: 0.25rem;
    border: 1px solid CanvasText;
    background: ButtonFace;
    color: ButtonText;
    cursor: pointer;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.75;
  }
  button.link {
    border: 0;
    background: none;
    padding: 0;
    color: LinkText;
    text-decoration: underline;
  }
  :focus-visible {
    outline: 3px solid Highlight;
    outline-offset: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .settings {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5rem;
  }
  .field {
    margin: 0.75rem 0;
  }
  .label {
    font-weight: 600;
  }
  [aria-invalid='true'] {
    border: 2px solid Mark;
    outline: 2px solid CanvasText;
    outline-offset: 1px;
  }
  .scroll {
    overflow: auto;
    max-height: 28rem;
  }
  table {
    border-collapse: collapse;
    font-size: 0.9rem;
  }
  th,
  td {
    border: 1px solid GrayText;
    padding: 0.2rem 0.4rem;
    text-align: start;
    vertical-align: top;
  }
  thead th {
    position: sticky;
    top: 0;
    background: Canvas;
  }
  .col-name {
    display: block;
    font-weight: 400;
    white-space: nowrap;
  }
  .items input {
    width: 100%;
    min-width: 5rem;
  }
  .items input.title {
    min-width: 14rem;
  }
  .flagged {
    background: Mark;
    color: MarkText;
  }
  .marker {
    display: block;
    font-size: 0.85rem;
  }
  .severity {
    font-weight: 700;
  }
  .problems {
    padding-left: 1.2rem;
  }
  .problems li + li {
    margin-top: 0.25rem;
  }
  .preview-settings {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  .frame {
    border: 1px dashed GrayText;
    padding: 0.5rem;
  }
  .frame.narrow {
    width: 320px;
    max-width: 100%;
    padding: 0;
  }
  .url-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .url-row input {
    flex: 1 1 14rem;
    min-width: 0;
  }
  .hint {
    font-size: 0.9em;
    margin: 0.25rem 0 0;
  }
  code.address {
    overflow-wrap: anywhere;
  }

  input[type='date'],
  input[type='number'] {
    font: inherit;
  }
  h3 {
    font-size: 1.05rem;
    margin: 0.5rem 0;
  }
  .count {
    font-weight: 400;
  }
  .history {
    align-items: center;
  }
  .entries {
    list-style: none;
    padding: 0;
    margin: 0 0 0.5rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    max-height: 16rem;
    overflow: auto;
  }
  .entries button[aria-expanded='true'] {
    background: Highlight;
    color: HighlightText;
    border-color: Highlight;
  }
  .flag {
    font-size: 0.85rem;
    font-weight: 700;
    margin-left: 0.25rem;
  }
  .entry-form {
    border-top: 2px solid CanvasText;
    margin-top: 0.75rem;
    padding-top: 0.25rem;
  }
  [aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.75;
  }
  fieldset {
    border: 1px solid GrayText;
    border-radius: 0.25rem;
    margin: 0.75rem 0;
    padding: 0.25rem 0.75rem 0.5rem;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .text-field .versions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: 0 1rem;
  }
  .version label {
    margin: 0.25rem 0;
  }
  .version input,
  .version textarea,
  .field input:not([type='checkbox']),
  .field select {
    display: block;
    width: 100%;
  }
  .version textarea {
    font-family: inherit;
  }
  .version.missing input,
  .version.missing textarea {
    border-style: dashed;
    border-width: 2px;
  }
  .missing-flag,
  .missing-count {
    font-size: 0.85rem;
    font-style: italic;
  }
  .field-row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: 0 1rem;
  }
  .field-row .field {
    margin: 0.25rem 0;
  }
  .sub-entry {
    border-bottom: 1px dashed GrayText;
    padding-bottom: 0.25rem;
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  .field .hint {
    display: block;
  }
`;

export const studioStyles = [ownStyles, visuallyHiddenStyles];
