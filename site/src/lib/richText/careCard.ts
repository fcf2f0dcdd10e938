import { escapeHTML } from "@portabletext/to-html";

export type CalloutLevel = "info" | "non-urgent" | "urgent" | "emergency";

/**
 * Words a screen reader announces before the heading, as the NHS care cards
 * do; sighted readers get the same message from the card's colour and label.
 */
export const CALLOUT_LABELS: Record<CalloutLevel, string> = {
  info: "Information",
  "non-urgent": "Non-urgent advice",
  urgent: "Urgent advice",
  emergency: "Immediate action required",
};

export function careCardHtml(level: CalloutLevel, title: string, headingLevel: number, bodyHtml: string): string {
  const tag = `h${headingLevel}`;
  const label = CALLOUT_LABELS[level];
  return [
    `<div class="care-card care-card--${level}">`,
    `<div class="care-card__heading-container">`,
    `<${tag} class="care-card__heading"><span class="care-card__label" aria-hidden="true">${label}</span>`,
    `<span class="sr-only">${label}: </span>${escapeHTML(title)}</${tag}>`,
    `</div>`,
    `<div class="care-card__content">${bodyHtml}</div>`,
    `</div>`,
  ].join("");
}
