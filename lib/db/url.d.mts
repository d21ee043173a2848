export type DatabaseProvider = "sqlite" | "postgresql";
export declare const DEFAULT_DATABASE_URL: "file:./data/desk.db";
export declare function redactUrl(url: string): string;
export declare function providerFromUrl(url: string): DatabaseProvider;
export declare function sqlitePath(url: string, cwd?: string): string;
export declare function resolveDatabaseUrl(url?: string, cwd?: string): string;
export declare function databaseProvider(url?: string): DatabaseProvider;
export declare function pgConnectionConfig(url: string): {
  config: { connectionString: string; options?: string };
  schema: string | undefined;
};
