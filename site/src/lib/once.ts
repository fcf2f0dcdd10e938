import { previewOfRequest } from "../preview/previewRequest.ts";

/** What the static build's results are kept under: it has one content, for the whole build. */
const STATIC_BUILD = {};

/**
 * A computation run at most once per build, its promise shared by every
 * page: with thousands of pages, recomputing per page would make the build
 * quadratic. In the draft preview it runs once per content snapshot, so a
 * saved draft is never answered from an earlier one.
 */
export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  const results = new WeakMap<object, Promise<T>>();
  return () => {
    const key = previewOfRequest() ?? STATIC_BUILD;
    let result = results.get(key);
    if (!result) {
      result = compute();
      results.set(key, result);
    }
    return result;
  };
}
