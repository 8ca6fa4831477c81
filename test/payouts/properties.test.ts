import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { Applicant } from '../../shared/app/application';
import { runPayoutSlot } from '../../shared/app/use-cases/payout-run';
import { slotOf } from '../../shared/payouts/schedule';
import { loadCatalogue } from '../../shared/rules/catalogue';
import { entry, fileOf, payoutHarness, xsdErrors } from './fixtures';

const slot = slotOf(DateTime.fromISO('2026-03-04', { zone: 'Europe/Copenhagen' }));
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A CPR number as people type it (and as hostile clients send it): separators, padding, controls. */
const typedCpr = fc
  .record({
    day: fc.integer({ min: 1, max: 31 }),
    month: fc.integer({ min: 1, max: 13 }),
    year: fc.integer({ min: 0, max: 99 }),
    serial: fc.integer({ min: 0, max: 9999 }),
    between: fc.constantFrom('', '-', ' ', '  ', ' - ', '\t', '\u000b', '/'),
    around: fc.constantFrom('', ' ', '\u000b', '\n', '\u00a0', '\u0000'),
  })
  .map(
    (c) =>
      `${c.around}${pad(c.day, 2)}${pad(c.month, 2)}${pad(c.year, 2)}${c.between}${pad(c.serial, 4)}${c.around}`,
  );

const benefits = [...loadCatalogue().byId.values()].map((b) => ({ id: b.id, municipality: b.municipality }));

describe('payout files from accepted applications (property)', () => {
  it('any applicant the validator accepts yields a CSV and a pain.001 that pass the XSD', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            cpr: fc.oneof(typedCpr, fc.string({ unit: 'binary', maxLength: 14 })),
            name: fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
            benefit: fc.constantFrom(...benefits),
            amountOre: fc.integer({ min: 1, max: 100_000_000 }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 160 }),
        async (applications, initiatingParty) => {
          const { deps, ledger, files } = payoutHarness();
          deps.settings.initiatingParty = `Kommune ${initiatingParty}`;
          let n = 0;
          for (const a of applications) {
            const accepted = Applicant.safeParse({
              role: 'parent',
              name: a.name,
              email: 'familie@example.test',
              cpr: a.cpr,
            });
            if (!accepted.success) continue;
            n++;
            await ledger.schedule(
              entry(n, {
                payeeCpr: accepted.data.cpr,
                amountOre: a.amountOre,
                municipality: a.benefit.municipality,
                benefit: a.benefit.id,
              }),
            );
          }
          const batch = await runPayoutSlot(deps, slot);
          if (n === 0) return;
          expect(xsdErrors(fileOf(files, batch, 'pain.001.001.03'))).toBe('');
          const csv = fileOf(files, batch, 'csv').split('\r\n');
          expect(csv).toHaveLength(n + 3);
          for (const line of csv.slice(1, -2)) expect(line).toMatch(/^\d{10};\d+\.\d{2};/);
        },
      ),
      { numRuns: 40, seed: 20261207 },
    );
  });
});
