// Types for schema-engine.mjs (plain ESM so `node scripts/…` can run it without tsx).
export * from "./url.mjs";

export interface SchemaFilter {
  externalTables: string[];
  externalEnums: string[];
}
export declare const EMPTY_FILTERS: Readonly<SchemaFilter>;
export declare const OFFLINE_POSTGRES_URL: string;

export interface MigrationList {
  baseDir: string;
  lockfile: { path: string; content: string | null };
  migrationDirectories: {
    path: string;
    migrationFile: { path: string; content: { tag: "ok"; value: string } | { tag: "error"; value: string } };
  }[];
  shadowDbInitScript: string;
}

export interface SchemaEngineSession {
  /** The raw WASM engine (`@prisma/schema-engine-wasm` SchemaEngine). */
  engine: unknown;
  /** Calls an engine method by its JSON-RPC name, smoothing the driver-adapter quirks. */
  call(method: "applyMigrations", params: { migrationsList: MigrationList; filters: SchemaFilter }): Promise<{ appliedMigrationNames: string[] }>;
  call(method: "diff", params: { from: unknown; to: unknown; script: boolean; exitCode: boolean | null; filters: SchemaFilter }): Promise<{ exitCode: number; stdout: string }>;
  call(method: string, params?: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export declare function loadSchemaEngineWasm(): Promise<unknown>;
export declare function isMultiStatement(sql: string): boolean;
export declare function createAdapterFactory(url: string, options?: { shadowDatabaseUrl?: string; tracked?: Set<unknown> }): Promise<unknown>;
export declare function createOfflinePgAdapterFactory(): unknown;
export declare function readMigrationsList(baseDir: string, shadowDbInitScript?: string): Promise<MigrationList>;
export declare function openSchemaEngine(options: {
  url: string;
  shadowDatabaseUrl?: string;
  datamodels?: [path: string, content: string][];
  onLog?: (line: string) => void;
}): Promise<SchemaEngineSession>;
export declare function readDatamodels(files: string[]): [string, string][];
export declare function fileExists(path: string): boolean;
