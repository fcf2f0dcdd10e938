/**
 * The history API, as for a dataset with no history kept: no events, no
 * transactions and no past revisions. The document pane asks for them when
 * it opens; `null` stands for an empty NDJSON stream (transactions).
 */
export function historyAnswer(path: string): unknown {
  const [kind, scope, ids = ""] = path.split("/");
  if (kind === "transactions") return null;
  if (kind === "events" && scope === "documents") {
    const events = Object.fromEntries(
      decodeURIComponent(ids)
        .split(",")
        .map((id) => [id, []]),
    );
    return { events, nextCursor: "" };
  }
  return { documents: [] };
}
