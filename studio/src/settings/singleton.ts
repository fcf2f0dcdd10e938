import { SINGLETON_TYPES } from "@patient-ed/content";
import type { DocumentActionComponent, TemplateItem } from "sanity";

const singletons: ReadonlySet<string> = new Set(SINGLETON_TYPES);

/** Actions a singleton keeps: it can be edited and published, never deleted, duplicated or unpublished. */
const SINGLETON_ACTIONS = new Set(["publish", "discardChanges", "restore"]);

/** Singletons exist exactly once, with a fixed id: "New document" never offers them. */
export function withoutSingletonTemplates(templates: TemplateItem[]): TemplateItem[] {
  return templates.filter((template) => !singletons.has(template.templateId));
}

export function isSingleton(schemaType: string): boolean {
  return singletons.has(schemaType);
}

export function singletonActions(actions: DocumentActionComponent[], schemaType: string): DocumentActionComponent[] {
  if (!isSingleton(schemaType)) return actions;
  return actions.filter((action) => action.action !== undefined && SINGLETON_ACTIONS.has(action.action));
}
