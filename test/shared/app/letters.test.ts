import { describe, expect, it } from 'vitest';
import type { Application, CaseworkerDecision } from '../../../shared/app/application';
import { letter, refusedReceipts, sentence } from '../../../shared/app/letters';
import type { DecisionJson } from '../../../shared/rules/decision';

const CAP_SOURCE = '000_c74158a5613874a4.txt: "Autostol: kr. 1.500"';

/** The rules' decision on a Randers car seat claimed at 1799.00: capped at 1500.00. */
const capped: DecisionJson = {
  outcome: 'approvable',
  claimed: '1799.00',
  payable: '1500.00',
  lines: [
    {
      description: 'Autostol',
      quantity: 1,
      unit: 'item',
      claimed: '1799.00',
      payable: '1500.00',
      rule: 'ran-car-seat/max',
    },
  ],
  reasons: [
    {
      code: 'amount-capped',
      da: 'Ydelsen er højst 1.500,00 kr.',
      en: 'The benefit is at most DKK 1,500.00.',
      source: CAP_SOURCE,
    },
  ],
  decidedBy: 'administration',
  deadlines: {},
  benefit: { id: 'ran-car-seat', name: { da: 'Autostol', en: 'Car seat' } },
  legalBasis: {
    da: 'Randers Kommunes regler for supplerende ydelser',
    en: 'Randers Municipality rules for supplementary benefits',
  },
};

const decided = (
  decision: Omit<CaseworkerDecision, 'decidedAt' | 'decidedBy'>,
  by = 'sagsbehandler@kommune.test',
) => ({
  ...decision,
  decidedBy: by,
  decidedAt: '2026-03-05T10:00:00.000Z',
});

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
  decision: capped,
  timeline: [],
  version: 1,
  ...overrides,
});

/** The letter's Danish and English halves, as the family reads them. */
const halves = (text: string) => {
  const [da = '', en = ''] = text.split('— English —');
  return { da, en };
};

/** A full stop doubled (not an ellipsis): "kr.." or "1.000,00 kr.." */
const DOUBLED = /(^|[^.])\.\.(?!\.)/m;

describe('sentence', () => {
  it('ends a sentence once', () => {
    expect(sentence('bevilger 1.000,00 kr.')).toBe('bevilger 1.000,00 kr.');
    expect(sentence('grant DKK 1,000.00')).toBe('grant DKK 1,000.00.');
    expect(sentence('Hvorfor? ')).toBe('Hvorfor?');
  });
});

describe('the partial approval letter', () => {
  const partial = application({
    status: 'payout-scheduled',
    review: decided({
      action: 'approve',
      grantedOre: 100_000,
      reason: 'Stolen kostede 1.000,00 kr. hos en anden forhandler.',
    }),
  });

  it('states the amount granted with one full stop, in each language', () => {
    const mail = letter('partial', partial);
    const { da, en } = halves(mail.text);
    expect(da).toContain('og bevilger 1.000,00 kr. Resten kan vi ikke imødekomme.');
    expect(en).toContain('and grant DKK 1,000.00. We cannot grant the rest.');
    expect(mail.text).not.toMatch(DOUBLED);
    expect(mail.html).not.toMatch(DOUBLED);
  });

  it("gives the caseworker's reason for granting less, and the rules' reasons for the amount", () => {
    const { da, en } = halves(letter('partial', partial).text);
    expect(da).toContain(
      'Sagsbehandlerens begrundelse: Stolen kostede 1.000,00 kr. hos en anden forhandler.',
    );
    expect(en).toContain("The caseworker's reasons: Stolen kostede");
    expect(da).toContain('Ydelsen er højst 1.500,00 kr.');
  });
});

