export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: string };

/** JSON POST to the desk; network failures come back as a result, not an exception. */
export async function post<T>(path: string, body: unknown, token?: string): Promise<ApiResult<T>> {
  try {
    const response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = (await response.json().catch(() => ({}))) as { error?: string };
    if (!response.ok) return { ok: false, status: response.status, error: json.error ?? response.statusText };
    return { ok: true, data: json as T };
  } catch (error) {
    return { ok: false, status: 0, error: error instanceof Error ? error.message : String(error) };
  }
}
