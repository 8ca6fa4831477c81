import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const HTTP = fileURLToPath(new URL('../../shared/http/', import.meta.url));

/** The ports of `Deps` (stores, mail, workflow, providers); settings, the clock and the catalogue are not. */
const PORTS = [
  'applications',
  'links',
  'receipts',
  'registry',
  'mailer',
  'workflow',
  'ledger',
  'idempotency',
  'journal',
  'sessions',
  'accessLog',
  'metrics',
  'identityProviders',
  'letters',
  'payouts',
];

describe('routes reach ports only through their use cases', () => {
  it('no file of shared/http reads a port from deps', () => {
    const found = new Set<string>();
    for (const file of readdirSync(HTTP).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(`${HTTP}${file}`, 'utf8');
      for (const match of text.matchAll(/\bdeps\.([A-Za-z]+)\b/g)) {
        if (match[1] && PORTS.includes(match[1])) found.add(`${file}: deps.${match[1]}`);
      }
    }
    expect([...found].sort()).toEqual([]);
  });
});
