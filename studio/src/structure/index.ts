import { CogIcon } from "@sanity/icons/Cog";
import type { StructureResolver } from "sanity/structure";
import { SITE_SETTINGS_ID } from "../settings.ts";

/** Articles, FAQs, People and Pages, then Settings as a single fixed document. */
export const structure: StructureResolver = (S) =>
  S.list()
    .title("Content")
    .items([
      S.documentTypeListItem("article").title("Articles"),
      S.documentTypeListItem("faq").title("FAQs"),
      S.documentTypeListItem("person").title("People"),
      S.documentTypeListItem("page").title("Pages"),
      S.divider(),
      S.listItem()
        .title("Settings")
        .id(SITE_SETTINGS_ID)
        .icon(CogIcon)
        .child(S.document().schemaType("siteSettings").documentId(SITE_SETTINGS_ID).title("Site settings")),
    ]);
