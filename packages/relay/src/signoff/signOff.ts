import {
  addMonths,
  calendarDateIn,
  createSignoff,
  isSignedDocumentType,
  publishedIdOf,
  withSignoff,
  type RawDocument,
  type SignoffRecord,
  type SigningKey,
} from "@patient-ed/content";
import type { Mutation } from "@sanity/client";
import type { SignoffBackend } from "./signoffBackend.ts";

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
  /** The revision the reviewer looked at (`_rev` of the draft, or of the published document): only it is signed. */
  revision: string;
  note?: string;
}

/**
 * Who may sign for which reviewer: person document id to Sanity user id, from the relay's own configuration
 * (SIGNOFF_REVIEWERS). Not from the person document: any editor can change a document, so a link kept there would
 * let anyone make themselves the reviewer.
 */
export type ReviewerUsers = ReadonlyMap<string, string>;

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
  reviewers: ReviewerUsers,
  userToken: string,
  request: SignoffRequest,
  now: Date,
): Promise<SignoffRecord> {
  const user = await backend.whoIs(userToken);
  if (!user) throw new SignoffRefused(401, "Sanity did not accept your sign-in: sign in to the Studio again.");
  const publishedId = publishedIdOf(request.documentId);
  const draftId = `drafts.${publishedId}`;
  const found = await backend.documents([publishedId, draftId]);
  const revision = found.find((doc) => doc._id === draftId) ?? found.find((doc) => doc._id === publishedId);
  if (!revision) throw new SignoffRefused(404, `There is no document "${publishedId}".`);
  if (revision._rev !== request.revision)
    throw new SignoffRefused(
      409,
      "The page changed since you opened it: check the latest version, then sign it off again.",
    );
  if (!isSignedDocumentType(revision._type))
    throw new SignoffRefused(400, `A ${revision._type} has no clinical sign-off: only articles and FAQ entries do.`);
  const reviewerId = (revision.reviewer as { _ref?: unknown } | undefined)?._ref;
  if (typeof reviewerId !== "string")
    throw new SignoffRefused(409, "The page names no clinical reviewer: set one before it is signed off.");
  const [reviewer] = await backend.documents([reviewerId]);
  const name = typeof reviewer?.name === "string" ? reviewer.name : "the page's clinical reviewer";
  const signer = reviewers.get(reviewerId);
  if (!signer)
    throw new SignoffRefused(
      403,
      `${name} cannot sign off pages yet: an administrator must link them to their Sanity user on the relay (SIGNOFF_REVIEWERS).`,
    );
  if (signer !== user.id)
    throw new SignoffRefused(
      403,
      `Only ${name}, the page's clinical reviewer, can sign it off (you are signed in as ${user.email ?? user.id}).`,
    );
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
  // Guarded by the revisions read: an edit to the draft, or to the published page, made meanwhile fails the whole
  // transaction instead of being published as signed or losing a history entry.
  const guards: Mutation[] = [revision, ...(live && live !== revision ? [live] : [])].map((doc) => ({
    patch: { id: doc._id, ifRevisionID: String(doc._rev), set: {} },
  }));
  const mutations: Mutation[] = [
    ...guards,
    live ? { createOrReplace: published } : { create: published },
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
