// Byte relays between TCP ports on 127.0.0.1 and Unix sockets. A Unix socket is a file, so it is
// reachable from every network namespace: one relay runs outside graph-node's namespace and one
// inside, and the pair carries a loopback port across (see loopbackNamespace.ts).
import { rmSync } from "node:fs";
import { connect, createServer, type Server, type Socket } from "node:net";

export type Endpoint = { port: number } | { path: string };

export function parseEndpoint(text: string): Endpoint {
  const [kind, ...rest] = text.split(":");
  const value = rest.join(":");
  if (kind === "tcp" && /^\d+$/.test(value)) return { port: Number(value) };
  if (kind === "unix" && value.startsWith("/")) return { path: value };
  throw new Error(`"${text}" is not an endpoint (tcp:<port> or unix:<absolute path>)`);
}

export const formatEndpoint = (endpoint: Endpoint) =>
  "port" in endpoint ? `tcp:${endpoint.port}` : `unix:${endpoint.path}`;

/** Listens on `listen` and pipes each connection to a new connection to `target`. */
export function relay(listen: Endpoint, target: Endpoint): Promise<Server> {
  // No Nagle: the relayed protocols (JSON-RPC, GraphQL, Postgres) are small request/response
  // exchanges that would otherwise wait on delayed ACKs at every hop.
  const server = createServer({ allowHalfOpen: true, noDelay: true }, (client) => {
    const upstream: Socket =
      "port" in target ? connect({ port: target.port, host: "127.0.0.1", noDelay: true }) : connect(target.path);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", close).on("close", close);
    upstream.on("error", close).on("close", close);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  if ("path" in listen) rmSync(listen.path, { force: true });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    const ready = () => resolve(server);
    if ("port" in listen) server.listen(listen.port, "127.0.0.1", ready);
    else server.listen(listen.path, ready);
  });
}
