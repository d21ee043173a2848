export { apiTokenInput as createApiTokenBody } from "@/lib/api/token-input";
