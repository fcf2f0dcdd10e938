import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  addMonths,
  DEVELOPMENT_PUBLIC_KEY,
  judgeSignoff,
  signableOf,
  signingKey,
  trustedKey,
  type RawDocument,
} from "@patient-ed/content";
import { DEVELOPMENT_PRIVATE_KEY } from "@patient-ed/content/node";
import { createRelayHandler, sanitySignoffBackend, type RelayHandler } from "@patient-ed/relay";
import { serveRelay, type RelayServer } from "@patient-ed/relay/node";
import { launchBrowser } from "@patient-ed/testing/browser";
import {
  DEFAULT_USERS,
  startStandInSanityApi,
  type StandInSanityApi,
  type StandInUser,
} from "@patient-ed/testing/sanity-api";
import { startPreviewServer, type RunningPreviewServer } from "@patient-ed/testing/preview-server";
import { serveStatic, type StaticServer } from "@patient-ed/testing/static-server";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { article } from "../../src/schemaTypes/documents/article.ts";
import { buildStudio } from "../helpers/buildStudio.ts";
import {
  DRAFT_WITH_LONG_SENTENCE,
  editorDataset,
  EXPECTED_WORK_LISTS,
  LONG_SENTENCE,
  PINNED_TODAY,
  shownTitle,
  TEST_REVIEW_INTERVAL_MONTHS,
} from "../helpers/editorDataset.ts";
import {
  navigateInStudio,
  openStudio,
  screenshot,
  shownText,
  UI_TIMEOUT_MS,
  waitForEditableField,
  type StudioSession,
} from "../helpers/studioPage.ts";

/*
 * An editor's day in the real Studio, built with `sanity build` and driven in
 * headless Chromium, against a stand-in for the Sanity API on 127.0.0.1 that
 * answers from the embedded dataset (with the few changes editorDataset.ts
 * describes) and records every transaction.
 */
const PROJECT_ID = "offline";
const editor = DEFAULT_USERS[0]!;
/** The Sanity user linked to the embedded dataset's clinical reviewer (person-reviewer-samuel-reyes). */
const reviewerUser: StandInUser = {
  id: "user-samuel-reyes",
  name: "Samuel Reyes",
  email: "samuel.reyes@example.org",
  token: "stand-in-reviewer-token",
  role: "editor",
};
let api: StandInSanityApi;
let studio: StaticServer;
let browser: Browser;
let outDir: string;
let dataset: RawDocument[];
// One signed-in Studio for every flow: booting the Studio is most of a flow's time. Each flow opens its own
// document (no two flows touch the same one) by navigating inside the Studio, as an editor's clicks would.
let session: StudioSession;
/** The publish relay with its sign-off endpoint, signing with the development key, in front of the stand-in. */
let relay: RelayServer;
let relayHandler: RelayHandler | undefined;
let tlsSetting: string | undefined;
/** The draft preview server (`pnpm preview:drafts`) reading the stand-in as its Content Lake, drafts perspective. */
let preview: RunningPreviewServer;

