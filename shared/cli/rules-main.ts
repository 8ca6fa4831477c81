import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runRulesCli } from './rules';

// npm runs scripts from the package root; a relative FILE means relative to where npm was called.
const base = process.env.INIT_CWD ?? process.cwd();

try {
  process.exitCode = runRulesCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFileSync(path === '-' ? 0 : resolve(base, path), 'utf8'),
  });
} catch (error) {
  process.stderr.write(`${String((error as Error).message).split('\n')[0]}\n`);
  process.exitCode = 1;
}
