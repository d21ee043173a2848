/**
 * The address people use to reach the desk. Behind a reverse proxy that ends TLS, the desk itself
 * sees plain HTTP and an internal Host, so `DESK_PUBLIC_URL` (or next-auth's `NEXTAUTH_URL`)
 * says what browsers see.
 */
export function deskPublicUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.DESK_PUBLIC_URL || env.NEXTAUTH_URL || undefined;
}

/** Session cookies are `Secure` (and `__Secure-` named) whenever browsers reach the desk over HTTPS. */
export function publicUrlIsHttps(env: Record<string, string | undefined> = process.env): boolean {
  return deskPublicUrl(env)?.toLowerCase().startsWith("https://") ?? false;
}

/** The origins the desk is served under besides the request's Host header. */
export function configuredOrigins(env: Record<string, string | undefined> = process.env): string[] {
  const origins: string[] = [];
  for (const url of [env.DESK_PUBLIC_URL, env.NEXTAUTH_URL]) {
    if (!url) continue;
    try {
      origins.push(new URL(url).origin);
    } catch {
      // A malformed URL names no origin; the Host header still does.
    }
  }
  return origins;
}
