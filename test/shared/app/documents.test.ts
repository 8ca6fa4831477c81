import { describe, expect, it } from 'vitest';
import type { Application } from '../../../shared/app/application';
import { needsUploads } from '../../../shared/app/documentation';
import { checkDocuments } from '../../../shared/app/use-cases/check-documents';
import { loadCatalogue } from '../../../shared/rules/catalogue';
import { harness } from '../../workflows/harness';

const catalogue = loadCatalogue();
const benefit = (id: string) => catalogue.byId.get(id);

/** An approved application of `benefitId` with one expense and no uploaded documents. */
function approvedWithoutUploads(h: ReturnType<typeof harness>, benefitId: string): Application {
  const application: Application = {
    id: 'app-1',
    municipality: 'rudersdal',
    benefit: benefitId,
    submittedAt: '2026-03-04T09:15:00.000Z',
    claim: { expenses: [{ date: '2026-02-20', amount: '400.00', description: 'Udgift' }] },
    applicant: { role: 'parent', name: 'Sofie Nielsen', email: 'sofie@example.test', cpr: '2309901234' },
    receipts: [],
    status: 'documents-check',
    statusTokenHash: 'x',
    review: {
      action: 'approve',
      grantedOre: 40_000,
      decidedBy: 'a@kommune.test',
      decidedAt: '2026-03-04T10:00:00Z',
    },
    timeline: [{ at: '2026-03-04T09:15:00.000Z', status: 'submitted' }],
    version: 1,
  };
  h.applications.items.set(application.id, application);
  return application;
}

describe('which benefits need documents from the family', () => {
  it('wants uploads for receipts, medical statements and other documents the family holds', () => {
    expect(needsUploads(benefit('ran-car-seat'))).toBe(true);
    expect(needsUploads(benefit('rud-s42-occasional'))).toBe(true);
    expect(needsUploads(benefit('rud-s32-diet'))).toBe(true);
  });

  it('wants none where the expense is only made probable, or the provider invoices the municipality', () => {
    expect(needsUploads(benefit('rud-s45-companion-expenses'))).toBe(false);
    const invoiced = catalogue.benefits.filter((b) => b.documentation.regime === 'invoice-to-municipality');
    expect(invoiced.length).toBeGreaterThan(0);
    for (const b of invoiced) expect(needsUploads(b), b.id).toBe(false);
  });

  it('does not reject a benefit that needs no document for having none', async () => {
    const h = harness();
    approvedWithoutUploads(h, 'rud-s45-companion-expenses');
    expect(await checkDocuments(h.deps, 'app-1')).toEqual({ ok: true, askForReceipts: false });
  });

  it('asks for the medical statement a benefit needs when nothing was sent', async () => {
    const h = harness();
    approvedWithoutUploads(h, 'rud-s42-occasional');
    expect(await checkDocuments(h.deps, 'app-1')).toEqual({ ok: false, askForReceipts: true });
    expect(h.applications.items.get('app-1')?.documents?.problems.map((p) => p.code)).toEqual(['missing']);
  });
});
