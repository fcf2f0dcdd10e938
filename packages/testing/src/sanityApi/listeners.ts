import type { Http2ServerResponse } from "node:http2";
import type { RawDocument } from "@patient-ed/content";
import { evaluate, parse, type ExprNode } from "groq-js";
import type { DocumentChange, Transaction } from "./datasetStore.ts";

/** The Sanity client gives up on a stream silent for 45 s; the Content Lake keeps it alive with comments. */
const HEARTBEAT_MS = 15_000;

interface Listener {
  filter: ExprNode;
  params: Record<string, unknown>;
  includeResult: boolean;
  response: Http2ServerResponse;
}

function withoutRev(doc: RawDocument | null): Record<string, unknown> | null {
  if (!doc) return null;
  const { _rev: _ignored, ...rest } = doc;
  return rest;
}

/**
 * The listen endpoint: server-sent events for every change that matches a
 * listener's query. The Studio keeps its open documents in step by applying
 * each event's mendoza `effects` to the revision it holds; `[0, value]` is
 * the mendoza patch that yields `value` whatever it is applied to, so the
 * stand-in never needs a diff.
 */
export class Listeners {
  readonly #listeners = new Set<Listener>();

  /** Opens an event stream for `query` (e.g. `*[_id in $ids]`) and says welcome, as the Content Lake does. */
  open(response: Http2ServerResponse, query: string, params: Record<string, unknown>, includeResult: boolean): void {
    const listener = { filter: parse(query, { params }), params, includeResult, response };
    this.#listeners.add(listener);
    const heartbeat = setInterval(() => response.write(": heartbeat\n\n"), HEARTBEAT_MS);
    response.on("close", () => {
      clearInterval(heartbeat);
      this.#listeners.delete(listener);
    });
    response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    response.write(`event: welcome\ndata: ${JSON.stringify({ listenerName: `stand-in-${this.#listeners.size}` })}\n\n`);
  }

  /** Sends each change of the transaction to the listeners whose query matches the document before or after it. */
  async publish(transaction: Transaction): Promise<void> {
    for (const listener of this.#listeners) {
      const matching: DocumentChange[] = [];
      for (const change of transaction.changes) if (await this.#matches(listener, change)) matching.push(change);
      matching.forEach((change, index) => {
        const event = {
          eventId: `${transaction.transactionId}#${change.documentId}`,
          documentId: change.documentId,
          transactionId: transaction.transactionId,
          transition: !change.before ? "appear" : !change.after ? "disappear" : "update",
          identity: transaction.identity,
          mutations: change.mutations,
          previousRev: change.before?._rev,
          resultRev: transaction.transactionId,
          timestamp: transaction.timestamp,
          visibility: "query",
          effects: { apply: [0, withoutRev(change.after)], revert: [0, withoutRev(change.before)] },
          transactionTotalEvents: matching.length,
          transactionCurrentEvent: index + 1,
          ...(listener.includeResult && change.after && { result: change.after }),
        };
        listener.response.write(`event: mutation\ndata: ${JSON.stringify(event)}\n\n`);
      });
    }
  }

  /** Ends every open stream, so the server can close. */
  closeAll(): void {
    for (const listener of this.#listeners) listener.response.end();
    this.#listeners.clear();
  }

  async #matches(listener: Listener, change: DocumentChange): Promise<boolean> {
    for (const doc of [change.before, change.after]) {
      if (!doc) continue;
      const result = await (await evaluate(listener.filter, { dataset: [doc], params: listener.params })).get();
      if (Array.isArray(result) && result.length > 0) return true;
    }
    return false;
  }
}
