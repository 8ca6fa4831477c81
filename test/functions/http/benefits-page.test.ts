import { describe, expect, it } from 'vitest';
import { groupLabels } from '../../../shared/http/labels';
import { loadCatalogue } from '../../../shared/rules/catalogue';
import { harness, send } from './client';

describe('GET / (the benefits)', () => {
  it('heads each group with its name in the page language, never the id', async () => {
    const h = harness();
    const da = (await send(h, 'GET', '/')).body;
    const en = (await send(h, 'GET', '/?lang=en')).body;
    expect(da).toContain('<h2>Randers: Transport og kørsel</h2>');
    expect(en).toContain('<h2>Randers: Transport and driving</h2>');
    expect(da).not.toMatch(/<h2>[^<]*: [a-z]+(-[a-z]+)*<\/h2>/);
    for (const group of new Set(loadCatalogue().benefits.map((b) => b.group))) {
      expect(groupLabels[group], group).toBeDefined();
    }
  });

  it('lists only what a family applies for, not the common rules and parts of the foster pay', async () => {
    const page = (await send(harness(), 'GET', '/')).body;
    expect(page).toContain('href="/ansoeg/ran-car-seat"');
    for (const id of [
      'rud-s41-threshold',
      'rud-board-lodging',
      'rud-pocket-clothing',
      'rud-parent-own-payment',
    ]) {
      expect(page, id).not.toContain(`/ansoeg/${id}"`);
    }
  });
});
