import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";

/** Every file below `dir`, as paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** A digest of every file's path and bytes: equal digests mean a byte-for-byte identical tree. */
export function treeDigest(dir: string): string {
  const hash = createHash("sha256");
  for (const file of listFiles(dir))
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(join(dir, file)))
      .update("\0");
  return hash.digest("hex");
}

export function htmlFiles(dir: string): string[] {
  return listFiles(dir).filter((file) => file.endsWith(".html"));
}

export function readPage(dir: string, urlPath: string): HTMLElement {
  const file = urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath;
  return parse(readFileSync(join(dir, file), "utf8"));
}

/** The visible text of an element with whitespace folded, as a reader would see it. */
export function textOf(element: HTMLElement | null): string {
  return (element?.textContent ?? "").replace(/\s+/g, " ").trim();
}
