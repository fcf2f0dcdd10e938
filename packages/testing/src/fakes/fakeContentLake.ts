import type { RawDocument } from "@patient-ed/content";
import { createFileSource } from "@patient-ed/content";
import { queryResult, startFakeQueryApi, type FakeQueryApi, type RecordedRequest } from "./fakeQueryApi.ts";

/** The query and parameters of a query API request, GET (URL) or POST (JSON body). */
export function queryOf(request: RecordedRequest): { query: string; params: Record<string, unknown> } {
  if (request.method === "POST") {
    const body = JSON.parse(request.body) as { query: string; params?: Record<string, unknown> };
    return { query: body.query, params: body.params ?? {} };
  }
  const params: Record<string, unknown> = {};
  for (const [name, value] of request.query) if (name.startsWith("$")) params[name.slice(1)] = JSON.parse(value);
  return { query: request.query.get("query") ?? "", params };
}

export interface Answer {
  query: string;
  result: unknown;
  bytes: number;
}

export interface FakeContentLake extends FakeQueryApi {
  /** Every answer given, in order, with the size of its body. */
  answers: Answer[];
}

/**
 * A stand-in Content Lake on 127.0.0.1 that really answers GROQ, with
 * groq-js over `documents()` (a function, so a test can change the dataset
 * between builds), in the query API's response shape, in the perspective the
 * request asks for (published unless it asks for drafts).
 */
export async function startFakeContentLake(
  documents: () => readonly RawDocument[],
  /** Changes an answer before it is sent, to stand in for a faulty Content Lake. */
  tamper: (query: string, result: unknown) => unknown = (_query, result) => result,
): Promise<FakeContentLake> {
  const answers: Answer[] = [];
  const api = await startFakeQueryApi(async (request) => {
    const { query, params } = queryOf(request);
    const perspective = request.query.get("perspective") === "drafts" ? "drafts" : "published";
    const source = createFileSource(documents(), "fake content lake", perspective);
    const result = tamper(query, await source.fetch(query, params));
    const reply = queryResult(result);
    answers.push({ query, result, bytes: "body" in reply && reply.body ? Buffer.byteLength(reply.body) : 0 });
    return reply;
  });
  return { ...api, answers };
}
