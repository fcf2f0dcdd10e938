import { evaluate, parse } from "groq-js";
import type { RawDocument } from "../dataset/parseNdjson.ts";
import type { ContentSource } from "./ContentSource.ts";
import { documentsInPerspective, type Perspective } from "./perspectives.ts";

/**
 * Evaluates GROQ over documents held in memory with groq-js, the reference
 * implementation of the query language. References resolve through an index
 * by `_id`, so a `->` costs one map lookup, not a scan of the dataset.
 */
export function createFileSource(
  documents: readonly RawDocument[],
  description: string,
  perspective: Perspective = "published",
): ContentSource {
  const visible = documentsInPerspective(documents, perspective);
  const byId = new Map(visible.map((doc) => [doc._id, doc]));
  return {
    description,
    async fetch(query, params = {}) {
      const tree = parse(query, { params });
      const result = await evaluate(tree, {
        dataset: visible,
        params,
        dereference: ({ _ref }) => byId.get(_ref) ?? null,
      });
      return result.get();
    },
  };
}
