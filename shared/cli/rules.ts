import { loadCatalogue } from '../rules/catalogue';
import { catalogueToJson } from '../rules/catalogue/to-json';
import { decisionToJson } from '../rules/decision';
import { evaluateClaim } from '../rules/engine/evaluate';
import { validateClaim } from '../rules/validate';

/** Exit codes of the rules command line (spec §1). */
const VALID = 0;
const FAILURE = 1;
const INVALID = 2;

const usage = 'usage: rules evaluate FILE|- | rules catalogue';

/** Runs the command with its arguments and streams; returns the exit code. */
export function runRulesCli(
  args: readonly string[],
  io: { stdout: (text: string) => void; stderr: (text: string) => void; readFile: (path: string) => string },
): number {
  const [command, file, ...rest] = args;
  if (command === 'catalogue' && file === undefined) {
    io.stdout(`${JSON.stringify(catalogueToJson(loadCatalogue()))}\n`);
    return VALID;
  }
  if (command !== 'evaluate' || file === undefined || rest.length > 0) {
    io.stderr(`${usage}\n`);
    return FAILURE;
  }
  let input: unknown;
  try {
    input = JSON.parse(io.readFile(file));
  } catch (error) {
    if (error instanceof SyntaxError) {
      io.stderr(
        `${JSON.stringify({ errors: [{ path: '', message: `ugyldig JSON / invalid JSON: ${error.message}` }] })}\n`,
      );
      return INVALID;
    }
    io.stderr(`cannot read ${file}: ${(error as Error).message}\n`);
    return FAILURE;
  }
  const catalogue = loadCatalogue();
  const check = validateClaim(input, catalogue);
  if (!check.ok) {
    io.stderr(`${JSON.stringify({ errors: check.errors })}\n`);
    return INVALID;
  }
  io.stdout(`${JSON.stringify(decisionToJson(evaluateClaim(catalogue, check.claim)), null, 2)}\n`);
  return VALID;
}
