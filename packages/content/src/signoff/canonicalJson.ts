/**
 * One text for one meaning: object keys sorted, no whitespace, `undefined` and `null` the same (a field an editor
 * cleared and one never set read the same to a patient). A reference (an object of `_ref` with at most `_type`,
 * `_key`, `_weak` and `_strengthenOnPublish`) keeps only the id it points to: the rest is bookkeeping. Any other
 * object with a `_ref` keeps every key, so a `_ref` planted in a block cannot hide its text from the fingerprint. Every other `_key` stays, because marks refer to link
 * definitions by key: dropping keys could hide a link moved from one phrase to another.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (isReference(record)) return `{"_ref":${JSON.stringify(record._ref)}}`;
    const entries = Object.keys(record)
      .filter((key) => record[key] !== undefined && record[key] !== null)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${entries.join(",")}}`;
  }
  throw new TypeError(`canonicalJson: a ${typeof value} has no JSON form`);
}

const REFERENCE_BOOKKEEPING = new Set(["_ref", "_type", "_key", "_weak", "_strengthenOnPublish"]);

function isReference(record: Record<string, unknown>): record is { _ref: string } {
  return (
    typeof record._ref === "string" &&
    (record._type === undefined || record._type === "reference") &&
    Object.keys(record).every((key) => REFERENCE_BOOKKEEPING.has(key))
  );
}
