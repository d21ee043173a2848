import type { Socket } from "socket.io-client";

/** Resolves once the socket is connected; rejects with the server's refusal. */
export function connected<S extends Socket>(socket: S): Promise<S> {
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}
