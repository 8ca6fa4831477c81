import { describe, expect, it } from 'vitest';
import type { Application } from '../../../shared/app/application';
import { save } from '../../../shared/app/use-cases/application-record';
import { harness } from '../../workflows/harness';

const stored = (h: ReturnType<typeof harness>, status: Application['status']): Application => {
  const application: Application = {
    id: 'app-1',
    municipality: 'randers',
    benefit: 'ran-car-seat',
    submittedAt: '2026-03-04T09:15:00.000Z',
    claim: {},
    applicant: {
      role: 'relief-family',
      name: 'Mette Jensen',
      email: 'mette@example.test',
      cpr: '0101801234',
    },
    receipts: [],
    status,
    statusTokenHash: 'x',
    timeline: [
      { at: '2026-03-04T09:15:00.000Z', status: 'submitted' },
      { at: '2026-03-04T09:15:01.000Z', status },
    ],
    version: 1,
  };
  h.applications.items.set(application.id, application);
  return application;
};

const entries = (application: Application) =>
  application.timeline.map((t) => `${t.status}${t.note ? `(${t.note})` : ''}`).join('>');

describe('the timeline', () => {
  it('gets one entry when the status moves', async () => {
    const h = harness();
    const next = await save(h.deps, stored(h, 'in-review'), { status: 'rejected' });
    expect(entries(next)).toBe('submitted>in-review>rejected');
  });

  it('does not repeat a status when a letter is sent for it: the note goes on its entry', async () => {
    const h = harness();
    const next = await save(h.deps, stored(h, 'rejected'), { status: 'rejected', note: 'rejection' });
    expect(entries(next)).toBe('submitted>rejected(rejection)');
    expect(next.timeline.at(-1)?.at).toBe('2026-03-04T09:15:01.000Z');
  });

  it('keeps an escalation on the in-review entry', async () => {
    const h = harness();
    const next = await save(h.deps, stored(h, 'in-review'), { status: 'in-review', note: 'escalated' });
    expect(entries(next)).toBe('submitted>in-review(escalated)');
  });

  it('adds nothing for a change without a status or without a note', async () => {
    const h = harness();
    const application = stored(h, 'in-review');
    const same = await save(h.deps, application, { status: 'in-review' });
    expect(entries(same)).toBe('submitted>in-review');
    const other = await save(h.deps, same, { receipts: ['x'] });
    expect(entries(other)).toBe('submitted>in-review');
  });
});
