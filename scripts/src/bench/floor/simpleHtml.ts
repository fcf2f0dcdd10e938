/*
 * A minimal Portable Text to HTML conversion for the floor: headings,
 * paragraphs, lists, strong/em and links, with text escaped. The floor must
 * show the same words as the site without any of the site's rendering work,
 * so this runs in the runner, before the floor build is timed.
 */

interface Span {
  text?: unknown;
  marks?: unknown;
}
interface MarkDef {
  _key?: unknown;
  _type?: unknown;
  href?: unknown;
}
interface PtBlock {
  _type?: unknown;
  style?: unknown;
  listItem?: unknown;
  children?: Span[];
  markDefs?: MarkDef[];
  title?: unknown;
  body?: PtBlock[];
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

function spanHtml(span: Span, links: ReadonlyMap<unknown, MarkDef>): string {
  let html = escapeHtml(String(span.text ?? ""));
  for (const mark of Array.isArray(span.marks) ? span.marks : []) {
    if (mark === "strong" || mark === "em") html = `<${mark}>${html}</${mark}>`;
    const def = links.get(mark);
    if (def?._type === "link" && typeof def.href === "string") html = `<a href="${escapeHtml(def.href)}">${html}</a>`;
  }
  return html;
}

function blockInner(block: PtBlock): string {
  const links = new Map((block.markDefs ?? []).map((def) => [def._key, def]));
  return (block.children ?? []).map((span) => spanHtml(span, links)).join("");
}

export function portableTextToHtml(blocks: readonly PtBlock[]): string {
  const out: string[] = [];
  let openList: string | undefined;
  const closeList = () => {
    if (openList) out.push(`</${openList}>`);
    openList = undefined;
  };
  for (const block of blocks) {
    if (block._type === "callout") {
      closeList();
      out.push(
        `<aside><h3>${escapeHtml(String(block.title ?? ""))}</h3>${portableTextToHtml(block.body ?? [])}</aside>`,
      );
      continue;
    }
    if (block._type !== "block") continue;
    if (block.listItem === "bullet" || block.listItem === "number") {
      const tag = block.listItem === "bullet" ? "ul" : "ol";
      if (openList !== tag) {
        closeList();
        out.push(`<${tag}>`);
        openList = tag;
      }
      out.push(`<li>${blockInner(block)}</li>`);
      continue;
    }
    closeList();
    const tag = block.style === "h2" || block.style === "h3" ? block.style : "p";
    out.push(`<${tag}>${blockInner(block)}</${tag}>`);
  }
  closeList();
  return out.join("");
}
