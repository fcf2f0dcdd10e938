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
  /**
   * Image files a dataset file brought with it, by asset reference: the build resizes these itself. A Content
   * Lake has none (Sanity's image CDN serves its images).
   */
  readonly localImages?: LocalImages;
}

/**
 * An image file a dataset file brought with it (a `sanity dataset export`
 * archive, or the `images/` folder beside an NDJSON file): where it is on this
 * machine, and the blurred placeholder Sanity made for it when the export's
 * assets.json has one.
 */
export interface LocalImage {
  path: string;
  lqip?: string;
}

/** Local image files by asset reference (`image-<sha1>-<W>x<H>-<ext>`), the `_ref` an image field holds. */
export type LocalImages = Record<string, LocalImage>;
