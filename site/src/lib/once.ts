/**
 * A computation run at most once per build, its promise shared by every
 * page: with thousands of pages, recomputing per page would make the build
 * quadratic.
 */
export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => (pending ??= compute());
}
