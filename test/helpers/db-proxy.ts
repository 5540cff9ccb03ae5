// A TCP proxy between the app and the database server, so tests can take the database away
// (and slow it down) without touching the real server other tests use.
import net from 'node:net';

export interface DbProxy {
  /** MONGODB_URI-style host:port of the proxy. */
  address: string;
  /** The database "goes down": open connections are cut and new ones refused. */
  cut(): void;
  /** The database "comes back". */
  restore(): void;
  /** Delay added to every chunk in both directions. */
  setLatency(ms: number): void;
  close(): Promise<void>;
}

export async function startDbProxy(target: { host: string; port: number }): Promise<DbProxy> {
  let down = false;
  let latency = 0;
  const sockets = new Set<net.Socket>();
  const relay = (from: net.Socket, to: net.Socket) => {
    from.on('data', (chunk) => {
      if (latency === 0) to.write(chunk);
      else setTimeout(() => to.writable && to.write(chunk), latency);
    });
  };
  const server = net.createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    relay(client, upstream);
    relay(upstream, client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    cut() {
      down = true;
      for (const s of sockets) s.destroy();
    },
    restore() {
      down = false;
    },
    setLatency(ms: number) {
      latency = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** host and port of a single-host mongodb:// URI, or null (mongodb+srv, replica set lists). */
export function uriTarget(uri: string): { host: string; port: number } | null {
  const match = /^mongodb:\/\/(?:[^@/]+@)?([^:/,?]+)(?::(\d+))?(?:[/?]|$)/.exec(uri);
  if (!match || uri.slice(10).split('/')[0]!.includes(',')) return null;
  return { host: match[1]!, port: Number(match[2] ?? 27017) };
}

/** The same URI routed through the proxy. */
export function viaProxy(uri: string, proxy: DbProxy): string {
  return uri.replace(/^mongodb:\/\/((?:[^@/]+@)?)[^/?]+/, `mongodb://$1${proxy.address}`);
}
