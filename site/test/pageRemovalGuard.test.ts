import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildFailureOf, describeBuildFailure } from "@patient-ed/content";
import { describe, expect, it } from "vitest";
import {
  excessiveRemoval,
  guardAgainstMassRemoval,
  livePages,
  removalSettings,
  sitePages,
  writePagesRecord,
  type RemovalSettings,
} from "../scripts/pageRemovalGuard.ts";
import { tempDir } from "./helpers/buildSite.ts";

const pages = (count: number) => Array.from({ length: count }, (_, index) => `/articles/a${index}/`);
const DEFAULTS: RemovalSettings = {
  maxRemovedPercent: 20,
  confirmedRemovals: 0,
  recordFile: undefined,
  liveDir: undefined,
};

describe("the mass-removal guard", () => {
  it("lets a build remove up to the set share of the live site's pages, and refuses one page more", () => {
    const live = pages(100);
    expect(excessiveRemoval(live, live.slice(20), DEFAULTS)).toBeNull();
    expect(excessiveRemoval(live, live.slice(21), DEFAULTS)).toHaveLength(21);
    expect(excessiveRemoval(live, [], { ...DEFAULTS, maxRemovedPercent: 100 })).toBeNull();
    expect(excessiveRemoval(live, live.slice(1), { ...DEFAULTS, maxRemovedPercent: 0 })).toEqual(["/articles/a0/"]);
  });

  it("counts only pages that go: new pages do not offset removed ones", () => {
    const live = pages(10);
    const built = [...live.slice(5), ...pages(20).slice(10)];
    expect(excessiveRemoval(live, built, DEFAULTS)).toEqual(live.slice(0, 5));
  });

  it("lets the first build (no live site) and a confirmed removal through, but not more than was confirmed", () => {
    expect(excessiveRemoval([], pages(3), DEFAULTS)).toBeNull();
    const live = pages(100);
    expect(excessiveRemoval(live, live.slice(60), { ...DEFAULTS, confirmedRemovals: 60 })).toBeNull();
    expect(excessiveRemoval(live, live.slice(61), { ...DEFAULTS, confirmedRemovals: 60 })).toHaveLength(61);
  });

  it("does not count the overdue pages REVIEW_POLICY=hide leaves out, and asks to confirm only the rest", () => {
    const live = pages(100);
    const overdue = live.slice(0, 30);
    expect(excessiveRemoval(live, live.slice(40), DEFAULTS, overdue)).toBeNull();
    expect(excessiveRemoval(live, live.slice(51), DEFAULTS, overdue)).toEqual(live.slice(30, 51));
    expect(excessiveRemoval(live, live.slice(51), { ...DEFAULTS, confirmedRemovals: 21 }, overdue)).toBeNull();
    // Pages hidden before (no longer live) do not excuse others going now.
    expect(excessiveRemoval(live, live.slice(30), DEFAULTS, pages(200).slice(150))).toHaveLength(30);
    let caught: unknown;
    try {
      guardAgainstMassRemoval(live, live.slice(51), DEFAULTS, overdue);
    } catch (error) {
      caught = error;
    }
    const text = describeBuildFailure(buildFailureOf(caught));
    expect(text).toContain("This build would remove 21 of the live site's 100 pages (21 %)");
    expect(text).toContain("not counting the overdue and changed-since-sign-off pages REVIEW_POLICY=hide leaves out");
    expect(text).toContain("SITE_CONFIRM_REMOVED_PAGES=21, once");
  });

  it("fails as a mass-removal build failure that counts the pages, names some and says how to confirm", () => {
    const live = pages(40);
    let caught: unknown;
    try {
      guardAgainstMassRemoval(live, [], DEFAULTS);
    } catch (error) {
      caught = error;
    }
    const failure = buildFailureOf(caught);
    expect(failure.kind).toBe("mass-removal");
    const text = describeBuildFailure(failure);
    expect(text).toContain("This build would remove 40 of the live site's 40 pages (100 %)");
    expect(text).toContain("  - /articles/a0/");
    expect(text).toContain("  … and 30 more");
    expect(text).toContain("SITE_CONFIRM_REMOVED_PAGES=40, once");
  });

  it("reads the live pages from the record, else from the folder served (SITE_LIVE_DIR), else from the target", async () => {
    const dir = tempDir("removal-guard-");
    const site = join(dir, "dist");
    mkdirSync(join(site, "articles", "x"), { recursive: true });
    writeFileSync(join(site, "index.html"), "");
    writeFileSync(join(site, "404.html"), "");
    writeFileSync(join(site, "articles", "x", "index.html"), "");
    writeFileSync(join(site, "rss.xml"), "");
    expect(await sitePages(site)).toEqual(["/", "/404.html", "/articles/x/"]);
    const none = { recordFile: join(dir, "absent.txt"), liveDir: undefined };
    expect(await livePages(site, none)).toEqual(["/", "/404.html", "/articles/x/"]);
    expect(await livePages(join(dir, "empty-release"), { ...none, liveDir: site })).toEqual([
      "/",
      "/404.html",
      "/articles/x/",
    ]);
    const record = join(dir, "records", "live-pages.txt");
    await writePagesRecord(record, ["/", "/faq/"]);
    expect(await livePages(join(dir, "empty-release"), { recordFile: record, liveDir: site })).toEqual(["/", "/faq/"]);
    expect(await livePages(join(dir, "nothing-here"), { recordFile: undefined, liveDir: undefined })).toEqual([]);
  });

  it("names a bad SITE_MAX_REMOVED_PERCENT or SITE_CONFIRM_REMOVED_PAGES", () => {
    expect(removalSettings({})).toEqual(DEFAULTS);
    expect(() => removalSettings({ SITE_MAX_REMOVED_PERCENT: "120", SITE_CONFIRM_REMOVED_PAGES: "all" })).toThrow(
      /SITE_MAX_REMOVED_PERCENT must be a whole number from 0 to 100, not 120[\s\S]*SITE_CONFIRM_REMOVED_PAGES must be a whole number/,
    );
  });
});
