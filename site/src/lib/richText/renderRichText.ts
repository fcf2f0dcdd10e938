import type { RichTextValue } from "@patient-ed/content";
import { escapeHTML, toHTML, type PortableTextComponents } from "@portabletext/to-html";
import type { LinkTargets } from "../linkTargets.ts";
import { careCardHtml, type CalloutLevel } from "./careCard.ts";
import { calloutHeadingLevels, headingsOf } from "./headings.ts";
import { imageHtml, type FigureImage } from "./image.ts";
import { safeExternalUrl } from "./safeUrl.ts";

interface Link {
  href?: string;
}
interface InternalLink {
  reference?: { _ref?: string };
}
interface CalloutNode {
  _key: string;
  level: CalloutLevel;
  title: string;
  body: RichTextValue;
}

function components(body: RichTextValue, targets: LinkTargets): PortableTextComponents {
  const headingIds = new Map(headingsOf(body).map((heading) => [heading.key, heading.id]));
  const calloutLevels = calloutHeadingLevels(body);
  const heading =
    (tag: "h2" | "h3") =>
    ({ value, children }: { value: { _key?: string }; children?: string }) => {
      const id = value._key ? headingIds.get(value._key) : undefined;
      return `<${tag}${id ? ` id="${escapeHTML(id)}"` : ""}>${children ?? ""}</${tag}>`;
    };
  const self: PortableTextComponents = {
    block: { h2: heading("h2"), h3: heading("h3") },
    marks: {
      link: ({ value, children }: { value?: Link; children: string }) => {
        const href = safeExternalUrl(value?.href);
        if (!href) return children;
        const external = href.startsWith("https:");
        // rel=noopener: the linked site gets no handle on this page's window.
        return external
          ? `<a href="${escapeHTML(href)}" rel="noopener" class="external-link">${children}<span class="sr-only"> (external site)</span></a>`
          : `<a href="${escapeHTML(href)}">${children}</a>`;
      },
      internalLink: ({ value, children }: { value?: InternalLink; children: string }) => {
        const target = value?.reference?._ref ? targets.get(value.reference._ref) : undefined;
        return target ? `<a href="${escapeHTML(target.url)}">${children}</a>` : children;
      },
    },
    types: {
      callout: ({ value }: { value: CalloutNode }) =>
        careCardHtml(
          value.level,
          value.title,
          calloutLevels.get(value._key) ?? 2,
          toHTML(value.body, { components: self, onMissingComponent: false }),
        ),
      // Validated by the contract: the asset reference and alt text are there.
      image: ({ value }: { value: FigureImage }) => imageHtml(value),
    },
  };
  return self;
}

/**
 * Renders validated Portable Text to HTML with @portabletext/to-html, which
 * escapes every text node. Links are allowed only to https, mailto and tel
 * URLs and to pages the site builds.
 */
export function renderRichText(body: RichTextValue, targets: LinkTargets): string {
  return toHTML(body, { components: components(body, targets), onMissingComponent: false });
}
