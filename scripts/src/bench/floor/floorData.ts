import { openNdjsonWriter } from "../common/ndjsonWriter.ts";
import { escapeHtml, portableTextToHtml } from "./simpleHtml.ts";
import { ndjsonFileLines } from "@patient-ed/content/node";

export interface FloorEntry {
  kind: "article" | "faq";
  slug: string;
  title: string;
  html: string;
}

interface DatasetLine {
  _id?: unknown;
  _type?: unknown;
  slug?: { current?: unknown };
  title?: unknown;
  summary?: unknown;
  question?: unknown;
  body?: unknown;
  answer?: unknown;
}

function floorEntry(doc: DatasetLine): FloorEntry | undefined {
  if (typeof doc._id !== "string" || doc._id.startsWith("drafts.") || doc._id.startsWith("versions.")) return undefined;
  const slug = doc.slug?.current;
  if (typeof slug !== "string") return undefined;
  if (doc._type === "article" && Array.isArray(doc.body)) {
    const html = `<p>${escapeHtml(String(doc.summary ?? ""))}</p>${portableTextToHtml(doc.body)}`;
    return { kind: "article", slug, title: String(doc.title), html };
  }
  if (doc._type === "faq" && Array.isArray(doc.answer)) {
    return { kind: "faq", slug, title: String(doc.question), html: portableTextToHtml(doc.answer) };
  }
  return undefined;
}

/**
 * Turns the dataset into the floor's input: one line per published article
 * and FAQ with its title and body HTML. Streams both files, so it works for
 * datasets larger than a JavaScript string can hold.
 */
export async function writeFloorData(datasetPath: string, outPath: string): Promise<number> {
  const writer = await openNdjsonWriter(outPath);
  let count = 0;
  try {
    for await (const line of ndjsonFileLines(datasetPath)) {
      if (!line.trim()) continue;
      const entry = floorEntry(JSON.parse(line) as DatasetLine);
      if (!entry) continue;
      await writer.write(entry);
      count++;
    }
  } catch (error) {
    await writer.abort();
    throw error;
  }
  await writer.close();
  return count;
}
