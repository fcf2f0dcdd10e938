import { CogIcon } from "@sanity/icons/Cog";
import { WarningOutlineIcon } from "@sanity/icons/WarningOutline";
import type { StructureResolver } from "sanity/structure";
import { reviewLists } from "../review/reviewLists.ts";
import { ChangedSinceSignoffPane } from "../review/changedSinceSignoffPane.tsx";
import { studioToday } from "../review/studioToday.ts";
import { SANITY_API_VERSION, SITE_SETTINGS_ID } from "@patient-ed/content";

/**
 * Articles, FAQs, People and Pages; the clinical review work lists (articles
 * and FAQ entries together); then Settings as a single fixed document.
 */
export const structure: StructureResolver = (S) => {
  const today = studioToday();
  return S.list()
    .title("Content")
    .items([
      S.documentTypeListItem("article").title("Articles"),
      S.documentTypeListItem("faq").title("FAQ entries"),
      S.documentTypeListItem("person").title("People"),
      S.documentTypeListItem("page").title("Pages"),
      S.divider(),
      ...reviewLists.map((list) =>
        S.listItem()
          .id(list.id)
          .title(list.title)
          .icon(WarningOutlineIcon)
          .child(
            S.documentList()
              .id(list.id)
              .title(list.title)
              .apiVersion(SANITY_API_VERSION)
              .filter(list.filter)
              .params(list.params(today))
              .defaultOrdering([{ field: "nextReviewDue", direction: "asc" }]),
          ),
      ),
      S.listItem()
        .id("changed-since-signoff")
        .title("Changed since clinical sign-off")
        .icon(WarningOutlineIcon)
        .child(
          S.component(ChangedSinceSignoffPane).id("changed-since-signoff").title("Changed since clinical sign-off"),
        ),
      S.divider(),
      S.listItem()
        .title("Settings")
        .id(SITE_SETTINGS_ID)
        .icon(CogIcon)
        .child(S.document().schemaType(SITE_SETTINGS_ID).documentId(SITE_SETTINGS_ID).title("Site settings")),
    ]);
};
