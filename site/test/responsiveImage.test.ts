import { describe, expect, it } from "vitest";
import { croppedRect, rectWithAspect } from "../src/lib/images/imageRect.ts";
import { cdnSocialCard, responsiveImage, REVIEWER_PHOTO } from "../src/lib/images/responsiveImage.ts";
import { imageHtml } from "../src/lib/richText/image.ts";
import { contentSecurityPolicyMeta, headersFile } from "../src/lib/securityHeaders.ts";

const SHA = "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b";
const project = { projectId: "abc123", dataset: "production" };
const photo = {
  asset: { _ref: `image-${SHA}-2000x1500-jpg` },
  crop: { top: 0, bottom: 0.2, left: 0.1, right: 0.1 },
  hotspot: { x: 0.5, y: 0.4, width: 0.3, height: 0.3 },
};

describe("images from Sanity's image CDN", () => {
  it("offers each width up to the cropped size, with the crop applied, the best format and no enlarging", () => {
    const image = responsiveImage(photo, project);
    expect(image).toMatchObject({ width: 1600, height: 1200 });
    const candidates = (image?.srcset ?? "").split(", ");
    expect(candidates.map((candidate) => candidate.split(" ")[1])).toEqual([
      "320w",
      "480w",
      "640w",
      "960w",
      "1280w",
      "1600w",
    ]);
    for (const candidate of [...candidates.map((c) => c.split(" ")[0] ?? ""), image?.src ?? ""]) {
      const url = new URL(candidate);
      expect(url.origin + url.pathname).toBe(`https://cdn.sanity.io/images/abc123/production/${SHA}-2000x1500.jpg`);
      // The editor's crop: 10% off each side, 20% off the bottom of 2000x1500.
      expect(url.searchParams.get("rect")).toBe("200,0,1600,1200");
      expect(url.searchParams.get("auto")).toBe("format");
      expect(url.searchParams.get("fit")).toBe("max");
    }
    expect(new URL(image?.src ?? "").searchParams.get("w")).toBe("960");
    expect(image?.sizes).toContain("44rem");
  });

  it("never offers a width larger than the image", () => {
    const small = responsiveImage({ asset: { _ref: `image-${SHA}-400x300-png` } }, project);
    expect(small?.srcset.split(", ").map((candidate) => candidate.split(" ")[1])).toEqual(["320w", "400w"]);
    expect(small).toMatchObject({ width: 400, height: 300 });
  });

  it("shows the alt text instead when no project serves the files (a dataset file, the embedded dataset)", () => {
    expect(imageHtml({ ...photo, alt: "A clinic room", caption: "The treatment room", credit: "Jo Bloggs" })).toBe(
      '<figure class="image-placeholder"><p>A clinic room</p><figcaption><span class="figure__caption">The treatment room</span> <span class="figure__credit">Image: Jo Bloggs</span></figcaption></figure>',
    );
  });

  it("gives a decorative image no alt text, and shows only its caption when there is no file", () => {
    expect(imageHtml({ ...photo, alt: "Leaves", decorative: true, caption: "Autumn" })).toBe(
      '<figure><figcaption><span class="figure__caption">Autumn</span></figcaption></figure>',
    );
    expect(imageHtml({ ...photo, alt: "Leaves", decorative: true })).toBe("");
  });

  it("offers small photos at one, two and three times their shown size", () => {
    const reviewer = responsiveImage({ asset: { _ref: `image-${SHA}-480x480-jpg` } }, project, REVIEWER_PHOTO);
    expect(reviewer?.srcset.split(", ").map((candidate) => candidate.split(" ")[1])).toEqual(["40w", "80w", "120w"]);
    expect(reviewer?.sizes).toBe("2.5rem");
    expect(new URL(reviewer?.src ?? "").searchParams.get("w")).toBe("120");
  });

  it("cuts a social card around the hotspot: 1200×630 JPEG from the CDN, the same shape from a file", () => {
    const card = new URL(cdnSocialCard(photo, project).url);
    expect(Object.fromEntries(card.searchParams)).toMatchObject({ w: "1200", h: "630", fit: "crop", fm: "jpg" });
    // Locally: the largest 1200:630 part of the 1600×1200 crop, centred on the hotspot as far as the crop allows.
    const rect = rectWithAspect(
      { width: 2000, height: 1500 },
      croppedRect({ width: 2000, height: 1500 }, photo.crop),
      1200 / 630,
      photo.hotspot,
    );
    expect(rect).toEqual({ left: 200, top: 180, width: 1600, height: 840 });
    const atEdge = rectWithAspect(
      { width: 2000, height: 1500 },
      croppedRect({ width: 2000, height: 1500 }, photo.crop),
      1200 / 630,
      { x: 0.5, y: 0.95 },
    );
    expect(atEdge.top + atEdge.height).toBe(1200);
  });

  it("lets pages load images from the CDN only when a project is configured", () => {
    expect(contentSecurityPolicyMeta({})).toContain("img-src 'self' data:;");
    expect(headersFile({})).not.toContain("cdn.sanity.io");
    const withProject = { SANITY_PROJECT_ID: "abc123", SANITY_DATASET: "production" };
    expect(contentSecurityPolicyMeta(withProject)).toContain("img-src 'self' data: https://cdn.sanity.io;");
    expect(headersFile(withProject)).toContain("https://cdn.sanity.io");
  });
});
