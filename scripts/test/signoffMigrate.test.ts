import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import {
  DEVELOPMENT_PUBLIC_KEY,
  judgeSignoff,
  newKeyPair,
  signableOf,
  trustedKey,
  type RawDocument,
  type SignoffRecord,
  type TrustedKey,
} from "@patient-ed/content";
import { EMBEDDED_DATASET_PATH, readDatasetFile } from "@patient-ed/content/node";
import { toNdjson } from "@patient-ed/testing/fixtures";
import { DEFAULT_USERS, startStandInSanityApi, type StandInSanityApi } from "@patient-ed/testing/sanity-api";
import { afterEach, beforeAll, describe, expect, it } from "vitest";

const MIGRATE = join(import.meta.dirname, "../src/signoff/migrate.ts");
const EDITED = "faq-driving";
const SIGNED = "faq-insurance";
const developmentKeys = [trustedKey(DEVELOPMENT_PUBLIC_KEY)];

let seed: RawDocument[];
let dir: string;
let dataset: string;

const isPublishedPage = (doc: RawDocument) => ["article", "faq"].includes(doc._type) && !doc._id.startsWith("drafts.");

/**
 * The embedded dataset as a project that predates sign-offs would have it: no sign-offs, except one page still
 * signed off and one edited after its sign-off (those two must be left alone).
 */
function beforeSignoffs(documents: readonly RawDocument[]): RawDocument[] {
  return documents.map((doc) => {
    if (doc._id === SIGNED) return doc;
    if (doc._id === EDITED) return { ...doc, question: "Can I drive myself home after a ketamine treatment?" };
    const { clinicalSignoff: _signoff, reviewHistory: _history, ...rest } = doc;
    return rest;
  });
}

