import {
  DEFAULT_MAX_REVIEW_INTERVAL_MONTHS,
  DEFAULT_READING_GRADE_TARGET,
  DEFAULT_REVIEW_INTERVAL_MONTHS,
  DEFAULT_TIME_ZONE,
  SANITY_API_VERSION,
  SITE_SETTINGS_ID,
  studioSettingsQuery,
} from "@patient-ed/content";
import type { StudioSettingsQueryResult } from "@patient-ed/content/generated-types";
import type { SanityClient } from "sanity";

/** What the Studio's rules, initial values and actions take from settings, with every default applied. */
export interface StudioSettings {
  defaultDisclaimer: string | null;
  reviewIntervalMonths: number;
  maxReviewIntervalMonths: number;
  readingGradeTarget: number;
  timeZone: string;
}

/** Every client the Studio code makes: the pinned API version. */
export const STUDIO_CLIENT_OPTIONS = { apiVersion: SANITY_API_VERSION } as const;

function withDefaults(settings: StudioSettingsQueryResult): StudioSettings {
  const positive = (value: number | null | undefined) => (typeof value === "number" && value > 0 ? value : undefined);
  return {
    defaultDisclaimer: settings?.defaultDisclaimer ?? null,
    reviewIntervalMonths: positive(settings?.reviewIntervalMonths) ?? DEFAULT_REVIEW_INTERVAL_MONTHS,
    maxReviewIntervalMonths: positive(settings?.maxReviewIntervalMonths) ?? DEFAULT_MAX_REVIEW_INTERVAL_MONTHS,
    readingGradeTarget: positive(settings?.readingGradeTarget) ?? DEFAULT_READING_GRADE_TARGET,
    timeZone: settings?.timeZone || DEFAULT_TIME_ZONE,
  };
}

const cache = new WeakMap<SanityClient, Promise<StudioSettings>>();

function fetchSettings(client: SanityClient): Promise<StudioSettings> {
  return client
    .fetch<StudioSettingsQueryResult>(studioSettingsQuery, { settingsId: SITE_SETTINGS_ID })
    .then(withDefaults);
}

/**
 * The settings, fetched once per client and shared by every rule, initial
 * value and action while the Studio is open. In the Studio a listener
 * refreshes them when an editor publishes new settings; offline validation's
 * client has no listener and reads them once.
 */
export function studioSettings(client: SanityClient): Promise<StudioSettings> {
  const cached = cache.get(client);
  if (cached) return cached;
  const settings = fetchSettings(client);
  cache.set(client, settings);
  if (typeof client.listen === "function") {
    client.listen(`*[_id == $settingsId]`, { settingsId: SITE_SETTINGS_ID }, { events: ["mutation"] }).subscribe({
      next: () => cache.set(client, fetchSettings(client)),
      error: () => cache.delete(client),
    });
  }
  return settings;
}
