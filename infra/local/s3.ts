import { mkdir } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import S3rver from 's3rver';

/** The local buckets; the stateful stack names the deployed ones. */
export const LOCAL_BUCKETS = { receipts: 'supplements-receipts', finance: 'supplements-finance' };

/** An s3rver and the endpoint the S3 client and the pre-signed URLs use. */
export type LocalS3 = { endpoint: string; stop: () => Promise<void> };

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The receipts bucket's CORS rule, as the stateful stack sets it in AWS: the family's browser PUTs
 * each receipt straight to the bucket with the pre-signed URL, from the site's own origin.
 */
export function receiptsCors(origins: string[]): string {
  const allowed = origins.map((origin) => `<AllowedOrigin>${escapeXml(origin)}</AllowedOrigin>`).join('');
  return `<CORSConfiguration><CORSRule>${allowed}<AllowedMethod>PUT</AllowedMethod><AllowedHeader>content-type</AllowedHeader><AllowedHeader>content-md5</AllowedHeader><AllowedHeader>x-amz-*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>`;
}

/**
 * Starts s3rver on 127.0.0.1 with its objects in `dir` and the receipts and finance buckets
 * (created when missing, their CORS rule set on every start).
 */
export async function startS3(options: { dir: string; port: number; origins: string[] }): Promise<LocalS3> {
  const directory = resolvePath(options.dir);
  await mkdir(directory, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port,
    directory,
    silent: true,
    // Path-style URLs only: a bucket name in the host would need DNS for *.127.0.0.1.
    vhostBuckets: false,
    configureBuckets: [
      { name: LOCAL_BUCKETS.receipts, configs: [receiptsCors(options.origins)] },
      { name: LOCAL_BUCKETS.finance },
    ],
  });
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    stop: () => server.close(),
  };
}
