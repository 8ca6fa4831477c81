import { createServer } from 'node:net';

/** The region the local clients name; DynamoDB Local (shared database) and s3rver accept any. */
export const LOCAL_REGION = 'eu-north-1';

/**
 * Fake static credentials: s3rver knows exactly this key pair, and giving the SDK a pair keeps it
 * from searching the machine (or the network's instance metadata) for real ones.
 */
export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/** A port on 127.0.0.1 that was free a moment ago, for a server that cannot listen on port 0 itself. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}
