import { contactKind, type HelpContact } from "@patient-ed/content";

/** The link a tap on a help line follows: the number without spaces, to call (tel:) or to text (sms:). */
export function helpHref(contact: HelpContact): string {
  return `${contact.kind === "text" ? "sms" : "tel"}:${contact.number.replace(/\s+/g, "")}`;
}

/** What the link says, e.g. "Call 116 123" or "Text 988". */
export function helpAction(contact: HelpContact): string {
  return `${contact.kind === "text" ? "Text" : "Call"} ${contact.number}`;
}

/** The editorial contact as a link: mailto: for an email address, the address itself for a web page. */
export function contactHref(contact: string): string | null {
  const kind = contactKind(contact);
  if (kind === "email") return `mailto:${contact.trim()}`;
  return kind === "web" ? contact.trim() : null;
}
