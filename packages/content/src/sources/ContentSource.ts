/**
 * Where content comes from. The site, the report and the benchmark ask for
 * content only through this interface, so the same GROQ runs against the
 * embedded dataset, a dataset file or the Content Lake.
 */
export interface ContentSource {
  /** Human-readable origin for logs, e.g. `dataset file studio/data/seed.ndjson`. */
  readonly description: string;
  /** Runs a GROQ query as the published perspective sees the dataset. */
  fetch(query: string, params?: Record<string, unknown>): Promise<unknown>;
}
