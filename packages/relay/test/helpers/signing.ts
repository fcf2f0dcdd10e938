import { encodeSignatureHeader } from "@sanity/webhook";

export const SECRET = "test-webhook-secret-4f9a2c";

export interface SignOptions {
  timestamp: number;
  secret?: string;
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

/** Headers as Sanity sends them, signed with Sanity's own encoder. */
export async function signedHeaders(body: string, options: SignOptions): Promise<Record<string, string>> {
  const signature = await encodeSignatureHeader(body, options.timestamp, options.secret ?? SECRET);
  return {
    "content-type": "application/json",
    "sanity-webhook-signature": signature,
    ...(options.idempotencyKey ? { "idempotency-key": options.idempotencyKey } : {}),
    ...options.headers,
  };
}

export function documentBody(id: string, type: string, operation?: string): string {
  return JSON.stringify(operation ? { _id: id, _type: type, operation } : { _id: id, _type: type });
}
