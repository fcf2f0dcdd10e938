import { encodeSignatureHeader } from "@sanity/webhook";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RelayServer } from "../src/nodeServer.ts";
import { recordingTarget, type RecordingTarget } from "./helpers/recordingTarget.ts";
import { startRelay } from "./helpers/relayServer.ts";
import { documentBody, SECRET, signedHeaders } from "./helpers/signing.ts";

// A fixed clock: the replay window is tested by choosing signature timestamps, not by waiting.
const NOW = Date.parse("2025-03-04T10:00:00.000Z");

describe("signature and replay checks (over HTTP on 127.0.0.1)", () => {
  let server: RelayServer;
  let target: RecordingTarget;
  let clock = NOW;

  beforeAll(async () => {
    target = recordingTarget();
    server = await startRelay({ target, now: () => clock });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    target.events.length = 0;
    clock = NOW;
  });

  async function post(body: string, headers: Record<string, string>) {
    const response = await fetch(server.url, { method: "POST", body, headers });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  it("accepts a delivery signed by Sanity's encoder and triggers the target once", async () => {
    const body = documentBody("article-asthma", "article");
    const headers = await signedHeaders(body, {
      timestamp: NOW - 1000,
      idempotencyKey: "delivery-1",
      headers: { "sanity-operation": "update", "sanity-transaction-id": "tx-1" },
    });
    const { status, json } = await post(body, headers);
    expect(status).toBe(202);
    expect(json).toEqual({ status: "accepted", target: "recording" });
    expect(target.events).toEqual([
      {
        documentId: "article-asthma",
        documentType: "article",
        operation: "update",
        transactionId: "tx-1",
        idempotencyKey: "delivery-1",
      },
    ]);
  });

  it("reads the operation and document id from Sanity's headers when the projection omits them", async () => {
    const body = JSON.stringify({ _type: "faq" });
    const headers = await signedHeaders(body, {
      timestamp: NOW,
      headers: { "sanity-operation": "delete", "sanity-document-id": "faq-9" },
    });
    expect((await post(body, headers)).status).toBe(202);
    expect(target.events[0]).toMatchObject({ documentId: "faq-9", documentType: "faq", operation: "delete" });
  });

  it("accepts a signature 4 minutes old (inside the window)", async () => {
    const body = documentBody("page-about", "page");
    expect((await post(body, await signedHeaders(body, { timestamp: NOW - 4 * 60_000 }))).status).toBe(202);
    expect(target.events).toHaveLength(1);
  });

  it("rejects a forged signature (wrong secret) with 401", async () => {
    const body = documentBody("article-asthma", "article");
    const headers = await signedHeaders(body, { timestamp: NOW, secret: "not-the-shared-secret" });
    const { status, json } = await post(body, headers);
    expect(status).toBe(401);
    expect(json.error).toBe("signature does not match");
    expect(target.events).toHaveLength(0);
  });

  it("rejects a body altered after signing with 401", async () => {
    const signedFor = documentBody("article-asthma", "article");
    const headers = await signedHeaders(signedFor, { timestamp: NOW });
    expect((await post(documentBody("article-other", "article"), headers)).status).toBe(401);
    expect(target.events).toHaveLength(0);
  });

  it("rejects a missing signature with 401", async () => {
    const body = documentBody("article-asthma", "article");
    const { status, json } = await post(body, { "content-type": "application/json" });
    expect(status).toBe(401);
    expect(json.error).toMatch(/missing sanity-webhook-signature/);
    expect(target.events).toHaveLength(0);
  });

  it.each([
    ["garbage", "not-a-signature"],
    ["no v1", `t=${NOW}`],
    ["non-numeric timestamp", "t=abc,v1=AAAA"],
    ["v0 scheme", `t=${NOW},v0=AAAA`],
  ])("rejects a malformed signature header (%s) with 400", async (_label, header) => {
    const body = documentBody("article-asthma", "article");
    const { status } = await post(body, { "content-type": "application/json", "sanity-webhook-signature": header });
    expect(status).toBe(400);
    expect(target.events).toHaveLength(0);
  });

  it("rejects an expired signature (more than 5 minutes old) with 401", async () => {
    const body = documentBody("article-asthma", "article");
    const headers = await signedHeaders(body, { timestamp: NOW - 5 * 60_000 - 1 });
    const { status, json } = await post(body, headers);
    expect(status).toBe(401);
    expect(json.error).toMatch(/too old/);
    expect(target.events).toHaveLength(0);
  });

  it("rejects a signature from more than a minute in the future with 401", async () => {
    const body = documentBody("article-asthma", "article");
    const headers = await signedHeaders(body, { timestamp: NOW + 61_000 });
    const { status, json } = await post(body, headers);
    expect(status).toBe(401);
    expect(json.error).toMatch(/future/);
    expect(target.events).toHaveLength(0);
  });

  it("answers a repeated idempotency-key with 200 and does not trigger again", async () => {
    const body = documentBody("person-dr-lee", "person");
    const first = await post(body, await signedHeaders(body, { timestamp: NOW, idempotencyKey: "delivery-42" }));
    expect(first.status).toBe(202);
    // Sanity's retry of the same delivery: same key, signed again a little later.
    clock = NOW + 30_000;
    const retry = await post(
      body,
      await signedHeaders(body, { timestamp: NOW + 29_000, idempotencyKey: "delivery-42" }),
    );
    expect(retry.status).toBe(200);
    expect(retry.json).toEqual({ status: "duplicate" });
    expect(target.events).toHaveLength(1);
  });

  it("treats an exact replay with a fresh idempotency-key as a duplicate (the key is not signed)", async () => {
    const body = documentBody("siteSettings", "siteSettings");
    const signature = await encodeSignatureHeader(body, NOW - 10_000, SECRET);
    const send = (key: string) =>
      post(body, { "content-type": "application/json", "sanity-webhook-signature": signature, "idempotency-key": key });
    expect((await send("a")).status).toBe(202);
    expect((await send("b")).status).toBe(200);
    expect(target.events).toHaveLength(1);
  });
});
