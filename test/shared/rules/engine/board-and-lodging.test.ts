import { describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../../../shared/rules/claim';
import { catalogue, claim, evaluate } from '../fixtures';

const rudersdal = (benefit: string, description: string, extra: Partial<ClaimInput> = {}) =>
  evaluate(
    claim({
      municipality: 'rudersdal',
      benefit,
      applicant: { role: catalogue.byId.get(benefit)?.applicants.eligible[0] ?? 'foster-family' },
      child: { birthDate: '2014-04-01', placementStart: '2026-02-01' },
      expenses: [{ date: '2026-02-20', amount: '400.00', description }],
      ...extra,
    }),
  );
const randers = (benefit: string, description: string) =>
  evaluate(claim({ benefit, expenses: [{ date: '2026-02-20', amount: '400.00', description }] }));

const refusedWith = (quote: string) =>
  expect.objectContaining({ code: 'not-covered', source: expect.stringContaining(quote) });

describe('what board and lodging covers is refused, with its quote, in every benefit it could be put in (issue 10, class 4)', () => {
  it('refuses Rudersdal’s listed items under several foster-family benefits', () => {
    const cases = [
      ['rud-activity-amount', 'Frisør', 'Frisør'],
      ['rud-camp-school-foster', 'Ny skoletaske', 'Skoletaske og diverse skoleremedier samt skolefoto'],
      [
        'rud-medicine-foster',
        'Vaccination mod HPV',
        'Medicin og salver, som ikke er lægeordineret, herunder vaccinationer',
      ],
      ['rud-leisure-extra', 'Biograf med klassen', 'Biograf, museumsindgang mv.'],
      [
        'rud-babysitter-foster',
        'Barnepige under forældremøde',
        'Udgifter til barnepige i forbindelse med forældremøder',
      ],
      ['rud-aids', 'Mobilabonnement', 'Internetforbindelse, telefoni, og TV, herunder forbrug'],
      ['rud-network-foster-costs', 'Tøjvask', 'Tøjvask og vaskepulver'],
    ] as const;
    for (const [benefit, description, quote] of cases) {
      const decision = rudersdal(
        benefit,
        description,
        benefit === 'rud-network-foster-costs' ? { applicant: { role: 'network-foster-family' } } : {},
      );
      expect(decision, benefit).toMatchObject({ outcome: 'rejected', payable: '0.00' });
      expect(decision.lines[0]?.rule, benefit).toBe(`${benefit}/not-covered`);
      expect(decision.reasons, benefit).toContainEqual(refusedWith(quote));
    }
  });

  it('pays the first passport but refuses its renewal as board and lodging', () => {
    expect(rudersdal('rud-first-passport', 'Første pas').outcome).not.toBe('rejected');
    expect(rudersdal('rud-first-passport', 'Pasfornyelse').reasons).toContainEqual(
      refusedWith('pasfornyelse skal afholdes af'),
    );
  });

  it('leaves a bike to the enrolment amount, which pays for one, but refuses a new bike elsewhere', () => {
    const enrolment = rudersdal('rud-enrolment-under-12', 'Ny cykel', {
      child: { birthDate: '2018-04-01', placementStart: '2026-02-01' },
    });
    expect(enrolment.lines[0]?.payable).toBe('400.00');
    expect(rudersdal('rud-activity-amount', 'Ny cykel').reasons).toContainEqual(
      refusedWith('Opsparing til ny cykel'),
    );
  });

  it('refuses Randers’ board, lodging and daily necessities under relief supplements', () => {
    for (const [benefit, description] of [
      ['ran-holiday', 'Sengetøj til ferien'],
      ['ran-mileage', 'Dagligvarer'],
      ['ran-car-seat', 'Shampoo og sæbe'],
    ] as const) {
      const decision =
        benefit === 'ran-mileage'
          ? evaluate(
              claim({
                benefit,
                trips: [{ date: '2026-02-20', km: 10, purpose: 'Aflevering fra aflastning' }],
                expenses: [{ date: '2026-02-20', amount: '400.00', description }],
              }),
            )
          : randers(benefit, description);
      const line = decision.lines.find((l) => l.description === description);
      expect(line?.rule, benefit).toBe(`${benefit}/not-covered`);
      expect(decision.reasons, benefit).toContainEqual(
        refusedWith('Omkostningsbeløbet skal dække udgifterne til kost og logi'),
      );
    }
  });
});
