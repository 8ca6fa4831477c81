import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_ASSETS, dkfdsSubset, SUBSET_NAME, VERSIONS_FILE, versionsSource } from './assets';

// `npm run assets`: writes the DKFDS subset and the asset versions (test/infra/assets.test.ts checks both are current).
const subset = await dkfdsSubset();
writeFileSync(join(APP_ASSETS, SUBSET_NAME), subset);
writeFileSync(VERSIONS_FILE, versionsSource(subset));
process.stdout.write(`${SUBSET_NAME}: ${subset.length} bytes\n`);
