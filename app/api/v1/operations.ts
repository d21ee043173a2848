import type { Operation } from "@/lib/api/operation";
import { analyticsTable } from "./analytics/[table]/schema";
import { deleteArticle, readArticle, replaceArticle } from "./articles/[id]/schema";
import { createArticle, listArticles } from "./articles/schema";
import { assignConversation } from "./conversations/[id]/assign/schema";
import { postMessage } from "./conversations/[id]/messages/schema";
import { resolveConversation } from "./conversations/[id]/resolve/schema";
import { readConversation } from "./conversations/[id]/schema";
import { createConversation, listConversations } from "./conversations/schema";
import { exportCustomer } from "./customers/[externalId]/export/schema";
import { eraseCustomer, readCustomer, upsertCustomer } from "./customers/[externalId]/schema";

/** Every operation of the REST API, in the order the OpenAPI document lists them. */
export const apiOperations: readonly Operation[] = [
  listConversations,
  createConversation,
  readConversation,
  postMessage,
  assignConversation,
  resolveConversation,
  upsertCustomer,
  readCustomer,
  eraseCustomer,
  exportCustomer,
  listArticles,
  createArticle,
  readArticle,
  replaceArticle,
  deleteArticle,
  analyticsTable,
];
