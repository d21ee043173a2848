// better-sqlite3 ships no types; these are the calls the benchmarks make on it directly (the app
// reaches it only through Prisma's adapter).
declare module "better-sqlite3" {
  interface Statement {
    run(...params: unknown[]): { changes: number };
    all(...params: unknown[]): unknown[];
    get(...params: unknown[]): unknown;
  }
  export default class Database {
    constructor(filename: string, options?: { readonly?: boolean });
    prepare(sql: string): Statement;
    pragma(source: string): unknown;
    transaction<T extends (...args: never[]) => unknown>(fn: T): T;
    close(): void;
  }
}
