import { loadCatalogue } from '../../shared/rules/catalogue';
import { decisionToJson } from '../../shared/rules/decision';
import { evaluateClaim } from '../../shared/rules/engine/evaluate';
import { validateClaim } from '../../shared/rules/validate';
import { claimMix } from './claims';

/**
 * Evaluates the claim mix from a decoded claim to the decision as printed (validation, rules and
 * DKK formatting included; JSON text decoding is the transport's and left out), on this one thread.
 */
export function benchRules(seconds = 3) {
  const catalogue = loadCatalogue();
  const inputs: unknown[] = claimMix.map((claim) => JSON.parse(JSON.stringify(claim)));
  const run = (count: number) => {
    let payable = 0;
    for (let i = 0; i < count; i++) {
      const check = validateClaim(inputs[i % inputs.length], catalogue);
      if (check.ok) payable += decisionToJson(evaluateClaim(catalogue, check.claim)).payable.length;
    }
    return payable;
  };
  run(20_000); // warm up the JIT
  // Several windows, reported by their median: a shared virtual machine has noisy neighbours.
  const rates: number[] = [];
  let claims = 0;
  for (let window = 0; window < 7; window++) {
    const started = process.hrtime.bigint();
    let inWindow = 0;
    let elapsed = 0;
    while (elapsed < seconds / 7) {
      run(5_000);
      inWindow += 5_000;
      elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    }
    claims += inWindow;
    rates.push(inWindow / elapsed);
    if (process.env.BENCH_DEBUG) process.stderr.write(`${Math.round(inWindow / elapsed)} `);
  }
  rates.sort((a, b) => a - b);
  return { name: 'rules', claims, perSecond: Math.round(rates[3] ?? 0) };
}
