import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

export interface OutputStats {
  bytes: number;
  htmlPages: number;
  /** Median size of the article pages' HTML (articles/<slug>/index.html), without CSS or search files. */
  medianArticlePageBytes: number | null;
}

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Size of a built site, its HTML page count and its median article page weight. */
export async function outputStats(dir: string, exclude: readonly string[] = []): Promise<OutputStats> {
  let bytes = 0;
  let htmlPages = 0;
  const articlePages: number[] = [];
  const articlePage = new RegExp(`^${join(dir, "articles")}/[^/]+/index\\.html$`);
  for await (const path of files(dir)) {
    if (exclude.some((excluded) => path.startsWith(join(dir, excluded)))) continue;
    const size = (await stat(path)).size;
    bytes += size;
    if (path.endsWith(".html")) htmlPages++;
    if (articlePage.test(path)) articlePages.push(size);
  }
  return { bytes, htmlPages, medianArticlePageBytes: median(articlePages) };
}

/** Total bytes under a directory. */
export async function directoryBytes(dir: string): Promise<number> {
  return (await outputStats(dir)).bytes;
}
