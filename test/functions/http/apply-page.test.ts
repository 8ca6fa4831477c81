import { describe, expect, it } from 'vitest';
import {
  documentedItemKinds,
  formItemKinds,
  itemKindLabels,
  megabytes,
} from '../../../shared/http/apply-page';
import { loadCatalogue } from '../../../shared/rules/catalogue';
import { validateClaim } from '../../../shared/rules/validate';
import { harness, send } from './client';

const catalogue = loadCatalogue();
const withItems = catalogue.benefits.filter(
  (b) => b.needs.includes('items') && b.amount.kind !== 'not-payable',
);

/** The options of the first item line's kind, as [value, text]. */
function kindOptions(body: string): [string, string][] {
  const select = /<select class="form-select" id="items-0-kind"[^>]*>([\s\S]*?)<\/select>/.exec(body);
  if (!select?.[1]) return [];
  return [...select[1].matchAll(/<option value="([^"]*)">([^<]*)<\/option>/g)].map((m) => [
    m[1] ?? '',
    m[2] ?? '',
  ]);
}

describe('the application form (GET /ansoeg/{benefitId})', () => {
  it('names every item kind the catalogue uses, in Danish and English', () => {
    const used = new Set(withItems.flatMap((b) => [...formItemKinds(catalogue, b)]));
    expect(used.size).toBeGreaterThan(10);
    for (const kind of used) {
      const label = itemKindLabels[kind];
      expect(label, kind).toBeDefined();
      expect(label?.da, kind).not.toBe(kind);
      expect(label?.en, kind).not.toBe(kind);
    }
    // No label for a kind nothing uses.
    expect(Object.keys(itemKindLabels).sort()).toEqual([...used].sort());
  });

  it('offers only documented kinds where the catalogue prices none, and the rules accept them', () => {
    for (const [id, kinds] of Object.entries(documentedItemKinds)) {
      const benefit = catalogue.byId.get(id);
      expect(benefit, id).toBeDefined();
      if (!benefit) continue;
      expect(catalogue.itemKinds(benefit)).toBeUndefined();
      for (const kind of kinds) expect(benefit.documentation.text.da).toContain(`"${kind}"`);
    }
    for (const benefit of withItems) {
      for (const kind of formItemKinds(catalogue, benefit)) {
        const check = validateClaim(
          {
            municipality: benefit.municipality,
            benefit: benefit.id,
            applicant: { role: benefit.applicants.eligible[0] ?? benefit.applicants.assess?.[0] },
            submittedAt: '2026-03-04T09:00:00Z',
            child: { birthDate: '2012-05-01' },
            items: [{ kind, quantity: 1 }],
          },
          catalogue,
        );
        const itemErrors = check.ok ? [] : check.errors.filter((e) => e.path.startsWith('items'));
        expect(itemErrors, `${benefit.id} ${kind}`).toEqual([]);
      }
    }
  });

  it('renders the kinds as a select with the names, never the ids, in both languages', async () => {
    const h = harness();
    expect(withItems.length).toBeGreaterThan(3);
    for (const benefit of withItems) {
      for (const lang of ['da', 'en'] as const) {
        const response = await send(h, 'GET', `/ansoeg/${benefit.id}${lang === 'en' ? '?lang=en' : ''}`);
        expect(response.status).toBe(200);
        const options = kindOptions(response.body);
        const kinds = formItemKinds(catalogue, benefit);
        expect(options.filter(([value]) => value !== '').map(([value]) => value)).toEqual([...kinds]);
        for (const [value, text] of options) {
          if (value === '') expect(text).toBe(lang === 'da' ? 'Vælg' : 'Choose');
          else expect(text).toBe(itemKindLabels[value]?.[lang]);
        }
        // Several kinds: nothing chosen for the family; one kind: that one.
        expect(options[0]?.[0] === '').toBe(kinds.length > 1);
        expect(response.body).not.toContain('En af:');
      }
    }
    const bedding = await send(h, 'GET', '/ansoeg/rud-s41-encopresis-bedding');
    expect(kindOptions(bedding.body)).toEqual([
      ['', 'Vælg'],
      ['duvet', 'Dyne'],
      ['pillow', 'Pude'],
      ['mattress', 'Madras'],
      ['bedwetting-sheet', 'Vådliggerlagen'],
    ]);
  });

  it('has places for the error summary and the notice, and names the receipts’ types and size limit', async () => {
    const h = harness({ maxReceiptBytes: 5 * 1024 * 1024 });
    const da = (await send(h, 'GET', '/ansoeg/ran-car-seat')).body;
    const en = (await send(h, 'GET', '/ansoeg/ran-car-seat?lang=en')).body;
    // The summary opens the form; the old box above the button is gone.
    expect(da).toMatch(/<form id="application"[^>]*>\s*<div id="form-errors"><\/div>/);
    expect(da).toContain('<div id="already-sent"></div>');
    expect(da).toContain('data-max-bytes="5242880"');
    expect(da).toContain('højst 5 MB pr. fil');
    expect(en).toContain('at most 5 MB a file');
    expect(da).toMatch(
      /<input class="form-input" type="file" id="receipts"[^>]* aria-describedby="receipts-hint"/,
    );
    // Field ids follow the claim's paths.
    for (const id of [
      'applicant-name',
      'applicant-email',
      'applicant-cpr',
      'child-birthDate',
      'expenses-0-amount',
    ])
      expect(da).toContain(`id="${id}"`);
    expect(megabytes(10 * 1024 * 1024, 'da')).toBe('10');
    expect(megabytes(2.5 * 1024 * 1024, 'da')).toBe('2,5');
    expect(megabytes(2.5 * 1024 * 1024, 'en')).toBe('2.5');
  });
});
