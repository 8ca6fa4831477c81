import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  APP_ASSETS,
  browserBundles,
  dkfdsSubset,
  SUBSET_NAME,
  VERSIONS_FILE,
  versionsSource,
} from './assets';

// `npm run assets`: writes the pages' scripts, the DKFDS subset and the asset versions
// (test/infra/assets.test.ts checks all three are current). The scripts first: the subset keeps the
// classes they name, and the versions hash them.
for (const [name, { text }] of Object.entries(await browserBundles())) {
  writeFileSync(join(APP_ASSETS, name), text);
  process.stdout.write(`${name}: ${Buffer.byteLength(text)} bytes\n`);
}
const subset = await dkfdsSubset();
writeFileSync(join(APP_ASSETS, SUBSET_NAME), subset);
writeFileSync(VERSIONS_FILE, versionsSource(subset));
process.stdout.write(`${SUBSET_NAME}: ${subset.length} bytes\n`);
