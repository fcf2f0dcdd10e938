import {
  addMonths,
  calendarDateIn,
  createSignoff,
  isSignedDocumentType,
  withSignoff,
  type RawDocument,
  type SignoffRecord,
  type SigningKey,
} from "@patient-ed/content";
import type { Mutation } from "@sanity/client";
import type { SanityUser, SignoffBackend } from "./signoffBackend.ts";

/** A refusal the caller can act on: the HTTP status and one sentence saying why. */
export class SignoffRefused extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = "SignoffRefused";
    this.status = status;
  }
}

export interface SignoffRequest {
  documentId: string;
  note?: string;
}

/** A person document may name the Sanity user who signs for them by id or by email address. */
function isTheReviewer(person: RawDocument, user: SanityUser): boolean {
  const linked = typeof person.sanityUser === "string" ? person.sanityUser.trim().toLowerCase() : "";
  if (!linked) return false;
  return linked === user.id.toLowerCase() || (user.email !== null && linked === user.email.toLowerCase());
}

/** Without the fields the Content Lake sets itself. */
function stored(doc: RawDocument): RawDocument {
  const { _rev: _rev, _updatedAt: _updatedAt, _createdAt: _createdAt, ...rest } = doc;
  return rest;
}

/**
 * Records a clinical sign-off of the revision that will be published (the draft when there is one), for the
 * caller if and only if Sanity says they are the user linked to the document's clinical reviewer, and publishes it
 * in the same transaction. The transaction is guarded by the revision that was fingerprinted, so an edit made
 * meanwhile fails it instead of being published as signed.
 */
export async function signOff(
  backend: SignoffBackend,
  key: SigningKey,
  userToken: string,
  request: SignoffRequest,
  now: Date,
): Promise<SignoffRecord> {
  const user = await backend.whoIs(userToken);
  if (!user) throw new SignoffRefused(401, "Sanity did not accept your sign-in: sign in to the Studio again.");
  const publishedId = request.documentId.replace(/^drafts\./, "");
  const draftId = `drafts.${publishedId}`;
  const found = await backend.documents([publishedId, draftId]);
  const revision = found.find((doc) => doc._id === draftId) ?? found.find((doc) => doc._id === publishedId);
  if (!revision) throw new SignoffRefused(404, `There is no document "${publishedId}".`);
  if (!isSignedDocumentType(revision._type))
    throw new SignoffRefused(400, `A ${revision._type} has no clinical sign-off: only articles and FAQ entries do.`);
  const reviewerId = (revision.reviewer as { _ref?: unknown } | undefined)?._ref;
  if (typeof reviewerId !== "string")
    throw new SignoffRefused(409, "The page names no clinical reviewer: set one before it is signed off.");
  const [reviewer] = await backend.documents([reviewerId]);
  if (!reviewer || !isTheReviewer(reviewer, user)) {
    const name = typeof reviewer?.name === "string" ? reviewer.name : "the page's clinical reviewer";
    throw new SignoffRefused(
      403,
      `Only ${name}, the page's clinical reviewer, can sign it off (you are signed in as ${user.email ?? user.id}).`,
    );
  }
  const settings = await backend.settings();
  const today = calendarDateIn(settings.timeZone, now);
  const record = createSignoff(
    revision,
    {
      signedBy: { userId: user.id, name: user.name, email: user.email },
      signedAt: now.toISOString(),
      reviewedOn: today,
      nextReviewDue: addMonths(today, settings.reviewIntervalMonths),
      note: request.note ?? null,
    },
    key,
  );
  // The page's history is the published document's: a draft may have been copied before its last sign-off.
  const live = found.find((doc) => doc._id === publishedId);
  const history = live ? live.reviewHistory : revision.reviewHistory;
  const published = withSignoff({ ...stored(revision), _id: publishedId, reviewHistory: history }, record);
  const mutations: Mutation[] = [
    // Fails the whole transaction if the revision that was fingerprinted is no longer the current one.
    { patch: { id: revision._id, ifRevisionID: String(revision._rev), set: {} } },
    { createOrReplace: published },
    ...(revision._id === draftId ? [{ delete: { id: draftId } }] : []),
  ];
  try {
    await backend.commit(mutations);
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 409)
      throw new SignoffRefused(
        409,
        "The page changed while it was being signed off: check the latest version and sign again.",
      );
    throw error;
  }
  return record;
}
