import { describe, expect, it } from 'vitest';
import { readApproval, readPurpose } from '../../../../shared/rules/engine/facts';
import { claim, codes, evaluate } from '../fixtures';

const trip = (date: string, purpose: string, extra: Record<string, unknown> = {}) => ({
  date,
  km: 20,
  purpose,
  ...extra,
});
const randersTrips = (trips: ReturnType<typeof trip>[], extra = {}) =>
  evaluate(claim({ benefit: 'ran-mileage', expenses: undefined, trips, ...extra }));
const rudersdalTrips = (
  benefit: string,
  role: 'relief-family' | 'foster-family',
  trips: ReturnType<typeof trip>[],
) => evaluate(claim({ municipality: 'rudersdal', benefit, applicant: { role }, expenses: undefined, trips }));

describe('the facts the sources decide by (issue 10, class 3)', () => {
  describe('a trip’s purpose', () => {
    it('pays Randers’ four purposes from the description’s words, approvable', () => {
      const decision = randersTrips([
        trip('2026-02-02', 'Aflevering fra aflastning'),
        trip('2026-02-03', 'Til besluttet behandlingsforløb'),
        trip('2026-02-04', 'Til skole under aflastning'),
        trip('2026-02-05', 'Møde i Myndighedscentret'),
      ]);
      expect(decision.outcome).toBe('approvable');
      expect(decision.lines.every((l) => l.payable === l.claimed)).toBe(true);
    });

    it('asks for Randers’ prior agreement for other driving, and pays it once the agreement is on file', () => {
      const other = [trip('2026-02-07', 'Tur i zoologisk have', { purposeCode: 'other' })];
      const without = randersTrips(other);
      expect(without.outcome).toBe('needs-assessment');
      expect(codes(without)).toContain('prior-approval-required');
      expect(without.payable).toBe(without.claimed);
      const agreed = randersTrips(other, {
        context: { priorApproval: { reference: 'MC-1', date: '2026-02-01' } },
      });
      expect(agreed.outcome).toBe('approvable');
    });

    it('pays Randers school driving only on weekdays', () => {
      const decision = randersTrips([trip('2026-02-07', 'Til skole', { purposeCode: 'school' })]);
      expect(codes(decision)).toContain('prior-approval-required');
    });

    it('refuses Rudersdal everyday driving as board and lodging, with its quote, for relief and foster families', () => {
      for (const [benefit, role] of [
        ['rud-mileage-relief', 'relief-family'],
        ['rud-mileage-foster', 'foster-family'],
      ] as const) {
        const decision = rudersdalTrips(benefit, role, [
          trip('2026-02-02', 'Kørsel til tandlæge'),
          trip('2026-02-03', 'x', { purposeCode: 'relief' }),
        ]);
        expect(decision.lines.map((l) => l.rule)).toEqual([`${benefit}/not-covered`, `${benefit}/rate`]);
        expect(decision.reasons).toContainEqual(
          expect.objectContaining({
            code: 'not-covered',
            source:
              '004_2ef01a3e92adb0b8.txt: "Kørsel til skole, daginstitution, læge, tandlæge, kammerater og fritidsinteresser"',
          }),
        );
      }
    });

    it('leaves Rudersdal relief driving beyond pick-up and return to the contract: assessed, favourable', () => {
      const decision = rudersdalTrips('rud-mileage-relief', 'relief-family', [
        trip('2026-02-02', 'Møde med skolen og PPR', { purposeCode: 'meeting' }),
      ]);
      expect(decision).toMatchObject({ outcome: 'needs-assessment' });
      expect(decision.payable).toBe(decision.claimed);
    });

    it('never approves a trip whose purpose is missing or unclear, and suggests paying it', () => {
      for (const decision of [
        randersTrips([trip('2026-02-02', 'Kørsel')]),
        rudersdalTrips('rud-mileage-foster', 'foster-family', [trip('2026-02-02', 'Kørsel med barnet')]),
      ]) {
        expect(decision.outcome).toBe('needs-assessment');
        expect(decision.payable).toBe(decision.claimed);
      }
    });

    it('reads the purpose with the sources’ words; a structured code wins over the text', () => {
      expect(readPurpose('Hentning til aflastning')).toBe('relief');
      expect(readPurpose('Kørsel til skole ved aflastning')).toBe('school');
      expect(readPurpose('Samvær med mor')).toBe('contact');
      expect(readPurpose('Møde på skolen')).toBeUndefined();
      expect(readPurpose('Kørsel', 'treatment')).toBe('treatment');
    });
  });

  describe('a car seat’s approval standard', () => {
    it('pays a Randers seat or cushion with i-Size or ECE R 44/03-04, refuses R 44/02, assesses unknown', () => {
      const seat = (description: string, extra = {}) =>
        evaluate(claim({ expenses: [{ date: '2026-02-20', amount: '1000.00', description, ...extra }] }));
      expect(seat('Autostol i-Size').outcome).toBe('approvable');
      expect(seat('Autostol', { approvalStandard: 'ece-r44-03' }).outcome).toBe('approvable');
      expect(seat('Autostol ECE R44/02')).toMatchObject({ outcome: 'rejected', payable: '0.00' });
      expect(seat('Autostol')).toMatchObject({ outcome: 'needs-assessment', payable: '1000.00' });
      const cushion = evaluate(
        claim({
          benefit: 'ran-booster-cushion',
          expenses: [{ date: '2026-02-20', amount: '200.00', description: 'Selepude' }],
        }),
      );
      expect(cushion).toMatchObject({ outcome: 'needs-assessment', payable: '200.00' });
    });

    it('needs a Rudersdal seat to be safety approved: none is refused, unknown is assessed', () => {
      const seat = (description: string) =>
        evaluate(
          claim({
            municipality: 'rudersdal',
            benefit: 'rud-car-seat-over-30kg',
            applicant: { role: 'foster-family' },
            child: { birthDate: '2016-01-01', weightKg: 33 },
            expenses: [{ date: '2026-02-20', amount: '900.00', description }],
          }),
        );
      expect(seat('Selestol, R44/04').outcome).toBe('approvable');
      expect(seat('Selestol, ikke godkendt').outcome).toBe('rejected');
      expect(seat('Selestol')).toMatchObject({ outcome: 'needs-assessment', payable: '900.00' });
    });

    it('reads the approval from the receipt text', () => {
      expect(readApproval('Britax i-Size')).toBe('i-size');
      expect(readApproval('UN R129')).toBe('i-size');
      expect(readApproval('ECE R 44/04')).toBe('ece-r44-04');
      expect(readApproval('R44-03')).toBe('ece-r44-03');
      expect(readApproval('R44/01')).toBe('ece-r44-older');
      expect(readApproval('Autostol')).toBeUndefined();
    });
  });
});
