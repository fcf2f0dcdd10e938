import { SANITY_API_VERSION, syncAllQuery, withSignoff, type RawDocument } from "@patient-ed/content";
import { createClient, type SanityClient } from "@sanity/client";
import {
  isMigratable,
  personNames,
  planMigration,
  type MigrationContext,
  type MigrationStep,
} from "./migrationPlan.ts";

export interface ContentLakeTarget {
  projectId: string;
  dataset: string;
  /** SANITY_API_WRITE_TOKEN. */
  token: string;
  /** SANITY_API_HOST, for a stand-in API; the project id is then not put in the host name. */
  apiHost?: string;
}

function clientFor(target: ContentLakeTarget): SanityClient {
  return createClient({
    projectId: target.projectId,
    dataset: target.dataset,
    token: target.token,
    apiVersion: SANITY_API_VERSION,
    useCdn: false,
    // Published documents with their revisions, and drafts (left alone, but not mistaken for published ones).
    perspective: "raw",
    ...(target.apiHost && { apiHost: target.apiHost, useProjectHostname: false }),
  });
}

/**
 * Records one sign-off with a patch guarded by the revision that was fingerprinted: a page edited since it was read
 * is refused by the Content Lake instead of being signed off for content no one looked at.
 */
async function write(client: SanityClient, doc: RawDocument, step: MigrationStep): Promise<MigrationStep> {
  if (step.outcome.kind !== "record") return step;
  const migrated = withSignoff(doc, step.outcome.record);
  try {
    await client
      .patch(doc._id)
      .ifRevisionId(String(doc._rev))
      .set({
        clinicalSignoff: migrated.clinicalSignoff,
        reviewHistory: migrated.reviewHistory,
        lastReviewed: migrated.lastReviewed,
        nextReviewDue: migrated.nextReviewDue,
      })
      .commit({ visibility: "sync", tag: "signoff.migrate" });
    return step;
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    const reason =
      status === 409
        ? "it was edited while the migration ran; run the migration again to judge the new revision"
        : `the Content Lake refused the write (${error instanceof Error ? error.message : String(error)})`;
    return { ...step, outcome: { kind: "failed", reason } };
  }
}

/**
 * Migrates the Content Lake's published articles and FAQ entries, one guarded patch each (one refusal does not
 * hold back the rest). `onStep` is told each document as it is done, so a long run shows progress.
 */
export async function migrateContentLake(
  target: ContentLakeTarget,
  context: Omit<MigrationContext, "names">,
  dryRun: boolean,
  onStep: (step: MigrationStep) => void,
): Promise<MigrationStep[]> {
  const client = clientFor(target);
  const documents = (await client.fetch(syncAllQuery, { types: ["article", "faq", "person"] })) as RawDocument[];
  const names = personNames(documents);
  const steps: MigrationStep[] = [];
  for (const doc of documents.filter(isMigratable)) {
    const planned = planMigration(doc, { ...context, names });
    const step = dryRun ? planned : await write(client, doc, planned);
    onStep(step);
    steps.push(step);
  }
  return steps;
}
