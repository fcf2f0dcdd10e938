import { randomUUID } from "node:crypto";
import type { RawDocument } from "@patient-ed/content";
import { Mutation } from "@sanity/mutator";

/** One mutation in the shape of Sanity's mutation API (`create`, `createIfNotExists`, `patch`, `delete`...). */
export type SanityMutation = Record<string, Record<string, unknown>>;

/** Reads a document as the transaction so far has left it. */
export type Lookup = (id: string) => RawDocument | null;

/** One step of a transaction: the mutations it makes, decided from the dataset as earlier steps left it. */
export type TransactionStep = (lookup: Lookup) => SanityMutation[];

/** What one transaction did to one document. */
export interface DocumentChange {
  documentId: string;
  before: RawDocument | null;
  after: RawDocument | null;
  /** The mutations that made the change: the Studio replays them on the revision it holds. */
  mutations: SanityMutation[];
}

/** A committed transaction, as the listener reports it and as tests assert it. */
export interface Transaction {
  transactionId: string;
  identity: string;
  timestamp: string;
  /** What the client sent: the actions or mutations, as received. */
  request: { kind: "actions" | "mutations"; body: unknown };
  mutations: SanityMutation[];
  changes: DocumentChange[];
}

/** Refused as the Content Lake refuses it: with a status and a description. */
export class SanityApiError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = "SanityApiError";
    this.status = status;
  }
}

/** The one document id a mutation targets (patches by query are not supported here). */
function targetOf(mutation: SanityMutation): string {
  const [kind, body] = Object.entries(mutation)[0] ?? [];
  const id = kind === "patch" || kind === "delete" ? body?.id : body?._id;
  if (typeof id !== "string") throw new SanityApiError(400, `Unsupported mutation: ${JSON.stringify(mutation)}`);
  return id;
}

/**
 * The stand-in's dataset: documents by id, changed only by whole
 * transactions. Mutations are applied with Sanity's own @sanity/mutator, the
 * library the Studio itself uses for patches, so `set`, `unset`, `insert`,
 * `setIfMissing` and the rest behave as in the Content Lake. Each document a
 * transaction touches gets the transaction id as its new `_rev`, as there.
 */
export class DatasetStore {
  readonly #documents = new Map<string, RawDocument>();
  readonly #subscribers = new Set<(transaction: Transaction) => void>();
  /** Every committed transaction, oldest first. */
  readonly transactions: Transaction[] = [];

  readonly #now: () => Date;

  /** `now` is the clock for `_updatedAt` and transaction times, so a test can pin it as it pins the browser's. */
  constructor(documents: readonly RawDocument[], now: () => Date = () => new Date()) {
    this.#now = now;
    // Every document in the Content Lake has a revision; the Studio applies a change only to the revision it
    // was made from, so a document without one would never take an edit.
    for (const doc of documents) this.#documents.set(doc._id, { _rev: randomUUID(), ...structuredClone(doc) });
  }

  documents(): RawDocument[] {
    return [...this.#documents.values()];
  }

  get(id: string): RawDocument | null {
    return this.#documents.get(id) ?? null;
  }

  subscribe(subscriber: (transaction: Transaction) => void): () => void {
    this.#subscribers.add(subscriber);
    return () => this.#subscribers.delete(subscriber);
  }

  /** Applies every step or none; notifies subscribers of the committed transaction. */
  commit(
    steps: readonly TransactionStep[],
    options: { transactionId?: string; identity: string; request: Transaction["request"] },
  ): Transaction {
    const transactionId = options.transactionId ?? randomUUID();
    const timestamp = this.#now().toISOString();
    const working = new Map<string, RawDocument | null>();
    const mutationsOf = new Map<string, SanityMutation[]>();
    const current: Lookup = (id) => {
      const changed = working.get(id);
      return changed === undefined ? this.get(id) : changed;
    };
    const mutations: SanityMutation[] = [];
    for (const step of steps) {
      for (const mutation of step(current)) {
        const id = targetOf(mutation);
        const before = current(id);
        if ("create" in mutation && before) throw new SanityApiError(409, `Document by ID "${id}" already exists`);
        if ("patch" in mutation && !before)
          throw new SanityApiError(409, `Cannot modify document "${id}": it does not exist`);
        // As in the Content Lake: a patch guarded by a revision fails the transaction once the document moved on.
        const guard = "patch" in mutation ? (mutation.patch as { ifRevisionID?: unknown }).ifRevisionID : undefined;
        if (typeof guard === "string" && before?._rev !== guard)
          throw new SanityApiError(409, `Document "${id}" has revision ${String(before?._rev)}, not ${guard}`);
        const mutator = new Mutation({ mutations: [structuredClone(mutation)], timestamp });
        working.set(id, mutator.apply(before ? structuredClone(before) : null) as RawDocument | null);
        mutationsOf.set(id, [...(mutationsOf.get(id) ?? []), mutation]);
        mutations.push(mutation);
      }
    }
    const changes: DocumentChange[] = [];
    for (const [documentId, next] of working) {
      const before = this.get(documentId);
      const after = next ? { ...next, _rev: transactionId, _updatedAt: timestamp } : null;
      if (after) this.#documents.set(documentId, after);
      else this.#documents.delete(documentId);
      changes.push({ documentId, before, after, mutations: mutationsOf.get(documentId) ?? [] });
    }
    const transaction = {
      transactionId,
      identity: options.identity,
      timestamp,
      request: options.request,
      mutations,
      changes,
    };
    this.transactions.push(transaction);
    for (const subscriber of this.#subscribers) subscriber(transaction);
    return transaction;
  }
}
