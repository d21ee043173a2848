// What app code imports from the database layer: `import { getDb, type Conversation } from "@/lib/db"`
// (or a relative path). Never import lib/generated/* directly.
//
// Not re-exported here: applyMigrations (lib/db/migrate), which loads the WASM schema engine
// and belongs to server.ts and scripts, not to the Next.js bundle.
export { createDb, databaseProvider, disconnectDb, getDb, openedDb, resolveDatabaseUrl } from "./client";
export type { DatabaseProvider, Db } from "./client";
export { isTransactionClient } from "./transaction-client";

// Enums: values and types (`Role.agent`, `type Role`).
export * from "./enums";

// Model types (`Workspace`, `Conversation`, …) and the Prisma namespace (input/output types such
// as `Prisma.ConversationWhereInput`, `Prisma.JsonValue`, plus runtime helpers shared by both
// providers: `Prisma.DbNull`, `Prisma.JsonNull`, `Prisma.PrismaClientKnownRequestError`, …).
export { Prisma } from "../generated/sqlite/client";
export type {
  Attachment,
  AuditLog,
  Conversation,
  ConversationEvent,
  Customer,
  KnowledgeArticle,
  LabelledExample,
  Message,
  OneTimeLink,
  Order,
  OrderItem,
  Payment,
  Product,
  Refund,
  Subscription,
  User,
  Workspace,
} from "../generated/sqlite/client";
