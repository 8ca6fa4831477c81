import { beforeAll, describe, expect, it } from 'vitest';
import { canApplyFor } from '../../../shared/http/benefits-page';
import { statusWords } from '../../../shared/http/status-words';
import { loadCatalogue } from '../../../shared/rules/catalogue';
import { citation } from '../../../shared/rules/sources/citation';
import { harness, send } from '../../functions/http/client';
import { exampleClaims, internalCodeFinder, readable, readableMail } from './plain-words';
import { type Scenario, statusScenarios } from './status-scenarios';

const catalogue = loadCatalogue();
const codesIn = internalCodeFinder(catalogue);
const applyable = catalogue.benefits.filter(canApplyFor);

/** Every internal code found in what a person reads, named by where it was read. */
function scan(found: string[], where: string, text: string) {
  for (const code of codesIn(text)) found.push(`${where}: ${code}`);
}

let scenarios: Scenario[];

beforeAll(async () => {
  scenarios = await statusScenarios();
}, 180_000);

describe('the words people read carry no internal codes', () => {
  it('finds the codes the issue names, so the scan can fail', () => {
    const text =
      'Kilde: 000_c74158a5613874a4.txt, ran-car-seat/max, winter-jacket, ydelsen ran-car-seat kræver det, ingen sats "kl-foster-fee-per-night", 2026-12-07, unitRef';
    expect(codesIn(text)).toEqual(
      expect.arrayContaining([
        '000_c74158a5613874a4.txt',
        'ran-car-seat/max',
        'winter-jacket',
        'ran-car-seat',
        'kl-foster-fee-per-night',
        '2026-12-07',
        'unitRef',
      ]),
    );
    expect(codesIn('Autostol i-Size, 7. december 2026, 1.500,00 kr., NemKonto, § 41')).toEqual([]);
  });

  it('on the front page, for every applicant and municipality, in both languages', async () => {
    const h = harness();
    const found: string[] = [];
    const queries = ['', 'q=autostol', 'q=xyz'];
    for (const role of ['relief-family', 'foster-family', 'network-foster-family', 'parent'])
      for (const town of ['randers', 'rudersdal']) queries.push(`rolle=${role}&kommune=${town}`);
    for (const query of queries)
      for (const lang of ['', 'lang=en']) {
        const path = `/?${[query, lang].filter(Boolean).join('&')}`;
        scan(found, path, readable((await send(h, 'GET', path)).body));
      }
    expect(found).toEqual([]);
  });

  it("on every benefit's page, in both languages", async () => {
    const h = harness();
    const found: string[] = [];
    for (const benefit of applyable)
      for (const lang of ['', '?lang=en']) {
        const response = await send(h, 'GET', `/ansoeg/${benefit.id}${lang}`);
        expect(response.status, benefit.id).toBe(200);
        scan(found, `/ansoeg/${benefit.id}${lang}`, readable(response.body));
      }
    expect(found).toEqual([]);
  }, 60_000);

  it("in the live calculation of every benefit's example claims: reasons, lines and sources", async () => {
    const h = harness();
    const found: string[] = [];
    let decided = 0;
    for (const benefit of applyable)
      for (const [n, claim] of exampleClaims(catalogue, benefit.id).entries()) {
        const response = await send(h, 'POST', '/api/rules/evaluate', { json: claim });
        const answer = JSON.parse(response.body);
        const where = `${benefit.id} example ${n + 1}`;
        if (response.status !== 200) {
          for (const error of answer.errors ?? []) scan(found, `${where} error`, `${error.da} ${error.en}`);
          continue;
        }
        decided++;
        for (const reason of answer.reasons) {
          scan(found, where, `${reason.da} ${reason.en}`);
          scan(found, `${where} source`, `${citation(reason.source, 'da')} ${citation(reason.source, 'en')}`);
        }
        for (const line of answer.lines) scan(found, `${where} line`, line.description);
      }
    expect(decided).toBeGreaterThan(applyable.length * 3);
    expect(found).toEqual([]);
  }, 120_000);

  it('on the status page in each status, from the words the server gives it', async () => {
    const found: string[] = [];
    for (const s of scenarios) scan(found, s.name, JSON.stringify(statusWords(s.application, s.now)));
    // And for every benefit, refused and reduced under its own rules, in words the page shows.
    const h = harness();
    for (const benefit of applyable) {
      const [claim] = exampleClaims(catalogue, benefit.id);
      const response = await send(h, 'POST', '/api/rules/evaluate', { json: claim });
      if (response.status !== 200) continue;
      const decision = JSON.parse(response.body);
      const base = scenarios.find((s) => s.name === 'rejected') as Scenario;
      for (const status of ['rejected', 'payout-scheduled', 'in-review'] as const) {
        const application = {
          ...base.application,
          benefit: benefit.id,
          decision,
          status,
          review: {
            action: 'approve' as const,
            grantedOre: 100,
            decidedBy: 'x',
            decidedAt: base.now.toISOString(),
          },
          payout: { amountOre: 100, dueDate: '2026-03-05' },
        };
        scan(found, `${benefit.id} ${status}`, JSON.stringify(statusWords(application, base.now)));
      }
    }
    expect(found).toEqual([]);
  }, 120_000);

  it('on the status page shell and in the status API’s words', async () => {
    const h = harness();
    const found: string[] = [];
    for (const lang of ['', '?lang=en'])
      scan(found, 'status page', readable((await send(h, 'GET', `/status/${'a'.repeat(22)}${lang}`)).body));
    expect(found).toEqual([]);
  });

  it('in the e-mails the workflow sends, the decision letters’ sources included', () => {
    const found: string[] = [];
    for (const s of scenarios)
      for (const mail of s.mails) scan(found, `${s.name}: ${mail.subject}`, readableMail(mail));
    expect([...new Set(found)]).toEqual([]);
  });
});