describe('the rejection letter', () => {
  it("gives the caseworker's reason and not the rules' cap as the reason for rejecting", () => {
    const mail = letter(
      'rejection',
      application({
        review: decided({ action: 'reject', reason: 'Stolen er ikke godkendt efter ECE R 44.' }),
      }),
    );
    const { da, en } = halves(mail.text);
    expect(da).toContain('Sagsbehandlerens begrundelse: Stolen er ikke godkendt efter ECE R 44.');
    expect(en).toContain("The caseworker's reasons: Stolen er ikke godkendt");
    expect(mail.text).not.toContain('højst');
    expect(mail.text).not.toContain('at most');
    expect(mail.text).not.toMatch(DOUBLED);
  });

  it("gives the rules' refusal reasons with their source", () => {
    const late: DecisionJson = {
      ...capped,
      outcome: 'rejected',
      payable: '0.00',
      reasons: [
        {
          code: 'late-documentation',
          da: 'Dokumentation for 2025 skulle være modtaget senest 2026-01-05.',
          en: 'Documentation for 2025 had to arrive by 2026-01-05.',
          source: 'deadline-source',
        },
        ...capped.reasons,
      ],
    };
    const mail = letter(
      'rejection',
      application({ decision: late, review: decided({ action: 'reject', reason: 'For sent.' }) }),
    );
    const { da, en } = halves(mail.text);
    // A source nobody can look up (an internal name) reads as the municipality's rules, never as itself.
    expect(da).toContain(
      'Dokumentation for 2025 skulle være modtaget senest 2026-01-05. (Kilde: Kommunens regler for ydelsen)',
    );
    expect(en).toContain(
      "Documentation for 2025 had to arrive by 2026-01-05. (Source: The municipality's rules for the benefit)",
    );
    expect(mail.text).not.toContain('deadline-source');
    expect(mail.text).not.toContain('højst');
  });

  it("gives the second approver's reason when the second approver rejected, not the caseworker's", () => {
    const mail = letter(
      'rejection',
      application({
        review: decided({ action: 'approve', grantedOre: 120_000, reason: 'Kun den billigste model.' }),
        secondApproval: decided({ action: 'reject', reason: 'Stolen er brugt.' }, 'godkender@kommune.test'),
      }),
    );
    expect(mail.text).toContain('Sagsbehandlerens begrundelse: Stolen er brugt.');
    expect(mail.text).not.toContain('Kun den billigste model.');
  });
});

describe('the documents letter', () => {
  it('gives each problem in the language of its section only', () => {
    const mail = letter(
      'documents',
      application({
        review: decided({ action: 'approve', grantedOre: 150_000 }),
        documents: {
          ok: false,
          problems: [
            {
              code: 'missing',
              receipt: 'upload1',
              da: 'Kvitteringen blev aldrig uploadet.',
              en: 'The receipt was never uploaded.',
            },
          ],
        },
      }),
    );
    const { da, en } = halves(mail.text);
    expect(da).toContain('Kvitteringen blev aldrig uploadet.');
    expect(da).not.toContain('The receipt was never uploaded.');
    expect(en).toContain('The receipt was never uploaded.');
    expect(en).not.toContain('Kvitteringen');
    const [daHtml = '', enHtml = ''] = mail.html.split('<hr>');
    expect(daHtml).not.toContain('The receipt');
    expect(enHtml).not.toContain('Kvitteringen');
    expect(mail.text).not.toContain('højst');
  });
});

describe('the no-answer letter', () => {
  it('names what the caseworker asked for instead of calling the question a reason', () => {
    const mail = letter(
      'no-answer',
      application({
        status: 'information-requested',
        review: decided({ action: 'request-information', reason: 'Hvilken godkendelse har stolen?' }),
      }),
    );
    expect(mail.text).toContain('Sagsbehandleren bad om: Hvilken godkendelse har stolen?');
    expect(mail.text).toContain('The caseworker asked: Hvilken godkendelse har stolen?');
    expect(mail.text).not.toContain('Sagsbehandlerens begrundelse');
  });
});

describe('the receipts the document check refused', () => {
  it('names each by its place and the day it was sent, never by its upload id', () => {
    const refused = refusedReceipts(
      application({
        receipts: ['upload-a', 'upload-b'],
        answers: [{ at: '2026-03-10T08:00:00.000Z', purpose: 'receipts', receipts: ['upload-b'] }],
        documents: {
          ok: false,
          problems: [
            {
              code: 'unreadable',
              receipt: 'upload-b',
              da: 'Filen er ikke en PDF eller et billede.',
              en: 'The file is not a PDF or an image.',
            },
            {
              code: 'totals',
              da: 'Det bevilgede beløb er større end kvitteringernes sum.',
              en: "The amount granted exceeds the receipts' total.",
            },
          ],
        },
      }),
    );
    expect(refused).toEqual([
      {
        da: 'Vi kan ikke bruge den anden kvittering, du sendte 10. marts 2026. Filen er ikke en PDF eller et billede.',
        en: 'We cannot use the second receipt you sent on 10 March 2026. The file is not a PDF or an image.',
      },
    ]);
  });

  it('names none when the documents are in order', () => {
    expect(
      refusedReceipts(application({ receipts: ['upload-a'], documents: { ok: true, problems: [] } })),
    ).toEqual([]);
  });
});
