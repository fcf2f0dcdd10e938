import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** A file's size as stored and as sent compressed; hosts compress text with gzip or brotli. */
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };

/** Sizes at each codec's maximum level, the level static hosts and CDNs precompress with. */
export function sizesOf(bytes: Uint8Array): Sizes {
  return {
    raw: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 9 }).byteLength,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
  };
}

/** Separate files travel as separate responses, each compressed alone, so their sizes add up. */
export function addSizes(a: Sizes, b: Sizes): Sizes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}
