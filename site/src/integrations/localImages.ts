import { copyFile, mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, join, relative } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import type { LocalImage } from "@patient-ed/content";
import { siteIndexIfLoaded } from "@patient-ed/content/node";
import type { AstroIntegration } from "astro";
import sharp, { type Sharp } from "sharp";
import { RESIZING, type ResizingFlag } from "../lib/images/resizingFlag.ts";
import { assetOfRef } from "../lib/images/imageRect.ts";
import { variantPath, variantsNamedIn, type ImageVariant } from "../lib/images/imageVariants.ts";

/** Encoder settings: sharp's defaults for WebP and AVIF; progressive MozJPEG for social cards. */
function encode(image: Sharp, format: ImageVariant["format"]): Sharp {
  if (format === "avif") return image.avif();
  if (format === "webp") return image.webp();
  return image.jpeg({ mozjpeg: true });
}

/** Every HTML file under `dir`. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A variant the pages may not ask for: outside the file, or wider than the part of it kept. */
function outOfBounds(variant: ImageVariant, file: { width: number; height: number }): boolean {
  const { rect, width } = variant;
  return rect.left + rect.width > file.width || rect.top + rect.height > file.height || width > rect.width || width < 1;
}

interface SourceImage {
  ref: string;
  file: LocalImage;
  width: number;
  height: number;
}

/** What a build asks of one source image: its variants, and the first page naming each. */
interface Job {
  source: SourceImage;
  variants: { variant: ImageVariant; page: string }[];
}

/**
 * Makes a source image's variants, decoding it once, or takes each from the cache a previous build left. Made
 * files are written to the cache under a temporary name and renamed, so a stopped build never leaves a broken one.
 */
async function makeVariants(job: Job, cacheDir: string, outDir: string): Promise<void> {
  let decoded: Sharp | undefined;
  for (const { variant, page } of job.variants) {
    const name = variantPath(variant);
    const cached = join(cacheDir, name);
    const target = join(outDir, name);
    try {
      await mkdir(dirname(target), { recursive: true });
      try {
        await copyFile(cached, target);
        continue;
      } catch {
        // Not made yet.
      }
      // rotate() first: Sanity gives an image's size, and the editor's crop, as the photo is seen (EXIF orientation).
      decoded ??= sharp(job.source.file.path, { failOn: "none" }).rotate();
      const data = await encode(
        decoded.clone().extract(variant.rect).resize({ width: variant.width }),
        variant.format,
      ).toBuffer();
      await mkdir(dirname(cached), { recursive: true });
      const partial = `${cached}.${process.pid}.partial`;
      await writeFile(partial, data);
      await rename(partial, cached);
      await copyFile(cached, target);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `Cannot make the image ${name} that ${page} shows, from ${job.source.ref} (${job.source.file.path}): ${reason}`,
        { cause: error },
      );
    }
  }
}

/**
 * Resizes a dataset file's own images for the site (an export archive's, or the images/ folder beside an NDJSON
 * file). Pages name each size, crop and format they show (lib/images/imageVariants.ts); once they are built, this
 * makes exactly the files they name with sharp (the library Astro's image service uses: Astro's own service has
 * no crop rectangle) into the site's _images/ folder, each source decoded once, a few sources at a time. Made
 * files are kept in Astro's cache folder (under sharp's version, so a new encoder makes them again), and a build
 * resizes only images it has not made before. With a Content Lake, Sanity's image CDN serves images and there is
 * nothing to do.
 */
export function localImages(): AstroIntegration {
  let cacheDir = "";
  return {
    name: "patient-ed:local-images",
    hooks: {
      "astro:config:setup": ({ command }) => {
        // Pages name resized files only when this build will make them (not in `astro dev`): lib/images/buildImages.ts.
        (globalThis as ResizingFlag)[RESIZING] = command === "build";
      },
      "astro:config:done": ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), "image-variants", `sharp-${sharp.versions.sharp ?? "unknown"}`);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const images = (await siteIndexIfLoaded())?.images ?? {};
        const bySha1 = new Map<string, SourceImage>();
        for (const [ref, file] of Object.entries(images)) {
          const asset = assetOfRef(ref);
          if (asset) bySha1.set(asset.sha1, { ref, file, width: asset.width, height: asset.height });
        }
        if (bySha1.size === 0) return;
        const outDir = fileURLToPath(dir);
        const jobs = new Map<string, Job>();
        const named = new Set<string>();
        for (const file of await htmlFiles(outDir)) {
          const page = `/${relative(outDir, file)}`;
          for (const variant of variantsNamedIn(await readFile(file, "utf8"))) {
            const name = variantPath(variant);
            if (named.has(name)) continue;
            named.add(name);
            const source = bySha1.get(variant.sha1);
            if (!source || outOfBounds(variant, source))
              throw new Error(`${page} names the image ${name}, which no image file of the dataset can make.`);
            const job = jobs.get(variant.sha1) ?? { source, variants: [] };
            job.variants.push({ variant, page });
            jobs.set(variant.sha1, job);
          }
        }
        const started = Date.now();
        // A few sources at a time (Node's stream map stops at the first failure).
        await Readable.from(jobs.values())
          .map((job: Job) => makeVariants(job, cacheDir, outDir), { concurrency: availableParallelism() })
          .toArray();
        logger.info(`${named.size} image files from ${jobs.size} source images in ${Date.now() - started} ms.`);
      },
    },
  };
}
