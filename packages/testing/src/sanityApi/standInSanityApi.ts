import {
  createSecureServer,
  type Http2ServerRequest,
  type Http2ServerResponse,
  type ServerHttp2Session,
} from "node:http2";
import type { AddressInfo } from "node:net";
import { localhostCertificate } from "../localhostCertificate.ts";
import type { RawDocument } from "@patient-ed/content";
import { DatasetStore, SanityApiError, type Transaction, type TransactionStep } from "./datasetStore.ts";
import { mutationsFor, type DocumentAction } from "./documentActions.ts";
import { accountAnswer, DEFAULT_USERS, type StandInUser } from "./accounts.ts";
import { Listeners } from "./listeners.ts";
import { runQuery } from "./query.ts";
import { historyAnswer } from "./history.ts";

export interface StandInOptions {
  projectId: string;
  dataset: string;
  documents: readonly RawDocument[];
  /** Who may sign in, each with a token; the first is the default. */
  users?: readonly StandInUser[];
  /** The stand-in's clock, for the times it gives changed documents (default: the system's). */
  now?: () => Date;
  /** Port to listen on (on 127.0.0.1); 0 picks a free one. */
  port?: number;
}

export interface StandInSanityApi {
  /**
   * For a Studio's `apiHost`: the client puts the project id in front, `https://<projectId>.localhost:<port>`.
   * It answers over TLS with a self-signed certificate (see localhostCertificate).
   */
  apiHost: string;
  port: number;
  store: DatasetStore;
  /** Every committed transaction, oldest first. */
  transactions: Transaction[];
  /** Requests the stand-in had no answer for (it answered `{}`), for debugging a Studio upgrade. */
  unanswered: string[];
  /** Requests it failed with a 500, and why: a fault of the stand-in, worth failing a test over. */
  faults: string[];
  close(): Promise<void>;
}

interface Request {
  method: string;
  /** The path after the API version, e.g. `data/query/production`. */
  route: string;
  apiVersion: string;
  search: URLSearchParams;
  body: string;
  user: StandInUser | null;
}

function json(response: Http2ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  response.end(JSON.stringify(value));
}

function allowCors(request: Http2ServerRequest, response: Http2ServerResponse): void {
  const origin = request.headers.origin;
  if (!origin) return;
  response.setHeader("access-control-allow-origin", origin);
  response.setHeader("access-control-allow-credentials", "true");
  response.setHeader("access-control-allow-methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
  response.setHeader("access-control-allow-headers", request.headers["access-control-request-headers"] ?? "*");
  response.setHeader("access-control-max-age", "600");
}

/** `$name=<json>` search parameters, as @sanity/client sends GROQ parameters. */
function queryParams(search: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [name, value] of search) if (name.startsWith("$")) params[name.slice(1)] = JSON.parse(value);
  return params;
}

function readBody(request: Http2ServerRequest): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

/**
 * A stand-in for the Sanity API on 127.0.0.1, for driving a real Studio in a
 * browser without a network: the current user and project, GROQ queries
 * (groq-js over the dataset, in the perspective asked for), documents,
 * listen events, the Actions and mutation APIs (recorded in `transactions`),
 * and harmless empty answers for the Studio's other boot-time requests.
 */
