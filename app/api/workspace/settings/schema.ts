export { settingsPatchSchema as settingsPatchBody } from "@/lib/workspace/settings-sections";
