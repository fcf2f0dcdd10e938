import {
  DEVELOPMENT_PUBLIC_KEY,
  judgeSignoff,
  signableOf,
  signingKey,
  trustedKey,
  type RawDocument,
} from "@patient-ed/content";
import { DEVELOPMENT_PRIVATE_KEY, EMBEDDED_DATASET_PATH, readDatasetFile } from "@patient-ed/content/node";
import {
  DEFAULT_USERS,
  startStandInSanityApi,
  type StandInSanityApi,
  type StandInUser,
} from "@patient-ed/testing/sanity-api";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRelayHandler, type RelayHandler } from "../src/handler.ts";
import { createLogger } from "../src/logger.ts";
import { sanitySignoffBackend, type SignoffBackend } from "../src/signoff/signoffBackend.ts";
import { recordingTarget } from "./helpers/recordingTarget.ts";
import { SECRET } from "./helpers/signing.ts";

/*
 * The clinical sign-off endpoint, through the relay's real handler and @sanity/client, against the stand-in for
 * Sanity's API on 127.0.0.1 (users/me, queries and mutations, answered from the embedded dataset).
 */
const REVIEWER: StandInUser = {
  id: "user-samuel-reyes",
  name: "Samuel Reyes",
  email: "Samuel.Reyes@example.org",
  token: "reviewer-token-5c2a",
  role: "editor",
};
const EDITOR = DEFAULT_USERS[0]!;
const NOW = new Date("2026-11-20T10:00:00Z");
const STUDIO = "https://studio.example.org";
const trusted = [trustedKey(DEVELOPMENT_PUBLIC_KEY)];

let documents: RawDocument[];
let api: StandInSanityApi;
let handler: RelayHandler;
let backend: SignoffBackend;
const logs: string[] = [];
let tlsSetting: string | undefined;

function relayWith(signoffBackend: SignoffBackend): RelayHandler {
  return createRelayHandler({
    secret: SECRET,
    target: recordingTarget(),
    logger: createLogger({ secrets: [REVIEWER.token, EDITOR.token], write: (line) => logs.push(line) }),
    signoff: {
      backend: signoffBackend,
      key: signingKey(DEVELOPMENT_PRIVATE_KEY),
      reviewers: new Map([["person-reviewer-samuel-reyes", REVIEWER.id]]),
      allowedOrigin: STUDIO,
      now: () => NOW,
    },
  });
}

beforeAll(async () => {
  // The stand-in answers over TLS with a self-signed certificate: trusted for this file only.
  tlsSetting = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
  documents = (await readDatasetFile(EMBEDDED_DATASET_PATH)).documents;
});

afterAll(() => {
  if (tlsSetting === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  else process.env.NODE_TLS_REJECT_UNAUTHORIZED = tlsSetting;
  const all = logs.join("\n");
  expect(all).not.toContain(REVIEWER.token);
  expect(all).not.toContain(EDITOR.token);
});

beforeEach(async () => {
  await api?.close();
  api = await startStandInSanityApi({
    projectId: "offline",
    dataset: "production",
    documents,
    users: [EDITOR, REVIEWER],
    now: () => NOW,
  });
  backend = sanitySignoffBackend({
    projectId: "offline",
    dataset: "production",
    token: EDITOR.token,
    apiHost: `https://127.0.0.1:${api.port}`,
  });
  handler = relayWith(backend);
});

afterAll(() => api?.close());

/** The revision the reviewer sees: the draft's when there is one. */
function revisionOf(documentId: string): string {
  return String((api.store.get(`drafts.${documentId}`) ?? api.store.get(documentId))?._rev ?? "none");
}

/** POSTs a sign-off request; the revision, unless given, is the one the reviewer sees now. */
function post(
  body: { documentId: string; revision?: string; note?: string },
  token?: string,
  headers: Record<string, string> = {},
) {
  const withRevision = { revision: revisionOf(body.documentId), ...body };
  return handler(
    new Request("http://relay.test/signoff", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: STUDIO,
        ...(token && { authorization: `Bearer ${token}` }),
        ...headers,
      },
      body: JSON.stringify(withRevision),
    }),
  );
}

function judged(id: string) {
  const doc = api.store.get(id)!;
  return judgeSignoff(signableOf(doc), trusted);
}

