import type { IncomingMessage } from "node:http";

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * The address of the person asking. Behind a proxy on the same machine (deploy/nginx.conf), every connection
 * comes from loopback and the proxy appends the address it saw to X-Forwarded-For: its last entry is the one to
 * trust (earlier entries are whatever the client sent). A connection from anywhere else is its own address.
 */
export function clientAddress(req: Pick<IncomingMessage, "headers"> & { socket: { remoteAddress?: string } }): string {
  const peer = req.socket.remoteAddress ?? "";
  if (!LOOPBACK.test(peer)) return peer;
  const header = req.headers["x-forwarded-for"];
  const forwarded = (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",").map((part) => part.trim()).filter(Boolean);
  return forwarded.at(-1) ?? peer;
}
