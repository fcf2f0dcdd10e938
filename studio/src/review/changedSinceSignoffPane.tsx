import { REVIEWED_TYPES, SANITY_API_VERSION } from "@patient-ed/content";
import { Box, Card, Stack, Text } from "@sanity/ui";
import { useEffect, useState } from "react";
import { useClient } from "sanity";
import { IntentLink } from "sanity/router";
import { SIGNOFF_PROJECTION, signoffSummary, studioSignoffState, type StudioDocument } from "./signoffState.ts";

interface Row {
  id: string;
  type: string;
  title: string;
  summary: string;
}

/** The version an editor works on: the draft when there is one. */
function current(documents: StudioDocument[]): StudioDocument[] {
  const byId = new Map<string, StudioDocument>();
  for (const doc of documents) {
    const id = doc._id.replace(/^drafts\./, "");
    if (!byId.has(id) || doc._id.startsWith("drafts.")) byId.set(id, doc);
  }
  return [...byId.values()];
}

function rowsOf(documents: StudioDocument[]): Row[] {
  return current(documents).flatMap((doc) => {
    const state = studioSignoffState(doc);
    if (!state || state.status === "signed-off") return [];
    const title = typeof doc.title === "string" ? doc.title : typeof doc.question === "string" ? doc.question : doc._id;
    return [{ id: doc._id.replace(/^drafts\./, ""), type: doc._type, title, summary: signoffSummary(state) }];
  });
}

/**
 * The work list "Changed since clinical sign-off": every article and FAQ entry whose current version is not what
 * its reviewer signed off, naming the fields that changed. Computed with the contract's fingerprint, which GROQ
 * cannot compute, so it is a pane of its own rather than a filtered document list.
 */
export function ChangedSinceSignoffPane() {
  const client = useClient({ apiVersion: SANITY_API_VERSION });
  const [rows, setRows] = useState<Row[] | null>(null);

  useEffect(() => {
    const query = `*[_type in $types]{${SIGNOFF_PROJECTION}}`;
    const params = { types: [...REVIEWED_TYPES] };
    const load = () =>
      client
        .fetch<StudioDocument[]>(query, params, { perspective: "raw" })
        .then((documents) => setRows(rowsOf(documents).sort((a, b) => a.title.localeCompare(b.title))));
    void load();
    // Edits arrive as they are saved: the list follows them.
    const subscription = client.listen(query, params, { visibility: "query" }).subscribe(() => void load());
    return () => subscription.unsubscribe();
  }, [client]);

  if (rows === null)
    return (
      <Box padding={4}>
        <Text muted>Loading…</Text>
      </Box>
    );
  if (rows.length === 0)
    return (
      <Box padding={4}>
        <Text muted>Every article and FAQ entry is signed off as it is.</Text>
      </Box>
    );
  return (
    <Stack gap={2} padding={3} data-testid="changed-since-signoff">
      {rows.map((row) => (
        <Card key={row.id} padding={3} radius={2} border data-testid="changed-since-signoff-item">
          <Stack gap={2}>
            <Text weight="semibold">
              <IntentLink intent="edit" params={{ id: row.id, type: row.type }}>
                {row.title}
              </IntentLink>
            </Text>
            <Text size={1} muted>
              {row.summary}
            </Text>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