describe("POST /signoff", () => {
  it("signs off and publishes the draft for the reviewer, with the note, today's date and the history", async () => {
    const draft = api.store.get("drafts.article-ketamine-neuroplasticity")!;
    const response = await post(
      { documentId: "article-ketamine-neuroplasticity", note: "Updated dosing section." },
      REVIEWER.token,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(STUDIO);
    expect(await response.json()).toMatchObject({ reviewedOn: "2026-11-20", nextReviewDue: "2027-11-20" });
    const published = api.store.get("article-ketamine-neuroplasticity")!;
    expect(published.summary).toBe(draft.summary);
    expect(published.body).toEqual(draft.body);
    expect(api.store.get("drafts.article-ketamine-neuroplasticity")).toBeNull();
    expect(judged("article-ketamine-neuroplasticity").status).toBe("signed-off");
    expect(published).toMatchObject({
      lastReviewed: "2026-11-20",
      clinicalSignoff: {
        signedBy: { userId: REVIEWER.id, email: REVIEWER.email },
        note: "Updated dosing section.",
        reviewer: { _ref: "person-reviewer-samuel-reyes" },
      },
    });
    expect((published.reviewHistory as { reviewedOn: string }[]).map((entry) => entry.reviewedOn)).toEqual([
      "2026-11-20",
      "2026-10-01",
      "2025-10-01",
    ]);
    // One transaction, written with the relay's token.
    expect(api.transactions).toHaveLength(1);
    expect(logs.join("\n")).toContain("clinical sign-off recorded");
  });

  it("signs off a published page with no draft", async () => {
    const response = await post({ documentId: "faq-driving" }, REVIEWER.token);
    expect(response.status).toBe(200);
    expect(judged("faq-driving").status).toBe("signed-off");
    expect(api.store.get("faq-driving")?.reviewHistory).toHaveLength(2);
  });

  it("refuses anyone who is not the page's reviewer, naming the reviewer, and writes nothing", async () => {
    const response = await post({ documentId: "faq-driving" }, EDITOR.token);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: `Only Samuel Reyes, the page's clinical reviewer, can sign it off (you are signed in as ${EDITOR.email}).`,
    });
    expect(api.transactions).toHaveLength(0);
  });

  it("decides who may sign from the relay's own list, not from a person document an editor can change", async () => {
    // An editor links the reviewer's person document to themselves: it changes nothing.
    api.store.commit([() => [{ patch: { id: "person-reviewer-samuel-reyes", set: { sanityUser: EDITOR.email } } }]], {
      identity: EDITOR.id,
      request: { kind: "mutations", body: {} },
    });
    const before = api.transactions.length;
    expect((await post({ documentId: "faq-driving" }, EDITOR.token)).status).toBe(403);
    // A reviewer the relay has no user for cannot sign, and the answer says what to do.
    handler = createRelayHandler({
      secret: SECRET,
      target: recordingTarget(),
      signoff: { backend, key: signingKey(DEVELOPMENT_PRIVATE_KEY), reviewers: new Map(), now: () => NOW },
    });
    const unmapped = await post({ documentId: "faq-driving" }, REVIEWER.token);
    expect(unmapped.status).toBe(403);
    expect(await unmapped.json()).toEqual({
      error:
        "Samuel Reyes cannot sign off pages yet: an administrator must link them to their Sanity user on the relay (SIGNOFF_REVIEWERS).",
    });
    expect(api.transactions).toHaveLength(before);
  });

  it("signs only the revision the reviewer saw", async () => {
    const stale = await post({ documentId: "faq-driving", revision: "an-older-revision" }, REVIEWER.token);
    expect(stale.status).toBe(409);
    expect(await stale.json()).toEqual({
      error: "The page changed since you opened it: check the latest version, then sign it off again.",
    });
    expect(api.transactions).toHaveLength(0);
  });

  it("refuses a missing or unknown token, and a request that is not a sign-off", async () => {
    expect((await post({ documentId: "faq-driving" })).status).toBe(401);
    const unknown = await post({ documentId: "faq-driving" }, "not-a-sanity-token");
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toEqual({ error: "Sanity did not accept your sign-in: sign in to the Studio again." });
    expect((await post({ documentId: "faq driving; drop" }, REVIEWER.token)).status).toBe(400);
    expect((await post({ documentId: "faq-driving", note: "x".repeat(3000) }, REVIEWER.token)).status).toBe(400);
    expect((await post({ documentId: "person-reviewer-samuel-reyes" }, REVIEWER.token)).status).toBe(400);
    expect((await post({ documentId: "faq-gone" }, REVIEWER.token)).status).toBe(404);
    expect((await post({ documentId: "versions.r1.faq-driving" }, REVIEWER.token)).status).toBe(400);
    expect(api.transactions).toHaveLength(0);
  });

  it("fails, publishing nothing, when the page changes between reading and signing", async () => {
    const racing: SignoffBackend = {
      ...backend,
      async documents(ids) {
        const found = await backend.documents(ids);
        // An editor saves the draft just after the relay read it.
        if (ids.includes("drafts.article-ketamine-neuroplasticity"))
          api.store.commit(
            [() => [{ patch: { id: "drafts.article-ketamine-neuroplasticity", set: { title: "Edited meanwhile" } } }]],
            {
              identity: EDITOR.id,
              request: { kind: "mutations", body: {} },
            },
          );
        return found;
      },
    };
    handler = relayWith(racing);
    const before = structuredClone(api.store.get("article-ketamine-neuroplasticity"));
    const response = await post({ documentId: "article-ketamine-neuroplasticity" }, REVIEWER.token);
    expect(response.status).toBe(409);
    expect(api.store.get("article-ketamine-neuroplasticity")).toEqual(before);
    expect(api.store.get("drafts.article-ketamine-neuroplasticity")?.title).toBe("Edited meanwhile");
  });

  it("answers the Studio's preflight, and says when sign-off is not set up", async () => {
    const preflight = await handler(
      new Request("http://relay.test/signoff", { method: "OPTIONS", headers: { origin: STUDIO } }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toContain("authorization");
    const elsewhere = await handler(
      new Request("http://relay.test/signoff", { method: "OPTIONS", headers: { origin: "https://evil.example" } }),
    );
    expect(elsewhere.headers.get("access-control-allow-origin")).toBeNull();
    const off = createRelayHandler({ secret: SECRET, target: recordingTarget() });
    expect((await off(new Request("http://relay.test/signoff", { method: "POST" }))).status).toBe(404);
  });
});
