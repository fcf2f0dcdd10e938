import {
  DEFAULT_TIME_ZONE,
  estimateReadability,
  governanceQuery,
  isCalendarDate,
  portableTextWords,
  REVIEWED_TYPES,
  reviewStatus,
  SITE_SETTINGS_ID,
  siteSettingsQuery,
  type CalendarDate,
  type ContentSource,
  type LooseBlock,
  type TrustedKey,
} from "@patient-ed/content";
import { z } from "zod";
import { reportSignoff, type ReportSignoff } from "./reportSignoff.ts";

export type GovernanceStatus = "current" | "due soon" | "overdue" | "no review date";

export interface GovernanceRow extends ReportSignoff {
  id: string;
  type: string;
  title: string;
  reviewer: string;
  lastReviewed: string;
  nextReviewDue: string;
  status: GovernanceStatus;
  readingGrade: number | null;
  references: number;
}

// Lenient on purpose: the report must describe broken documents too, not refuse them.
const governanceRecord = z.object({
  _id: z.string(),
  _type: z.string(),
  title: z.string().nullable().catch(null),
  reviewer: z.string().nullable().catch(null),
  lastReviewed: z.string().nullable().catch(null),
  nextReviewDue: z.string().nullable().catch(null),
  text: z
    .array(z.looseObject({ _type: z.string().optional() }))
    .nullable()
    .catch(null),
  referenceCount: z.number().catch(0),
  reviewerId: z.string().nullable().catch(null),
  signedContent: z.record(z.string(), z.unknown()).nullable().catch(null),
  clinicalSignoff: z.unknown(),
});

const STATUS_LABELS = { current: "current", "due-soon": "due soon", overdue: "overdue" } as const;

function statusOf(nextReviewDue: string | null, today: CalendarDate): GovernanceStatus {
  if (!nextReviewDue || !isCalendarDate(nextReviewDue)) return "no review date";
  return STATUS_LABELS[reviewStatus(nextReviewDue, today)];
}

/**
 * One row per article and FAQ entry, read through any content source, its sign-off judged against the keys the
 * build would trust for that source (signoffTrustFromEnv).
 */
export async function governanceRows(
  source: ContentSource,
  today: CalendarDate,
  signoffKeys: readonly TrustedKey[],
): Promise<GovernanceRow[]> {
  const records = z.array(governanceRecord).parse(await source.fetch(governanceQuery, { types: [...REVIEWED_TYPES] }));
  return records.map((record) => ({
    id: record._id,
    type: record._type,
    title: record.title ?? "(untitled)",
    reviewer: record.reviewer ?? "(none)",
    lastReviewed: record.lastReviewed ?? "",
    nextReviewDue: record.nextReviewDue ?? "",
    status: statusOf(record.nextReviewDue, today),
    readingGrade: estimateReadability(portableTextWords(record.text as LooseBlock[] | null)).grade,
    references: record.referenceCount,
    ...reportSignoff(record, signoffKeys),
  }));
}

/** The settings' time zone, read leniently (UTC when unset). */
export async function settingsTimeZone(source: ContentSource): Promise<string> {
  const settings = (await source.fetch(siteSettingsQuery, { settingsId: SITE_SETTINGS_ID })) as {
    timeZone?: unknown;
  } | null;
  return typeof settings?.timeZone === "string" && settings.timeZone ? settings.timeZone : DEFAULT_TIME_ZONE;
}
