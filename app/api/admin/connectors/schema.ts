import { z } from "zod";
import { connectorSettingsSchema } from "@/lib/business/connector-settings";

export const connectorSettingsBody = z.strictObject({ settings: connectorSettingsSchema });
