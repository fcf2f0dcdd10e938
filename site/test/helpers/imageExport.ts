import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { create as createTar } from "tar";
import { EMBEDDED_DATASET_PATH, signWithDevelopmentKey } from "@patient-ed/content/node";
import type { RawDocument } from "@patient-ed/content";

/** One image file of the export: drawn from SVG (no fonts needed), in the format Sanity would have kept. */
interface DrawnImage {
  width: number;
  height: number;
  format: "jpg" | "png";
  svg: string;
}

const LEAD: DrawnImage = {
  width: 1600,
  height: 1000,
  format: "jpg",
  svg: `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#005eb8"/><stop offset="1" stop-color="#41b6e6"/></linearGradient></defs><rect width="1600" height="1000" fill="url(#g)"/><circle cx="560" cy="420" r="220" fill="#ffffff" fill-opacity="0.35"/><circle cx="1040" cy="560" r="160" fill="#ffb81c" fill-opacity="0.6"/><path d="M560 420 L1040 560" stroke="#ffffff" stroke-width="24"/></svg>`,
};
const DIAGRAM: DrawnImage = {
  width: 900,
  height: 600,
  format: "png",
  svg: `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="600"><rect width="900" height="600" fill="#f0f4f5"/><rect x="60" y="240" width="220" height="120" rx="16" fill="#005eb8"/><rect x="340" y="240" width="220" height="120" rx="16" fill="#007f3b"/><rect x="620" y="240" width="220" height="120" rx="16" fill="#330072"/><path d="M280 300 H340 M560 300 H620" stroke="#212b32" stroke-width="10"/></svg>`,
};
const PHOTO: DrawnImage = {
  width: 480,
  height: 480,
  format: "jpg",
  svg: `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="480"><rect width="480" height="480" fill="#d8dde0"/><circle cx="240" cy="190" r="100" fill="#425563"/><ellipse cx="240" cy="470" rx="190" ry="150" fill="#425563"/></svg>`,
};

interface WrittenImage {
  ref: string;
  file: string;
  lqip: string;
}

/** Writes the image into `images/` as `sanity dataset export` names it (SHA-1 of the file, size, extension). */
async function writeImage(dir: string, image: DrawnImage): Promise<WrittenImage> {
  const drawn = sharp(Buffer.from(image.svg));
  const data = await (image.format === "jpg" ? drawn.jpeg({ quality: 80 }) : drawn.png()).toBuffer();
  const sha1 = createHash("sha1").update(data).digest("hex");
  const file = `images/${sha1}-${image.width}x${image.height}.${image.format}`;
  writeFileSync(join(dir, file), data);
  // Sanity's placeholder: a 20 px wide JPEG as a data URL.
  const lqip = await sharp(data).resize({ width: 20 }).jpeg({ quality: 40 }).toBuffer();
  return {
    ref: `image-${sha1}-${image.width}x${image.height}-${image.format}`,
    file,
    lqip: `data:image/jpeg;base64,${lqip.toString("base64")}`,
  };
}

export const KETAMINE_ARTICLE = "article-ketamine-neuroplasticity";
export const KETAMINE_REVIEWER = "person-reviewer-samuel-reyes";

export interface ImageExport {
  archive: string;
  lead: WrittenImage;
  diagram: WrittenImage;
  photo: WrittenImage;
}

/**
 * A `sanity dataset export` archive of the embedded dataset with images, shaped as Sanity writes one: the
 * ketamine article gets a lead image (cropped, with a hotspot) and a diagram in its body, and its reviewer a
 * photo. The article is signed off again for what it now shows, with the development key, as it would have been
 * in the Content Lake; then each image is written as the export writes it: `_sanityAsset:
 * "image@file://./images/<sha1>-<W>x<H>.<ext>"` instead of the reference, its file under images/, and its
 * metadata (with the placeholder) in assets.json.
 */
export async function writeImageExport(root: string): Promise<ImageExport> {
  const dir = join(root, "production-export");
  mkdirSync(join(dir, "images"), { recursive: true });
  const [lead, diagram, photo] = await Promise.all([
    writeImage(dir, LEAD),
    writeImage(dir, DIAGRAM),
    writeImage(dir, PHOTO),
  ]);
  const asset = (image: WrittenImage) => ({ _type: "reference", _ref: image.ref });
  const written = [lead, diagram, photo];
  // As the export writes an image: the file instead of the reference (signed before this, as in the Content Lake).
  const exportForm = (doc: RawDocument): RawDocument =>
    JSON.parse(JSON.stringify(doc), (_key, value: unknown) => {
      const ref = (value as { asset?: { _ref?: unknown } } | null)?.asset?._ref;
      const image = written.find((candidate) => candidate.ref === ref);
      if (!image) return value;
      const { asset: _asset, ...rest } = value as Record<string, unknown>;
      return { ...rest, _sanityAsset: `image@file://./${image.file}` };
    }) as RawDocument;
  const documents = readFileSync(EMBEDDED_DATASET_PATH, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as RawDocument)
    .map((doc): RawDocument => {
      if (doc._id === KETAMINE_REVIEWER)
        return { ...doc, photo: { _type: "image", asset: asset(photo), alt: "Samuel Reyes" } };
      if (doc._id !== KETAMINE_ARTICLE) return doc;
      const [first, ...rest] = doc.body as object[];
      const changed = {
        ...doc,
        leadImage: {
          _type: "image",
          asset: asset(lead),
          alt: "Two connected brain cells, drawn as circles joined by a line",
          caption: "New connections between brain cells",
          credit: "Mind Treatment Guide",
          crop: { _type: "sanity.imageCrop", top: 0.1, bottom: 0.1, left: 0, right: 0.2 },
          hotspot: { _type: "sanity.imageHotspot", x: 0.4, y: 0.45, width: 0.3, height: 0.3 },
        },
        body: [
          first,
          {
            _type: "image",
            _key: "diagram",
            asset: asset(diagram),
            alt: "Three steps in a row: preparation, the treatment session, and recovery",
            caption: "The three parts of a treatment day",
          },
          ...rest,
        ],
      };
      const signedBy = (doc.clinicalSignoff as { signedBy: Parameters<typeof signWithDevelopmentKey>[1] }).signedBy;
      return signWithDevelopmentKey(changed, signedBy);
    });
  writeFileSync(join(dir, "data.ndjson"), documents.map((doc) => JSON.stringify(exportForm(doc))).join("\n") + "\n");
  const assets = Object.fromEntries(
    [lead, diagram, photo].map((image) => [
      image.ref.replace(/-\d+x\d+-[a-z]+$/, ""),
      { originalFilename: image.file.slice("images/".length), metadata: { lqip: image.lqip } },
    ]),
  );
  writeFileSync(join(dir, "assets.json"), JSON.stringify(assets));
  const archive = join(root, "production.tar.gz");
  await createTar({ gzip: true, file: archive, cwd: root }, ["production-export"]);
  return { archive, lead, diagram, photo };
}
