import { ConfigError } from "@patient-ed/env";
import { describe, expect, it } from "vitest";
import {
  cookieValue,
  newSession,
  safeRedirectPath,
  sameSecret,
  SESSION_SECONDS,
  sessionCookie,
  validSession,
} from "../scripts/preview/previewAccess.ts";
import { previewSettings } from "../scripts/preview/previewSettings.ts";

const SECRET = "a-preview-secret-of-thirty-two-chars!";
const NOW = Date.UTC(2026, 11, 3, 10, 0, 0);

describe("draft preview access", () => {
  it("accepts only the exact secret", () => {
    expect(sameSecret(SECRET, SECRET)).toBe(true);
    expect(sameSecret(`${SECRET}x`, SECRET)).toBe(false);
    expect(sameSecret("", SECRET)).toBe(false);
  });

  it("accepts a session it made until it expires, and nothing forged or made with another secret", () => {
    const session = newSession(SECRET, NOW);
    expect(validSession(session, SECRET, NOW + 1000)).toBe(true);
    expect(validSession(session, SECRET, NOW + SESSION_SECONDS * 1000)).toBe(false);
    expect(validSession(session, `${SECRET}2`, NOW)).toBe(false);
    const [expires, signature] = session.split(".");
    // A later expiry with the old signature: refused.
    expect(validSession(`${Number(expires) + 60_000}.${signature}`, SECRET, NOW)).toBe(false);
    expect(validSession(undefined, SECRET, NOW)).toBe(false);
    expect(validSession("garbage", SECRET, NOW)).toBe(false);
  });

  it("sets an HttpOnly cookie, SameSite=None and Secure on https so the Studio's frame sends it", () => {
    expect(sessionCookie("v", "/", false)).toBe("patient-ed-preview=v; Path=/; Max-Age=3600; HttpOnly; SameSite=Lax");
    expect(sessionCookie("v", "/repo/", true)).toContain("HttpOnly; SameSite=None; Secure");
    expect(cookieValue("a=1; patient-ed-preview=x.y; b=2", "patient-ed-preview")).toBe("x.y");
  });

  it("redirects only to a path on this site, as a browser would parse it", () => {
    expect(safeRedirectPath("/articles/x/", "/")).toBe("/articles/x/");
    expect(safeRedirectPath("/faq/?page=2", "/")).toBe("/faq/?page=2");
    expect(safeRedirectPath("/a b/\r\n", "/")).toBe("/a%20b/");
    for (const elsewhere of [
      "//evil.example/",
      "https://evil.example/",
      "/\\evil.example",
      "/\t/evil.example",
      null,
      "",
    ])
      expect(safeRedirectPath(elsewhere, "/repo/")).toBe("/repo/");
  });
});

describe("draft preview settings", () => {
  const problems = (env: Record<string, string>) => {
    try {
      previewSettings(env);
      return [];
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      return error.problems.map((problem) => problem.variable);
    }
  };

  it("refuses to start without a long secret, and with a Content Lake without a token, listing every problem", () => {
    expect(problems({})).toEqual(["PREVIEW_SECRET"]);
    expect(problems({ PREVIEW_SECRET: "short" })).toEqual(["PREVIEW_SECRET"]);
    expect(problems({ PREVIEW_SECRET: SECRET, SANITY_PROJECT_ID: "p1", SANITY_DATASET: "production" })).toEqual([
      "SANITY_API_READ_TOKEN",
    ]);
    expect(problems({ PREVIEW_PORT: "http", SANITY_PROJECT_ID: "p1" })).toEqual([
      "PREVIEW_SECRET",
      "PREVIEW_PORT",
      "SANITY_DATASET",
    ]);
  });

  it("listens on 127.0.0.1:4322 by default and lets the Studio frame it", () => {
    expect(previewSettings({ PREVIEW_SECRET: SECRET })).toMatchObject({
      host: "127.0.0.1",
      port: 4322,
      studioOrigins: ["http://localhost:3333"],
      source: { kind: "embedded" },
    });
    expect(
      previewSettings({ PREVIEW_SECRET: SECRET, PREVIEW_STUDIO_URL: "https://cms.example.org/studio" }).studioOrigins,
    ).toEqual(["https://cms.example.org"]);
  });
});