beforeAll(async () => {
  seed = (await readDatasetFile(EMBEDDED_DATASET_PATH)).documents;
  dir = mkdtempSync(join(tmpdir(), "signoff-migrate-"));
  dataset = join(dir, "before.ndjson");
  writeFileSync(dataset, toNdjson(beforeSignoffs(seed)));
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command with only the settings a test gives it (none of the caller's Sanity or sign-off settings). */
async function migrate(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(SANITY_|SIGNOFF_)/.test(name)),
  );
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [MIGRATE, ...args], {
      env: { ...inherited, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

const read = async (path: string) => (await readDatasetFile(path)).documents;
const byId = (documents: readonly RawDocument[], id: string) => documents.find((doc) => doc._id === id)!;
const judge = (doc: RawDocument, keys: readonly TrustedKey[]) => judgeSignoff(signableOf(doc), keys);

describe("pnpm signoff:migrate on a dataset file", () => {
  const operator = ["--operator", "Jo Operator", "--development-key", "--file"];

  it("records every page published before sign-offs as signed off by its reviewer, and leaves the rest alone", async () => {
    const out = join(dir, "after.ndjson");
    const run = await migrate([...operator, dataset, "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    const before = await read(dataset);
    const after = await read(out);
    expect(after.map((doc) => doc._id)).toEqual(before.map((doc) => doc._id));

    const recorded = after.filter((doc) => isPublishedPage(doc) && doc._id !== EDITED && doc._id !== SIGNED);
    expect(recorded.length).toBeGreaterThan(5);
    for (const doc of recorded) {
      const original = byId(before, doc._id);
      expect(judge(doc, developmentKeys).status, doc._id).toBe("signed-off");
      expect(doc.clinicalSignoff).toMatchObject({
        recordedAtMigration: true,
        reviewedOn: original.lastReviewed,
        nextReviewDue: original.nextReviewDue,
        reviewer: { _ref: (original.reviewer as { _ref: string })._ref },
        signedBy: { name: "Samuel Reyes" },
        note: expect.stringContaining("Jo Operator"),
      } satisfies Partial<Record<keyof SignoffRecord, unknown>>);
      expect(doc.reviewHistory).toHaveLength(1);
      // Nothing a patient reads was touched.
      expect({ ...doc, clinicalSignoff: undefined, reviewHistory: undefined }).toEqual({
        ...original,
        clinicalSignoff: undefined,
        reviewHistory: undefined,
      });
    }
    for (const id of [EDITED, SIGNED, "drafts.faq-side-effects"]) expect(byId(after, id), id).toEqual(byId(before, id));
    expect(judge(byId(after, EDITED), developmentKeys)).toMatchObject({ status: "changed", changed: ["question"] });

    expect(run.stdout).toContain(
      'article-ketamine-neuroplasticity "Ketamine therapy and neuroplasticity": recorded a sign-off by Samuel Reyes as reviewed on 2026-10-01',
    );
    expect(run.stdout).toMatch(
      /faq-driving "Can I drive myself home after a ketamine treatment\?": left alone: changed since its sign-off on 2026-10-01 \(question\)/,
    );
    expect(run.stdout).toContain(`${SIGNED} "Does insurance cover ketamine therapy?": left alone: already signed off`);
    expect(run.stdout).not.toContain("drafts.");
    expect(run.stdout).toContain(
      `${recorded.length + 2} published articles and FAQ entries: recorded ${recorded.length} sign-offs; left alone 2 (1 already signed off, 1 changed since sign-off, 0 for another reason).`,
    );

    // Safe to run twice: everything is signed off or changed now, so nothing more is recorded.
    const again = join(dir, "again.ndjson");
    const second = await migrate([...operator, out, "--out", again]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain("recorded 0 sign-offs");
    expect(readFileSync(again, "utf8")).toBe(readFileSync(out, "utf8"));
  });

  it("only describes what it would do without --out", async () => {
    const run = await migrate([...operator, dataset]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("(dry run)");
    expect(run.stdout).toMatch(/would record \d+ sign-offs/);
    expect(run.stdout).toContain("Nothing was written");
  });

  it("refuses without --operator, in one line, and writes nothing", async () => {
    const out = join(dir, "refused.ndjson");
    const run = await migrate(["--development-key", "--file", dataset, "--out", out]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^signoff:migrate: --operator .* is required/),
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses to sign without a key, and the development key for the Content Lake", async () => {
    const withoutKey = await migrate(["--operator", "Jo", "--file", dataset]);
    expect(withoutKey.code).toBe(2);
    expect(withoutKey.stderr).toMatch(/SIGNOFF_PRIVATE_KEY is required/);
    const lake = { SANITY_PROJECT_ID: "abc", SANITY_DATASET: "production", SANITY_API_WRITE_TOKEN: "token" };
    const development = await migrate(["--operator", "Jo", "--development-key"], lake);
    expect(development.code).toBe(2);
    expect(development.stderr).toMatch(/--development-key signs dataset files only/);
  });
});

describe("pnpm signoff:migrate on the Content Lake", () => {
  let api: StandInSanityApi | undefined;
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  it("patches each page guarded by its revision: an edit made meanwhile is refused and recorded on the next run", async () => {
    api = await startStandInSanityApi({ projectId: "offline", dataset: "production", documents: beforeSignoffs(seed) });
    const store = api.store;
    // Someone edits a page while the migration runs: after its first write, before it reaches that page.
    let edited = false;
    store.subscribe(() => {
      if (edited) return;
      edited = true;
      const question = "What is ketamine therapy, in short?";
      const page = "faq-what-is-ketamine-therapy";
      store.commit([() => [{ patch: { id: page, set: { question } } }]], {
        identity: "p-editor",
        request: { kind: "mutations", body: {} },
      });
    });
    const pair = newKeyPair();
    const env = {
      SANITY_PROJECT_ID: "offline",
      SANITY_DATASET: "production",
      SANITY_API_HOST: `https://127.0.0.1:${api.port}`,
      SANITY_API_WRITE_TOKEN: DEFAULT_USERS[0]!.token,
      SIGNOFF_PRIVATE_KEY: pair.privateKey,
      SIGNOFF_TRUSTED_KEYS: pair.publicKey,
      // The stand-in answers over TLS with a self-signed certificate.
      NODE_TLS_REJECT_UNAUTHORIZED: "0",
    };
    const keys = [trustedKey(pair.publicKey)];
    const pages = () => store.documents().filter(isPublishedPage);

    const first = await migrate(["--operator", "Jo Operator"], env);
    expect(first.code, first.stdout + first.stderr).toBe(1);
    expect(first.stdout).toMatch(
      /faq-what-is-ketamine-therapy ".*": NOT recorded: it was edited while the migration ran/,
    );
    expect(first.stdout).toMatch(/1 could not be recorded/);
    expect(judge(store.get("faq-what-is-ketamine-therapy")!, keys).status).toBe("not-signed-off");

    const second = await migrate(["--operator", "Jo Operator"], env);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.stdout).toMatch(/recorded 1 sign-off;/);
    // The pages that had a sign-off before the migration were signed with the development key, which this
    // environment does not trust: the migration leaves them alone too rather than re-sign them.
    const statuses = Object.fromEntries(pages().map((doc) => [doc._id, judge(doc, keys).status]));
    expect(statuses).toMatchObject({ [EDITED]: "not-signed-off", [SIGNED]: "not-signed-off" });
    const migrated = pages().filter((doc) => doc._id !== EDITED && doc._id !== SIGNED);
    for (const doc of migrated) expect(judge(doc, keys).status, doc._id).toBe("signed-off");
    expect(second.stdout).toContain(
      `${SIGNED} "Does insurance cover ketamine therapy?": left alone: its clinical sign-off is not trusted`,
    );

    const third = await migrate(["--operator", "Jo Operator"], env);
    expect(third.stdout).toMatch(/recorded 0 sign-offs;/);
  });
});
