import { hasScheme, PMID_PATTERN, WEB_SCHEMES } from "@patient-ed/content";

export interface SourceRecord {
  title: string;
  publisher?: string | undefined;
  year?: number | undefined;
  url?: string | undefined;
  doi?: string | undefined;
  pmid?: string | undefined;
}

export interface SourceLink {
  label: string;
  href: string;
}

/**
 * The ways a patient can open a source: its own URL, the DOI resolver, PubMed. Validation has already checked each
 * against the contract's rules; they are checked again here with the same rules, so nothing else can become a link.
 */
export function sourceLinks(source: SourceRecord): SourceLink[] {
  const links: SourceLink[] = [];
  if (source.url && hasScheme(source.url, WEB_SCHEMES)) links.push({ label: "Read the source", href: source.url });
  if (source.doi) links.push({ label: `DOI: ${source.doi}`, href: `https://doi.org/${encodeURI(source.doi)}` });
  if (source.pmid && PMID_PATTERN.test(source.pmid)) {
    links.push({ label: `PubMed: ${source.pmid}`, href: `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/` });
  }
  return links;
}

/** "Publisher, 2019" or whichever parts exist. */
export function sourceDetails(source: SourceRecord): string {
  return [source.publisher, source.year].filter((part) => part !== undefined && part !== "").join(", ");
}

/**
 * A link label cut into the pieces a line may break between: after each slash
 * and dot, so a long DOI or URL wraps between its parts on a phone, never in
 * the middle of one (Sources.astro keeps each piece whole).
 */
export function breakableParts(label: string): string[] {
  return label.split(/(?<=[/.])(?=.)/);
}
