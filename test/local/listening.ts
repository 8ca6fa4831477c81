import { readFile } from 'node:fs/promises';

/** The local addresses listening on `port`, read from the kernel's socket tables (hex, as Linux keeps them). */
export async function listeningAddresses(port: number): Promise<string[]> {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const addresses: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const rows = (await readFile(table, 'utf8')).trim().split('\n').slice(1);
    for (const row of rows) {
      const [, local, , state] = row.trim().split(/\s+/);
      const [address, localPort] = (local ?? '').split(':');
      if (state === '0A' && localPort === hexPort && address) addresses.push(address);
    }
  }
  return addresses;
}

/** 127.0.0.1 as /proc/net/tcp writes it (little-endian) and as an IPv4-mapped address in /proc/net/tcp6. */
const LOOPBACK = new Set(['0100007F', '0000000000000000FFFF00000100007F']);

/** Whether something listens on `port`, and only on 127.0.0.1. */
export async function listensOnLoopbackOnly(port: number): Promise<boolean> {
  const addresses = await listeningAddresses(port);
  return addresses.length > 0 && addresses.every((address) => LOOPBACK.has(address));
}
