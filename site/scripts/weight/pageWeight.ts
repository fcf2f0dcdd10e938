import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import type { PageSample } from "../pageTypes.ts";
import { addSizes, sizesOf, ZERO, type Sizes } from "./sizes.ts";

export interface AssetWeight extends Sizes {
  /** Local files the page references, as written in its HTML. */
  files: string[];
  /** References the report cannot weigh: other origins, or files missing from the build. */
  unresolved: string[];
}

export interface PageWeight {
  type: PageSample["type"];
  label: string;
  path: string;
  html: Sizes;
  css: AssetWeight;
  /** Scripts the HTML itself loads or contains; chunks those scripts fetch later (Pagefind's) are not counted. */
  js: AssetWeight & { inlineScripts: number };
  /**
   * Images, counted apart from the budgets: the file each `<img>` names in `src` (the size a column-wide screen
   * at 1x density loads; a browser picks others from `srcset` by screen), and, inside a `<picture>`, the first
   * format offered at that same width (what a browser that takes AVIF loads instead). Blurred placeholders are
   * inline in the HTML and counted there.
   */
  images: AssetWeight & { count: number };
  /** What a first visit downloads to render the page: HTML plus stylesheets, brotli-compressed. */
  htmlCssBrotli: number;
}

/** The file a browser that takes the `<picture>`'s first format loads at the width `src` names. */
function preferredFile(img: HTMLElement): string {
  const src = img.getAttribute("src") ?? "";
  const source = img.parentNode?.tagName === "PICTURE" ? img.parentNode.querySelector("source") : null;
  const width = /(\d+)\.[a-z]+$/.exec(src)?.[1];
  const candidate = source
    ?.getAttribute("srcset")
    ?.split(",")
    .map((entry) => entry.trim().split(/\s+/))
    .find(([, descriptor]) => descriptor === `${width}w`)?.[0];
  return candidate ?? src;
}

/** The built file behind a root-relative URL, given the base path the site is served under. */
function fileFor(dist: string, basePath: string, href: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) return null;
  const path = new URL(href, `http://site${basePath}`).pathname;
  if (!path.startsWith(basePath)) return null;
  const file = join(dist, decodeURIComponent(path.slice(basePath.length)));
  return existsSync(file) ? file : null;
}

function weigh(dist: string, basePath: string, hrefs: string[]): AssetWeight {
  const weight: AssetWeight = { ...ZERO, files: [], unresolved: [] };
  for (const href of hrefs) {
    const file = fileFor(dist, basePath, href);
    if (!file) {
      weight.unresolved.push(href);
      continue;
    }
    weight.files.push(href);
    Object.assign(weight, addSizes(weight, sizesOf(readFileSync(file))));
  }
  return weight;
}

export function pageWeight(dist: string, basePath: string, sample: PageSample): PageWeight {
  const bytes = readFileSync(join(dist, sample.file));
  const document = parse(bytes.toString("utf8"));
  const stylesheets = document
    .querySelectorAll('link[rel~="stylesheet"][href]')
    .map((link) => link.getAttribute("href")!);
  const scripts = document.querySelectorAll("script");
  const external = scripts.filter((script) => script.hasAttribute("src")).map((script) => script.getAttribute("src")!);
  // JSON-LD is data for search engines, not code: it never runs.
  const inline = scripts.filter(
    (script) => !script.hasAttribute("src") && script.getAttribute("type") !== "application/ld+json",
  );
  const images = document
    .querySelectorAll("img[src]")
    .filter((img) => !img.getAttribute("src")?.startsWith("data:"))
    .map(preferredFile);
  const css = weigh(dist, basePath, stylesheets);
  const js = weigh(dist, basePath, external);
  const inlineSizes = inline.reduce((sum, script) => addSizes(sum, sizesOf(Buffer.from(script.textContent))), ZERO);
  const html = sizesOf(bytes);
  return {
    type: sample.type,
    label: sample.label,
    path: sample.path,
    html,
    css,
    js: { ...js, ...addSizes(js, inlineSizes), inlineScripts: inline.length },
    images: { ...weigh(dist, basePath, images), count: images.length },
    htmlCssBrotli: html.brotli + css.brotli,
  };
}
