import type { DocumentActionComponent, TemplateItem } from "sanity";

/** Types that exist exactly once, with a fixed id, and are never created from "New document". */
export const SINGLETON_TYPES = new Set(["siteSettings"]);

/** Actions a singleton keeps: it can be edited and published, never deleted, duplicated or unpublished. */
const SINGLETON_ACTIONS = new Set(["publish", "discardChanges", "restore"]);

export function withoutSingletonTemplates(templates: TemplateItem[]): TemplateItem[] {
  return templates.filter((template) => !SINGLETON_TYPES.has(template.templateId));
}

export function singletonActions(actions: DocumentActionComponent[], schemaType: string): DocumentActionComponent[] {
  if (!SINGLETON_TYPES.has(schemaType)) return actions;
  return actions.filter((action) => action.action !== undefined && SINGLETON_ACTIONS.has(action.action));
}