export async function startStandInSanityApi(options: StandInOptions): Promise<StandInSanityApi> {
  const users = options.users ?? DEFAULT_USERS;
  const store = new DatasetStore(options.documents, options.now);
  const listeners = new Listeners();
  const unanswered: string[] = [];
  const faults: string[] = [];
  store.subscribe((transaction) => void listeners.publish(transaction));
  const dataPrefix = (kind: string) => `data/${kind}/${options.dataset}`;

  async function route(request: Request, response: Http2ServerResponse): Promise<void> {
    const { route: path, search } = request;
    const account = accountAnswer(path, request.user, users, options);
    if (account !== undefined) return json(response, account === null ? 401 : 200, account ?? {});
    if (path === dataPrefix("query")) {
      const body =
        request.method === "POST"
          ? (JSON.parse(request.body) as { query: string; params?: Record<string, unknown> })
          : null;
      const query = body?.query ?? search.get("query") ?? "";
      const params = body?.params ?? queryParams(search);
      const result = await runQuery(store.documents(), query, params, search.get("perspective"), request.apiVersion);
      return json(response, 200, { ms: 1, query, result });
    }
    if (path.startsWith(`${dataPrefix("doc")}/`)) {
      const ids = decodeURIComponent(path.slice(dataPrefix("doc").length + 1)).split(",");
      const documents = ids.map((id) => store.get(id)).filter((doc) => doc !== null);
      const omitted = ids.filter((id) => !store.get(id)).map((id) => ({ id, reason: "existence" }));
      return json(response, 200, { documents, omitted });
    }
    if (path === dataPrefix("listen")) {
      const query = search.get("query") ?? "*";
      listeners.open(response, query, queryParams(search), search.get("includeResult") === "true");
      return;
    }
    if (path === dataPrefix("actions") || path === dataPrefix("mutate")) {
      const identity = request.user?.id ?? "";
      const body = JSON.parse(request.body) as {
        actions?: DocumentAction | DocumentAction[];
        mutations?: Record<string, Record<string, unknown>>[];
        transactionId?: string;
      };
      const isActions = path === dataPrefix("actions");
      const steps: TransactionStep[] = isActions
        ? [body.actions ?? []].flat().map((action) => (lookup) => mutationsFor(action, lookup))
        : (body.mutations ?? []).map((mutation) => () => [mutation]);
      const transaction = store.commit(steps, {
        identity,
        request: { kind: isActions ? "actions" : "mutations", body },
        ...(body.transactionId && { transactionId: body.transactionId }),
      });
      const results = transaction.changes.map((change) => ({
        id: change.documentId,
        operation: !change.before ? "create" : !change.after ? "delete" : "update",
      }));
      return json(response, 200, { transactionId: transaction.transactionId, results });
    }
    const history = historyAnswer(path.slice(`data/history/${options.dataset}/`.length));
    if (path.startsWith(`data/history/${options.dataset}/`)) {
      if (history === null) return void response.writeHead(200, { "content-type": "application/x-ndjson" }).end();
      return json(response, 200, history);
    }
    if (path === "ping") return json(response, 200, "PONG");
    unanswered.push(`${request.method} ${path}`);
    return json(response, 200, {});
  }

  const sessions = new Set<ServerHttp2Session>();
  // HTTP/1.1 is still allowed, for clients such as Node's fetch.
  const server = createSecureServer({ ...localhostCertificate(), allowHTTP1: true }, (incoming, response) => {
    allowCors(incoming, response);
    if (incoming.method === "OPTIONS") {
      response.writeHead(204).end();
      return;
    }
    const url = new URL(incoming.url ?? "/", "http://127.0.0.1");
    const [, version = "", ...rest] = url.pathname.split("/");
    const token = /^Bearer (.+)$/.exec(incoming.headers.authorization ?? "")?.[1];
    readBody(incoming)
      .then((body) =>
        route(
          {
            method: incoming.method ?? "GET",
            route: rest.join("/"),
            apiVersion: version.replace(/^v/, ""),
            search: url.searchParams,
            body,
            user: users.find((user) => user.token === token) ?? null,
          },
          response,
        ),
      )
      .catch((error: unknown) => {
        const status = error instanceof SanityApiError ? error.status : 500;
        const description = error instanceof Error ? error.message : String(error);
        if (status === 500) faults.push(`${incoming.method} ${url.pathname}${url.search}: ${description}`);
        if (!response.headersSent) json(response, status, { error: { description, type: "mutationError" } });
        else response.end();
      });
  });
  server.on("session", (session) => {
    sessions.add(session);
    session.on("close", () => sessions.delete(session));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiHost: `https://localhost:${port}`,
    port,
    store,
    transactions: store.transactions,
    unanswered,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        listeners.closeAll();
        for (const session of sessions) session.destroy();
        server.close(() => resolve());
      }),
  };
}
