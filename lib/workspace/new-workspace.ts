import { randomBytes } from "node:crypto";
import {
  defaultAuthorityLimits,
  defaultBusinessHours,
  defaultEscalationPolicy,
  defaultSlaPolicy,
  defaultWidgetSettings,
} from "./settings";

/**
 * The columns of a new workspace: the settings every workspace starts from and a fresh widget
 * secret. The demo store and a production desk's first workspace both start here.
 */
export function newWorkspaceData(input: { name: string; slug: string; timezone?: string }) {
  return {
    name: input.name,
    slug: input.slug,
    timezone: input.timezone ?? "UTC",
    widgetSettings: defaultWidgetSettings,
    widgetSecret: randomBytes(32).toString("base64url"),
    escalationPolicy: defaultEscalationPolicy,
    businessHours: defaultBusinessHours,
    authorityLimits: defaultAuthorityLimits,
    slaPolicy: defaultSlaPolicy,
  };
}

/** A widget-tag-friendly slug from a workspace's name ("Acme & Sons" -> "acme-sons"). */
export function workspaceSlug(name: string): string {
  const slug = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return slug || "desk";
}
