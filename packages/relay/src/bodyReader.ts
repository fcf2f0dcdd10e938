/** The request declared or sent more than the limit. */
export class BodyTooLargeError extends Error {
  readonly limitBytes: number;

  constructor(limitBytes: number) {
    super(`body exceeds ${limitBytes} bytes`);
    this.name = "BodyTooLargeError";
    this.limitBytes = limitBytes;
  }
}

/** The body (or its framing) cannot be read as text. */
export class MalformedBodyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MalformedBodyError";
  }
}

/**
 * Reads the raw body as UTF-8 text, never holding more than `maxBytes`.
 * The declared Content-Length is checked first (cheap early rejection), and
 * the running count is checked too, because the header may be absent or lie.
 * The text is returned exactly as sent: the signature covers these bytes.
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const declared = request.headers.get("content-length");
  if (declared !== null) {
    if (!/^\d+$/.test(declared.trim())) throw new MalformedBodyError("Content-Length is not a number");
    if (Number(declared) > maxBytes) throw new BodyTooLargeError(maxBytes);
  }
  if (!request.body) return "";

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let result: Awaited<ReturnType<typeof reader.read>>;
    try {
      result = await reader.read();
    } catch (error) {
      // The client went away mid-body (or was cut off for being too slow): its
      // fault, not ours, so it is a rejected request rather than an internal error.
      throw new MalformedBodyError(`body could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    const { done, value } = result;
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Stop pulling; the transport decides what to do with the rest.
      void reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(maxBytes);
    }
    chunks.push(value);
  }

  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    // ignoreBOM keeps a leading BOM in the text, so the HMAC sees the bytes Sanity signed.
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new MalformedBodyError("body is not valid UTF-8");
  }
}
