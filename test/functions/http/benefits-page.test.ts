import { describe, expect, it } from 'vitest';
import type { Identity } from '../../../shared/app/identity';
import { themes } from '../../../shared/http/benefit-finder';
import { canApplyFor } from '../../../shared/http/benefits-page';
import { signIn } from '../../../shared/http/session';
import { loadCatalogue } from '../../../shared/rules/catalogue';
import { harness, send } from './client';

const catalogue = loadCatalogue();

/** The benefits a page links to, by id, in the order shown. */
const linked = (page: string) => [...page.matchAll(/href="\/ansoeg\/([a-z0-9-]+)/g)].map((m) => m[1] ?? '');

/** The text a person reads: the page without its markup. */
const words = (page: string) => page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('GET / (the front page)', () => {
  it('asks first who you are and where you live, and lists nothing before that', async () => {
    const page = (await send(harness(), 'GET', '/')).body;
    for (const role of ['relief-family', 'foster-family', 'network-foster-family', 'parent'])
      expect(page).toContain(`name="rolle" value="${role}"`);
    for (const town of ['randers', 'rudersdal']) expect(page).toContain(`name="kommune" value="${town}"`);
    expect(page).toContain('<form method="get" action="/"');
    expect(page).toContain('name="q"');
    expect(words(page)).toContain('Forælder til et barn med handicap');
    expect(linked(page)).toEqual([]);
  });

  it('shows a relief family in Randers only the Randers benefits for relief families, under their themes', async () => {
    const page = (await send(harness(), 'GET', '/?rolle=relief-family&kommune=randers')).body;
    const ids = linked(page);
    expect(ids).toContain('ran-car-seat');
    expect(ids).toContain('ran-mileage');
    expect(ids.every((id) => id.startsWith('ran-'))).toBe(true);
    expect(ids.length).toBe(
      catalogue.benefits.filter(
        (b) =>
          canApplyFor(b) && b.municipality === 'randers' && b.applicants.eligible.includes('relief-family'),
      ).length,
    );
    expect(page).toContain('<span class="theme-name">Transport og kørsel</span>');
    expect(words(page)).toContain('Aflastningsfamilie, Randers Kommune');
  });

  it('shows a parent in Rudersdal the § 41 benefits and not the foster families’ car seats, in few groups', async () => {
    const page = (await send(harness(), 'GET', '/?rolle=parent&kommune=rudersdal&lang=en')).body;
    const ids = linked(page);
    expect(ids).toContain('rud-s41-transport-own-car');
    expect(ids).not.toContain('rud-car-seat-0-9m');
    expect(ids.some((id) => id.startsWith('ran-'))).toBe(false);
    const groups = [...page.matchAll(/<span class="theme-name">([^<]+)<\/span>/g)].map((m) => m[1]);
    expect(groups.length).toBeLessThanOrEqual(themes.length);
    expect(groups).toContain('Transport and driving');
    // Many benefits: each theme folds out, so a phone sees the headings first.
    expect(page).not.toMatch(/<details class="benefit-theme" open>/);
  });

  it('finds benefits by a word, in either municipality or only in the chosen one', async () => {
    const h = harness();
    const all = linked((await send(h, 'GET', '/?q=autostol')).body);
    expect(all).toEqual(expect.arrayContaining(['ran-car-seat', 'rud-car-seat-0-9m']));
    const parent = (await send(h, 'GET', '/?rolle=parent&kommune=rudersdal&q=autostol')).body;
    expect(linked(parent)).toEqual([]);
    expect(words(parent)).toContain('Vi fandt ingen ydelser');
    const searched = (await send(h, 'GET', '/?rolle=relief-family&kommune=randers&q=kørsel')).body;
    expect(linked(searched)).toEqual(['ran-mileage']);
    expect(searched).toContain('value="kørsel"');
  });

  it('names each benefit in plain words, with its legal reference beside the name', async () => {
    const page = (await send(harness(), 'GET', '/?rolle=parent&kommune=rudersdal')).body;
    const names = [...page.matchAll(/class="benefit-link"[^>]*>([^<]+)<\/a>/g)].map((m) => m[1] ?? '');
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(name).not.toMatch(/SEL §|\(Bilag|\bTAF\b/);
    expect(page).toContain('<span class="benefit-law">Serviceloven § 41</span>');
  });

  it('lists only what a family applies for, not the common rules and parts of the foster pay', async () => {
    const page = (await send(harness(), 'GET', '/?kommune=rudersdal')).body;
    for (const id of [
      'rud-s41-threshold',
      'rud-board-lodging',
      'rud-pocket-clothing',
      'rud-parent-own-payment',
    ])
      expect(linked(page), id).not.toContain(id);
  });

  it('links to signing in, or to the signed-in person’s own pages', async () => {
    const h = harness();
    expect((await send(h, 'GET', '/')).body).toContain('href="/log-ind"');
    const as = async (identity: Identity) => {
      const { setCookie } = await signIn(h.deps, identity);
      return (await send(h, 'GET', '/', { headers: { cookie: setCookie.split(';')[0] ?? '' } })).body;
    };
    const staff = await as({
      kind: 'staff',
      sub: 'cw',
      name: 'Sara Sagsbehandler',
      email: 'sara@kommune.test',
      roles: ['caseworker'],
      municipalities: ['randers'],
    });
    expect(staff).toContain('href="/sager"');
    expect(staff).not.toContain('href="/log-ind"');
    const family = await as({ kind: 'citizen', sub: 'f', name: 'Mette Jensen', cpr: '0101801234' });
    expect(family).toContain('href="/mine-ansoegninger"');
    expect(family).toContain('Logget ind som Mette Jensen');
  });
});
