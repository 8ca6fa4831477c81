import { benchColdStart } from './cold-start';
import { benchE2e } from './e2e';
import { benchPages } from './pages';
import { benchPayouts } from './payouts';
import { benchRules } from './rules';

/** `npm run bench -- NAME [ARGS]`: runs one benchmark and prints its JSON line. */
const benches: Record<string, (args: string[]) => unknown> = {
  rules: () => benchRules(),
  payouts: ([count]) => benchPayouts(Number(count ?? 100_000)),
  e2e: ([concurrency, total]) => benchE2e(Number(concurrency ?? 20), Number(total ?? 200)),
  pages: () => benchPages(),
  'cold-start': ([runs, compare]) => benchColdStart(Number(runs ?? 7), compare === 'compare'),
};

const [name = 'rules', ...args] = process.argv.slice(2);
const bench = benches[name];
if (!bench) {
  process.stderr.write(`unknown benchmark ${name}; known: ${Object.keys(benches).join(', ')}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write(`${JSON.stringify(await bench(args))}\n`);
}
