import { SANITY_API_VERSION, SITE_SETTINGS_ID, type RawDocument } from "@patient-ed/content";
import { createClient, type Mutation, type SanityClient } from "@sanity/client";

/** The Sanity user a token belongs to, as Sanity's API names them. */
export interface SanityUser {
  id: string;
  name: string | null;
  email: string | null;
}

/** What the sign-off endpoint needs of the Content Lake: a port, so tests can give a stand-in. */
export interface SignoffBackend {
  /** Who the caller's own Sanity token belongs to (Sanity's `users/me`), or null when Sanity does not accept it. */
  whoIs(userToken: string): Promise<SanityUser | null>;
  /** The documents with these ids that exist (drafts included), read with the relay's own token. */
  documents(ids: readonly string[]): Promise<RawDocument[]>;
  /** The site settings a sign-off needs: where "today" is and the review interval. */
  settings(): Promise<{ timeZone: string; reviewIntervalMonths: number }>;
  /** Commits the mutations as one transaction; Sanity refuses it if a guarded revision changed. */
  commit(mutations: Mutation[]): Promise<void>;
}

export interface SanityBackendConfig {
  projectId: string;
  dataset: string;
  /** SANITY_API_WRITE_TOKEN: reads drafts and writes the sign-off. */
  token: string;
  /** SANITY_API_HOST, for a stand-in API; the project id is then not put in the host name. */
  apiHost?: string;
}

export function sanitySignoffBackend(config: SanityBackendConfig): SignoffBackend {
  const client: SanityClient = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    token: config.token,
    apiVersion: SANITY_API_VERSION,
    useCdn: false,
    perspective: "raw",
    ...(config.apiHost && { apiHost: config.apiHost, useProjectHostname: false }),
  });
  return {
    async whoIs(userToken) {
      try {
        const user = await client
          .withConfig({ token: userToken })
          .request<{ id?: unknown; name?: unknown; email?: unknown } | null>({ uri: "/users/me", tag: "signoff.who" });
        if (!user || typeof user.id !== "string") return null;
        return {
          id: user.id,
          name: typeof user.name === "string" ? user.name : null,
          email: typeof user.email === "string" ? user.email : null,
        };
      } catch (error) {
        if ((error as { statusCode?: number }).statusCode === 401) return null;
        throw error;
      }
    },
    documents: (ids) => client.fetch<RawDocument[]>("*[_id in $ids]", { ids: [...ids] }, { tag: "signoff.read" }),
    async settings() {
      const settings = await client.fetch<{ timeZone?: string; reviewIntervalMonths?: number } | null>(
        "*[_id == $id][0]{timeZone, reviewIntervalMonths}",
        { id: SITE_SETTINGS_ID },
      );
      return { timeZone: settings?.timeZone ?? "UTC", reviewIntervalMonths: settings?.reviewIntervalMonths ?? 12 };
    },
    async commit(mutations) {
      await client.mutate(mutations, { visibility: "sync", tag: "signoff.write" });
    },
  };
}