beforeAll(async () => {
  dataset = await editorDataset();
  api = await startStandInSanityApi({
    projectId: PROJECT_ID,
    dataset: "production",
    documents: dataset,
    users: [editor, reviewerUser],
    now: () => new Date(`${PINNED_TODAY}T10:00:00Z`),
  });
  // The relay reaches the stand-in over TLS with its self-signed certificate: trusted for this file only.
  tlsSetting = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
  relay = await serveRelay({
    handler: (request) => relayHandler?.(request) ?? Promise.resolve(new Response(null, { status: 503 })),
    port: 0,
    host: "127.0.0.1",
  });
  outDir = mkdtempSync(join(tmpdir(), "studio-e2e-"));
  // Served before it is built (files are read per request): the preview server must know the Studio's origin, and
  // the Studio the preview's.
  studio = await serveStatic(outDir, { singlePageApp: true });
  preview = await startPreviewServer({
    SANITY_PROJECT_ID: PROJECT_ID,
    SANITY_DATASET: "production",
    SANITY_API_HOST: `https://127.0.0.1:${api.port}`,
    SANITY_API_READ_TOKEN: editor.token,
    NODE_TLS_REJECT_UNAUTHORIZED: "0",
    SIGNOFF_TRUSTED_KEYS: DEVELOPMENT_PUBLIC_KEY,
    SITE_NOW: `${PINNED_TODAY}T10:00:00Z`,
    PREVIEW_SECRET: "a-secret-the-studio-never-sees-0123456789",
    PREVIEW_STUDIO_URL: studio.origin,
  });
  await buildStudio(outDir, {
    SANITY_STUDIO_API_HOST: api.apiHost,
    SANITY_STUDIO_SIGNOFF_URL: `${relay.url}/signoff`,
    SANITY_STUDIO_PREVIEW_URL: `${preview.origin}/`,
  });
  relayHandler = createRelayHandler({
    secret: "webhook-secret-not-used-here",
    // Only the sign-off endpoint is used here: webhooks would go nowhere.
    target: { name: "none", trigger: async () => undefined, status: () => ({}) },
    signoff: {
      backend: sanitySignoffBackend({
        projectId: PROJECT_ID,
        dataset: "production",
        token: editor.token,
        apiHost: `https://127.0.0.1:${api.port}`,
      }),
      key: signingKey(DEVELOPMENT_PRIVATE_KEY),
      reviewers: new Map([["person-reviewer-samuel-reyes", reviewerUser.id]]),
      allowedOrigin: studio.origin,
      now: () => new Date(`${PINNED_TODAY}T10:00:00Z`),
    },
  });
  browser = await launchBrowser();
  session = await openStudio(browser, `${studio.origin}/structure`, {
    projectId: PROJECT_ID,
    token: editor.token,
    today: PINNED_TODAY,
  });
});

afterEach(() => {
  const uncaught = session.uncaught.splice(0);
  expect(uncaught, "uncaught errors in the Studio").toEqual([]);
  expect(api.faults, "requests the stand-in failed").toEqual([]);
});

