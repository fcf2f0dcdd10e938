import { copyFile, mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LocalImage } from "@patient-ed/content";
import { siteIndexIfLoaded } from "@patient-ed/content/node";
import type { AstroIntegration } from "astro";
import sharp, { type Sharp } from "sharp";
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

/** Makes one variant from its source file, or takes it from the cache a previous build left. */
async function makeVariant(variant: ImageVariant, source: LocalImage, cacheDir: string, outDir: string): Promise<void> {
  const name = variantPath(variant);
  const cached = join(cacheDir, name);
  const target = join(outDir, name);
  await mkdir(dirname(target), { recursive: true });
  try {
    await copyFile(cached, target);
    return;
  } catch {
    // Not made yet.
  }
  const { rect, width, format } = variant;
  // rotate() first: Sanity gives an image's size, and the editor's crop, as the photo is seen (EXIF orientation).
  const data = await encode(
    sharp(source.path, { failOn: "none" }).rotate().extract(rect).resize({ width }),
    format,
  ).toBuffer();
  await mkdir(dirname(cached), { recursive: true });
  // Written under a temporary name and renamed: a build stopped mid-write never leaves a broken file to reuse.
  const partial = `${cached}.${process.pid}.partial`;
  await writeFile(partial, data);
  await rename(partial, cached);
  await copyFile(cached, target);
}

/**
 * Resizes a dataset file's own images for the site (an export archive's, or the images/ folder beside an NDJSON
 * file). Pages name each size, crop and format they show (lib/images/imageVariants.ts); once they are built, this
 * makes exactly the files they name with sharp (the library Astro's image service uses: Astro's own service has
 * no crop rectangle) into the site's _images/ folder. Made files are kept in Astro's cache folder, so a build
 * resizes only images it has not made before. With a Content Lake, Sanity's image CDN serves images and there is
 * nothing to do.
 */
export function localImages(): AstroIntegration {
  let cacheDir = "";
  return {
    name: "patient-ed:local-images",
    hooks: {
      "astro:config:done": ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), "image-variants");
      },
      "astro:build:done": async ({ dir, logger }) => {
        const images = (await siteIndexIfLoaded())?.images ?? {};
        const bySha1 = new Map<string, { source: LocalImage; width: number; height: number }>();
        for (const [ref, source] of Object.entries(images)) {
          const asset = assetOfRef(ref);
          if (asset) bySha1.set(asset.sha1, { source, width: asset.width, height: asset.height });
        }
        if (bySha1.size === 0) return;
        const outDir = fileURLToPath(dir);
        const variants = new Map<string, ImageVariant>();
        for (const file of await htmlFiles(outDir))
          for (const variant of variantsNamedIn(await readFile(file, "utf8")))
            variants.set(variantPath(variant), variant);
        const started = Date.now();
        for (const variant of variants.values()) {
          const image = bySha1.get(variant.sha1);
          if (!image || outOfBounds(variant, image))
            throw new Error(
              `A page names the image ${variantPath(variant)}, which no image file of the dataset can make.`,
            );
          await makeVariant(variant, image.source, cacheDir, outDir);
        }
        logger.info(`${variants.size} image files from ${bySha1.size} source images in ${Date.now() - started} ms.`);
      },
    },
  };
}
