import type { RawDocument } from "@patient-ed/content";
import { SanityApiError, type Lookup, type SanityMutation } from "./datasetStore.ts";

/** One action of Sanity's Actions API (`sanity.action.document.*`), as the Studio sends it. */
export interface DocumentAction {
  actionType: string;
  draftId?: string;
  publishedId?: string;
  attributes?: Record<string, unknown>;
  ifExists?: "fail" | "ignore";
  patch?: Record<string, unknown>;
  includeDrafts?: string[];
  ifPublishedRevisionId?: string;
}

function required(value: string | undefined, field: string, action: DocumentAction): string {
  if (!value) throw new SanityApiError(400, `${action.actionType} needs ${field}`);
  return value;
}

/** Without its system fields: what a copy from draft to published (or back) carries over. */
function content(doc: RawDocument): Record<string, unknown> {
  const { _id: _ignoredId, _rev: _ignoredRev, _updatedAt: _ignoredUpdated, ...rest } = doc;
  return rest;
}

/**
 * Turns one action into the mutations the Content Lake performs for it
 * (see https://www.sanity.io/docs/http-reference/actions). `lookup` sees the
 * dataset with the transaction's earlier actions applied.
 */
export function mutationsFor(action: DocumentAction, lookup: Lookup): SanityMutation[] {
  switch (action.actionType) {
    case "sanity.action.document.create": {
      const publishedId = required(action.publishedId, "publishedId", action);
      const attributes = { ...action.attributes, _id: action.attributes?._id ?? `drafts.${publishedId}` };
      if (lookup(String(attributes._id)) && action.ifExists === "ignore") return [];
      return [{ create: attributes }];
    }
    case "sanity.action.document.edit": {
      const draftId = required(action.draftId, "draftId", action);
      const publishedId = required(action.publishedId, "publishedId", action);
      const published = lookup(publishedId);
      const start: SanityMutation[] = [];
      if (!lookup(draftId)) {
        if (!published) throw new SanityApiError(409, `Cannot edit "${publishedId}": neither it nor its draft exists`);
        start.push({ create: { ...content(published), _id: draftId } });
      }
      return [...start, { patch: { ...action.patch, id: draftId } }];
    }
    case "sanity.action.document.publish": {
      const draftId = required(action.draftId, "draftId", action);
      const publishedId = required(action.publishedId, "publishedId", action);
      const draft = lookup(draftId);
      if (!draft) throw new SanityApiError(409, `Cannot publish "${publishedId}": it has no draft`);
      const published = lookup(publishedId);
      if (action.ifPublishedRevisionId && published && published._rev !== action.ifPublishedRevisionId)
        throw new SanityApiError(
          409,
          `Cannot publish "${publishedId}": it changed since revision ${action.ifPublishedRevisionId}`,
        );
      return [{ createOrReplace: { ...content(draft), _id: publishedId } }, { delete: { id: draftId } }];
    }
    case "sanity.action.document.discard":
      return [{ delete: { id: required(action.draftId, "draftId", action) } }];
    case "sanity.action.document.delete": {
      const publishedId = required(action.publishedId, "publishedId", action);
      const ids = [publishedId, ...(action.includeDrafts ?? [])].filter((id) => lookup(id));
      return ids.map((id) => ({ delete: { id } }));
    }
    case "sanity.action.document.unpublish": {
      const draftId = required(action.draftId, "draftId", action);
      const publishedId = required(action.publishedId, "publishedId", action);
      const published = lookup(publishedId);
      if (!published) throw new SanityApiError(409, `Cannot unpublish "${publishedId}": it is not published`);
      const keepDraft: SanityMutation[] = lookup(draftId) ? [] : [{ create: { ...content(published), _id: draftId } }];
      return [...keepDraft, { delete: { id: publishedId } }];
    }
    case "sanity.action.document.replaceDraft": {
      const publishedId = required(action.publishedId, "publishedId", action);
      return [{ createOrReplace: { ...action.attributes, _id: `drafts.${publishedId}` } }];
    }
    default:
      throw new SanityApiError(400, `The stand-in does not support ${action.actionType}`);
  }
}