afterAll(async () => {
  preview?.close();
  await browser?.close();
  await studio?.close();
  await relay?.close();
  await api?.close();
  if (tlsSetting === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  else process.env.NODE_TLS_REJECT_UNAUTHORIZED = tlsSetting;
  rmSync(outDir, { recursive: true, force: true });
});

/** Goes to a Studio path in the running Studio, without reloading it. */
async function open(path: string): Promise<Page> {
  await navigateInStudio(session.page, path);
  return session.page;
}

/** The titles a document list pane shows, once it has loaded. */
async function listedTitles(page: Page): Promise<string[]> {
  const list = page.getByTestId("document-list-pane");
  await list.getByTestId("default-preview__header").first().waitFor();
  const previews = await list.getByTestId("default-preview__header").allInnerTexts();
  // A preview shows the title, then the reviewer and due date on the next line.
  return previews.map((preview) => preview.split("\n")[0]!.trim()).sort();
}

function publishedDocument(id: string): RawDocument {
  const doc = api.store.get(id);
  if (!doc) throw new Error(`${id} is not in the stand-in's dataset`);
  return doc;
}

async function waitForPublish(id: string): Promise<void> {
  await expect
    .poll(() => api.transactions.some((t) => t.changes.some((c) => c.documentId === id && c.after !== null)), {
      timeout: UI_TIMEOUT_MS,
    })
    .toBe(true);
}

/** Retries until the element's text contains `text` (the Studio updates as events arrive). */
async function expectText(locator: Locator, text: string): Promise<void> {
  await expect.poll(() => locator.innerText(), { timeout: UI_TIMEOUT_MS }).toContain(text);
}

async function expectValue(locator: Locator, value: string): Promise<void> {
  await expect.poll(() => locator.inputValue(), { timeout: UI_TIMEOUT_MS }).toBe(value);
}

// Each flow takes 8–12 s on a quiet 2-core machine; a loaded one may take three times that.
describe("the Studio, for an editor", { timeout: 240_000 }, () => {
  it("shows the desk: content types, the review work lists with the right documents, and Settings as one fixed document", async () => {
    const page = await open("/structure");
    const desk = page.getByTestId("structure-tool-list-pane");
    await desk.getByTestId("pane-item-Settings").waitFor();
    const items = await desk.locator('[data-testid^="pane-item-"]').allInnerTexts();
    expect(items.map((item) => item.trim())).toEqual([
      "Articles",
      "FAQ entries",
      "People",
      "Pages",
      ...Object.keys(EXPECTED_WORK_LISTS),
      "Changed since clinical sign-off",
      "Settings",
    ]);
    await screenshot(page, "desk");

    for (const [list, ids] of Object.entries(EXPECTED_WORK_LISTS)) {
      await desk.getByTestId(`pane-item-${list}`).click();
      expect(await listedTitles(page), list).toEqual(ids.map((id) => shownTitle(dataset, id)).sort());
      await screenshot(page, `work-list-${list.toLowerCase().replaceAll(" ", "-")}`);
    }

    await desk.getByTestId("pane-item-Settings").click();
    await waitForEditableField(page, "siteName");
    await screenshot(page, "settings");
    // A singleton keeps Publish (and Discard changes), never Delete, Duplicate or Unpublish.
    await page.getByTestId("action-publish").waitFor({ timeout: UI_TIMEOUT_MS });
    const menu = page.getByTestId("pane-footer").getByTestId("action-menu-button");
    if ((await menu.count()) > 0) {
      await menu.click();
      await page.getByRole("menuitem").first().waitFor({ timeout: UI_TIMEOUT_MS });
      for (const refused of ["Delete", "Duplicate", "Unpublish"])
        expect(await page.getByRole("menuitem", { name: refused }).count(), refused).toBe(0);
      await page.keyboard.press("Escape");
    }
    // "New document" offers the content types and not the settings.
    await page.getByTestId("new-document-button").click();
    const choices = page.locator('[data-testid^="create-new-"]');
    await choices.first().waitFor({ timeout: UI_TIMEOUT_MS });
    const offered = (await choices.allInnerTexts()).map((type) => type.trim());
    expect(offered.sort()).toEqual(["Article", "FAQ entry", "Page", "Person"]);
    await screenshot(page, "new-document-menu");
    await page.keyboard.press("Escape");
  });

  it("opens the ketamine article with every field's help text and its review badge", async () => {
    const page = await open("/structure/article;article-ketamine-neuroplasticity");
    await waitForEditableField(page, "title");
    await page.getByTestId("group-tab-all-fields").click();
    const form = await shownText(page.getByTestId("form-view"));
    for (const field of article.fields) {
      expect(form, field.name).toContain(String(field.title));
      if (field.description) expect(form, field.name).toContain(String(field.description));
    }
    expect(await page.getByTestId("field-title").locator("input").inputValue()).toContain(
      "Ketamine therapy and neuroplasticity",
    );
    // Due 2027-10-01, 16 days after the pinned date.
    await expectText(page.getByTestId("pane-footer"), "Due soon");
    await screenshot(page, "ketamine-article");
    // The lead image field, with its Decorative box, alt text, caption and credit, for a person to look at.
    await page
      .getByTestId("form-view")
      .getByText("Lead image", { exact: true })
      .scrollIntoViewIfNeeded({ timeout: UI_TIMEOUT_MS });
    await screenshot(page, "ketamine-article-lead-image");
  });

  it("shows an error for a cleared disclaimer and will not publish the page", async () => {
    const id = "faq-what-is-ketamine-therapy";
    const page = await open(`/structure/faq;${id}`);
    await waitForEditableField(page, "question");
    await page.getByTestId("group-tab-review").click();
    await page.getByTestId("field-disclaimer").locator("textarea").fill("");
    const error = page.getByTestId("field-disclaimer").getByTestId("input-validation-icon-error");
    await error.waitFor({ timeout: UI_TIMEOUT_MS });
    await error.hover();
    await page.getByText("A medical disclaimer is required.").waitFor({ timeout: UI_TIMEOUT_MS });
    await expect.poll(() => page.getByTestId("action-publish").isDisabled(), { timeout: UI_TIMEOUT_MS }).toBe(true);
    await screenshot(page, "disclaimer-cleared");
    // The edit was saved as a draft; nothing reached the published document.
    await expect.poll(() => api.store.get(`drafts.${id}`)?.disclaimer, { timeout: UI_TIMEOUT_MS }).toBeUndefined();
    expect(api.store.get(`drafts.${id}`)).not.toBeNull();
    expect(publishedDocument(id).disclaimer).toEqual(dataset.find((doc) => doc._id === id)?.disclaimer);
  });

  it("opens the page in the draft preview from the document: Open preview shows the draft with its banner", async () => {
    const id = DRAFT_WITH_LONG_SENTENCE;
    const page = await open(`/structure/faq;${id}`);
    await waitForEditableField(page, "question");
    await page.getByTestId("pane-footer").getByTestId("action-menu-button").click();
    await page.getByRole("menuitem", { name: "Open preview" }).click();
    // The Presentation tool signs its frame in to the preview server with a one-off secret it keeps in the
    // dataset; the server checks it with @sanity/preview-url-secret against the stand-in, then shows the page.
    const frame = page.frameLocator("iframe");
    await expectText(frame.locator(".preview-banner"), "Draft preview, not published");
    await expectText(frame.locator(".preview-banner"), "Changed since its clinical sign-off");
    await expectText(frame.locator(".rich-text"), LONG_SENTENCE);
    // The page answers the tool's handshake (scripts/preview/browser/presentationLink.ts): no "Loading" cover.
    const cover = page.getByText(/^(Loading|Connecting)\.$/).filter({ visible: true });
    await expect.poll(() => cover.count(), { timeout: UI_TIMEOUT_MS }).toBe(0);
    await screenshot(page, "presentation-draft-preview");
    // An edit beside the preview shows in it: the tool says the draft changed, the page reloads it.
    const question = page.getByTestId("field-question").locator("input");
    // Still a question (it must end with "?"), so the next flow can publish this draft.
    await question.fill((await question.inputValue()).replace(/\?$/, ", step by step?"));
    await expectText(frame.locator("h1"), "step by step?");
    await screenshot(page, "presentation-draft-preview-edited");
  });

  it("shows a readability warning that does not stop publishing", async () => {
    const id = DRAFT_WITH_LONG_SENTENCE;
    const page = await open(`/structure/faq;${id}`);
    await waitForEditableField(page, "question");
    const warning = page.getByTestId("field-answer").getByTestId("input-validation-icon-warning");
    await warning.waitFor({ timeout: UI_TIMEOUT_MS });
    await warning.hover();
    await page
      .getByText(/A sentence has more than 25 words: "Before your first session/)
      .waitFor({ timeout: UI_TIMEOUT_MS });
    await screenshot(page, "readability-warning");
    const publish = page.getByTestId("action-publish");
    await expect.poll(() => publish.isEnabled(), { timeout: UI_TIMEOUT_MS }).toBe(true);
    await publish.click();
    // The draft changed the answer its reviewer signed off: Publish says what patients will see, then goes ahead.
    await page.getByText("If you publish now, patients will see this page as not reviewed").waitFor();
    await screenshot(page, "publish-changed-since-signoff");
    await page.getByRole("button", { name: "Confirm" }).click();
    await waitForPublish(id);
    expect(JSON.stringify(publishedDocument(id).answer)).toContain(LONG_SENTENCE);
    await expect.poll(() => api.store.get(`drafts.${id}`), { timeout: UI_TIMEOUT_MS }).toBeNull();
  });

  it("offers Sign off and publish only to the page's reviewer, disabled with the reason for anyone else", async () => {
    const page = await open("/structure/faq;faq-insurance");
    await waitForEditableField(page, "question");
    await page.getByTestId("pane-footer").getByTestId("action-menu-button").click();
    const signOff = page.getByRole("menuitem", { name: "Sign off and publish" });
    await signOff.waitFor();
    await expect.poll(() => signOff.isDisabled(), { timeout: UI_TIMEOUT_MS }).toBe(true);
    await signOff.hover();
    await page
      .getByText("Only Samuel Reyes, the page's clinical reviewer, can sign it off.")
      .waitFor({ timeout: UI_TIMEOUT_MS });
    await screenshot(page, "signoff-not-the-reviewer");
    await page.keyboard.press("Escape");
  });

  it("lets the reviewer sign off and publish with a note, through the relay, after asking", async () => {
    const id = "faq-insurance";
    // The reviewer's own Studio session: the relay asks Sanity who is signing.
    const reviewer = await openStudio(browser, `${studio.origin}/structure/faq;${id}`, {
      projectId: PROJECT_ID,
      token: reviewerUser.token,
      today: PINNED_TODAY,
    });
    try {
      const page = reviewer.page;
      await waitForEditableField(page, "question");
      await expectText(page.getByTestId("pane-footer"), "Overdue");
      const before = api.transactions.length;
      const openSignOff = async () => {
        await page.getByTestId("pane-footer").getByTestId("action-menu-button").click();
        await page.getByRole("menuitem", { name: "Sign off and publish" }).click();
        await page.getByText("Confirm that you have checked this whole page, as it is now").waitFor();
      };
      await openSignOff();
      await page.getByRole("button", { name: "Cancel" }).click();
      expect(api.transactions.length, "cancelling sends nothing").toBe(before);

      await openSignOff();
      await page.locator("#signoff-note").fill("Checked the cost section against current US and UK coverage.");
      await screenshot(page, "signoff-dialog");
      await page.getByRole("dialog").getByRole("button", { name: "Sign off and publish" }).click();
      await waitForPublish(id);
      const published = publishedDocument(id);
      expect(published).toMatchObject({
        lastReviewed: PINNED_TODAY,
        nextReviewDue: addMonths(PINNED_TODAY, TEST_REVIEW_INTERVAL_MONTHS),
        clinicalSignoff: {
          signedBy: { userId: reviewerUser.id, email: reviewerUser.email },
          note: "Checked the cost section against current US and UK coverage.",
        },
      });
      // The build trusts it: signed with the relay's key over exactly what was published.
      const verdict = judgeSignoff(signableOf(published), [trustedKey(DEVELOPMENT_PUBLIC_KEY)]);
      expect(verdict.status).toBe("signed-off");
      // The reviewer sees the page published, in step with the server and no longer overdue.
      await expect
        .poll(() => page.getByTestId("pane-footer").innerText(), { timeout: UI_TIMEOUT_MS })
        .not.toMatch(/Saving|Overdue|sign-off/);
      await screenshot(page, "signoff-done");
      expect(reviewer.uncaught, "uncaught errors in the reviewer's Studio").toEqual([]);
    } finally {
      await reviewer.page.context().close();
    }
  });

  it("marks a page changed since its sign-off and lists it, naming the changed field", async () => {
    // The disclaimer flow above left this FAQ's draft with its disclaimer cleared.
    const id = "faq-what-is-ketamine-therapy";
    const page = await open(`/structure/faq;${id}`);
    await waitForEditableField(page, "question");
    await expectText(page.getByTestId("pane-footer"), "Changed since sign-off");
    await navigateInStudio(page, "/structure/changed-since-signoff");
    const list = page.getByTestId("changed-since-signoff");
    await expectText(list, "What is ketamine therapy?");
    await expectText(list, "Changed since its clinical sign-off on 2027-03-01: disclaimer.");
    await screenshot(page, "changed-since-signoff");
  });

  it("starts a new article with the default disclaimer, today's date and the next review from Settings", async () => {
    const settings = dataset.find((doc) => doc._id === "siteSettings")!;
    const page = await open("/structure/article");
    // The "+" in the Articles pane's header.
    await page.getByTestId("action-intent-button").click();
    await waitForEditableField(page, "title");
    await page.getByTestId("group-tab-review").click();
    await expectValue(page.getByTestId("field-disclaimer").locator("textarea"), String(settings.defaultDisclaimer));
    await expectValue(page.getByTestId("field-lastReviewed").locator("input"), PINNED_TODAY);
    await expectValue(
      page.getByTestId("field-nextReviewDue").locator("input"),
      addMonths(PINNED_TODAY, TEST_REVIEW_INTERVAL_MONTHS),
    );
    await screenshot(page, "new-article");
  });
});
