import { SANITY_API_VERSION } from "@patient-ed/content";
import { Box, Button, Flex, Stack, Text, TextArea } from "@sanity/ui";
import { useEffect, useState } from "react";
import { useClient, useCurrentUser, type DocumentActionComponent } from "sanity";
import { signoffUrl } from "../project.ts";
import { signoffSummary, studioSignoffState } from "./signoffState.ts";

/** The person a document names as its clinical reviewer, and the Sanity user who signs for them. */
interface Reviewer {
  name: string | null;
  sanityUser: string | null;
}

const sameUser = (linked: string | null, user: { id: string; email?: string } | null) =>
  Boolean(linked && user) &&
  [user?.id, user?.email].some((value) => value?.toLowerCase() === linked?.trim().toLowerCase());

/** Asks the relay to sign off and publish; resolves to the relay's error sentence, or null when it is done. */
async function requestSignoff(
  url: string,
  token: string,
  documentId: string,
  revision: string,
  note: string,
): Promise<string | null> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ documentId, revision, ...(note.trim() && { note: note.trim() }) }),
    });
    if (response.ok) return null;
    const body = (await response.json().catch(() => ({}))) as { error?: unknown };
    return typeof body.error === "string" ? body.error : `The relay answered ${response.status}.`;
  } catch {
    return "The sign-off service could not be reached. Try again, or ask an administrator.";
  }
}

/**
 * "Sign off and publish": the clinical reviewer approves the page as it is now. The relay's sign-off endpoint
 * checks with Sanity who is asking, fingerprints and signs exactly this revision, and publishes it; the build
 * trusts only its signature. Anyone who is not the page's reviewer sees the action disabled, with the reason.
 */
export const SignOffAction: DocumentActionComponent = (props) => {
  const client = useClient({ apiVersion: SANITY_API_VERSION });
  const user = useCurrentUser();
  const [reviewer, setReviewer] = useState<Reviewer | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [note, setNote] = useState("");
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const document = props.draft ?? props.published;
  const reviewerId = (document?.reviewer as { _ref?: string } | undefined)?._ref;

  useEffect(() => {
    if (!reviewerId) return;
    let current = true;
    void client
      .fetch<Reviewer | null>(`*[_id == $id][0]{name, sanityUser}`, { id: reviewerId })
      .then((found) => current && setReviewer(found ?? { name: null, sanityUser: null }));
    return () => {
      current = false;
    };
  }, [client, reviewerId]);

  if (!document) return null;
  const token = client.config().token;
  const state = studioSignoffState(document);
  const reason = !reviewerId
    ? "Choose a clinical reviewer before the page is signed off."
    : !signoffUrl
      ? "Clinical sign-off is not set up for this Studio (SANITY_STUDIO_SIGNOFF_URL)."
      : !reviewer
        ? "Checking who the page's clinical reviewer is…"
        : !sameUser(reviewer.sanityUser, user)
          ? `Only ${reviewer.name ?? "the page's clinical reviewer"}, the page's clinical reviewer, can sign it off.`
          : !token
            ? "This Studio session cannot be checked by the sign-off service: sign in again."
            : null;

  const close = () => {
    setDialogOpen(false);
    setError(null);
    setNote("");
    props.onComplete();
  };
  const confirm = async () => {
    if (!signoffUrl || !token) return;
    setSending(true);
    // The revision on screen: the relay signs only that one, so an edit made meanwhile cannot be signed unseen.
    const problem = await requestSignoff(signoffUrl, token, props.id, String(document._rev), note);
    setSending(false);
    if (problem) setError(problem);
    else close();
  };

  return {
    label: "Sign off and publish",
    tone: "positive",
    disabled: reason !== null,
    title: reason ?? "Record your clinical sign-off of this page as it is now, and publish it",
    onHandle: () => setDialogOpen(true),
    dialog: dialogOpen && {
      type: "dialog",
      header: "Clinical sign-off",
      onClose: close,
      content: (
        <Stack gap={4}>
          <Text>
            Confirm that you have checked this whole page, as it is now, and approve it for patients. Your sign-off is
            recorded with today&apos;s date, the next review is scheduled, and the page is published.
          </Text>
          {state && state.status !== "signed-off" && <Text muted>{signoffSummary(state)}</Text>}
          <Stack gap={2}>
            <Text as="label" htmlFor="signoff-note" weight="semibold">
              What changed (optional, shown to patients in the review history)
            </Text>
            <TextArea
              id="signoff-note"
              rows={3}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
            />
          </Stack>
          {error && (
            <Box>
              <Text role="alert">{error}</Text>
            </Box>
          )}
          <Flex gap={2} justify="flex-end">
            <Button mode="ghost" text="Cancel" onClick={close} disabled={sending} />
            <Button tone="positive" text="Sign off and publish" onClick={() => void confirm()} loading={sending} />
          </Flex>
        </Stack>
      ),
    },
  };
};
