import { describe, expect, it } from 'vitest';
import type { Application } from '../../../shared/app/application';
import { letterContent } from '../../../shared/app/letter-content';
import type { DecisionJson } from '../../../shared/rules/decision';

const decision: DecisionJson = {
  outcome: 'rejected',
  claimed: '1799.00',
  payable: '0.00',
  lines: [],
  reasons: [
    {
      code: 'late-documentation',
      da: 'Dokumentationen kom for sent',
      en: 'The documentation arrived too late',
      source: '000_c74158a5613874a4.txt: "nest d. 5. i hver måned."',
    },
    {
      code: 'not-covered',
      da: 'Udgiften er ikke dækket.',
      en: 'The expense is not covered.',
      source: 'ran-car-seat',
    },
  ],
  decidedBy: 'administration',
  deadlines: {},
  benefit: { id: 'ran-car-seat', name: { da: 'Autostol', en: 'Car seat' } },
  legalBasis: { da: 'Serviceloven § 52, stk. 3, nr. 4', en: 'Social Services Act § 52(3)(4)' },
};

const application = (overrides: Partial<Application> = {}): Application => ({
  id: 'abcdef12-0000-4000-8000-000000000000',
  municipality: 'randers',
  benefit: 'ran-car-seat',
  submittedAt: '2026-03-04T09:15:00.000Z',
  claim: {},
  applicant: { role: 'relief-family', name: 'Mette Jensen', email: 'mette@example.test', cpr: '0101801234' },
  receipts: [],
  status: 'rejected',
  statusTokenHash: 'x',
  decision,
  timeline: [],
  version: 1,
  ...overrides,
});

const decided = (by: string) => ({
  action: 'reject' as const,
  reason: 'Stolen er brugt',
  decidedBy: by,
  decidedAt: '2026-03-05T10:00:00.000Z',
});

describe('what a decision letter says', () => {
  it('dates the letter in words on the Copenhagen day it is sent', () => {
    // 23:30 UTC on 6 December is 7 December in Copenhagen.
    const content = letterContent('rejection', application(), '2026-12-06T23:30:00.000Z');
    expect(content.date).toEqual({ da: '7. december 2026', en: '7 December 2026' });
    expect(content.caseRef).toBe('ABCDEF12');
    expect(content.sender).toEqual({ name: 'Randers Kommune', unit: 'Myndighedscentret' });
  });

  it('gives reasons as whole sentences citing municipal documents by title, never file names or codes', () => {
    const content = letterContent(
      'rejection',
      application({ review: decided('sagsbehandler@kommune.test') }),
      '2026-03-05T10:00:00.000Z',
    );
    expect(content.reasons.da).toHaveLength(3);
    expect(content.reasons.da[0]).toMatch(
      /^Dokumentationen kom for sent\. Kilde: Randers Kommune, Håndbog for aflastningsfamilier, afsnit Transportgodtgørelse: ».+«$/,
    );
    expect(content.reasons.da.slice(1)).toEqual([
      'Udgiften er ikke dækket.',
      'Sagsbehandlerens begrundelse: Stolen er brugt.',
    ]);
    expect(content.reasons.en[0]).toMatch(/^The documentation arrived too late\. Source: Randers/);
    expect(content.reasons.en.join(' ')).not.toMatch(/\.txt|ran-|_/);
    expect(JSON.stringify(content)).not.toMatch(/\.txt|ran-car-seat/);
    expect(content.legalBasis.da).toBe('Serviceloven § 52, stk. 3, nr. 4');
  });

  it('names the caseworker who decided, and no one when the decision records only an e-mail address', () => {
    const named = letterContent(
      'rejection',
      application({ review: decided('Birgitte Højgaard') }),
      '2026-03-05T10:00:00.000Z',
    );
    const addressed = letterContent(
      'rejection',
      application({ review: decided('sagsbehandler@kommune.test') }),
      '2026-03-05T10:00:00.000Z',
    );
    expect(named.caseworker).toBe('Birgitte Højgaard');
    expect(addressed.caseworker).toBeUndefined();
  });

  it('gives complaint guidance (4 weeks, the municipality, Ankestyrelsen) on a refusal and none on a payment', () => {
    const refusal = letterContent('rejection', application(), '2026-03-05T10:00:00.000Z');
    const paid = letterContent('paid', application({ status: 'paid' }), '2026-03-05T10:00:00.000Z');
    expect(refusal.complaint?.da).toContain('inden 4 uger');
    expect(refusal.complaint?.da).toContain('Ankestyrelsen');
    expect(paid.complaint).toBeUndefined();
    expect(paid.reasons).toEqual({ da: [], en: [] });
  });
});
