import type { Deps } from '../app/deps';
import type { Benefit } from '../rules/catalogue/schema';
import { html, page } from './html';
import type { HttpRequest, HttpResponse } from './http';
import { htmlResponse } from './http';
import { inLang, langOf, otherLanguage, pick } from './i18n';
import { groupLabels } from './labels';

const municipalities = [
  { id: 'randers', name: 'Randers' },
  { id: 'rudersdal', name: 'Rudersdal' },
] as const;

/**
 * Whether a family applies for the benefit with a form: it pays something and the claim has
 * something to fill in. Common rules (the § 41 threshold), parts of the foster pay (board and
 * lodging, pocket money) and own payments are in the catalogue for the rules, not applied for.
 */
export function canApplyFor(benefit: Benefit): boolean {
  return benefit.amount.kind !== 'not-payable' && benefit.needs.length > 0;
}

/** GET /: the benefits a family may apply for, grouped, filtered by municipality (a plain GET form). */
export async function benefitsPage(deps: Deps, req: HttpRequest): Promise<HttpResponse> {
  const lang = langOf(req);
  const chosen = municipalities.find((m) => m.id === req.query.kommune)?.id;
  const benefits = deps.catalogue.benefits.filter(
    (b) => canApplyFor(b) && (!chosen || b.municipality === chosen),
  );
  const groups = new Map<string, typeof benefits>();
  for (const b of benefits) {
    const name = municipalities.find((m) => m.id === b.municipality)?.name ?? b.municipality;
    const key = `${name}: ${pick(lang, groupLabels[b.group] ?? { da: b.group, en: b.group })}`;
    groups.set(key, [...(groups.get(key) ?? []), b]);
  }
  const t = (da: string, en: string) => pick(lang, { da, en });
  const title = t('Søg om tilskud', 'Apply for a supplement');
  const body = html`<h1>${title}</h1>
<p class="font-lead">${t(
    'Vælg din kommune og det, du vil søge om. Du får svar fra din sagsbehandler.',
    'Choose your municipality and what you want to apply for. Your caseworker will answer you.',
  )}</p>
<form method="get" action="/" class="filter-form">
${lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
<div class="form-group">
<label class="form-label" for="kommune">${t('Kommune', 'Municipality')}</label>
<select class="form-select" id="kommune" name="kommune">
<option value="">${t('Alle kommuner', 'All municipalities')}</option>
${municipalities.map((m) => html`<option value="${m.id}"${m.id === chosen ? html` selected` : ''}>${m.name}</option>`)}
</select>
</div>
<button type="submit" class="button button-secondary">${t('Vis ydelser', 'Show benefits')}</button>
</form>
${[...groups].map(
  ([group, items]) => html`<section class="benefit-group">
<h2>${group}</h2>
<ul class="nobullet-list benefit-list">
${items.map(
  (b) => html`<li><a class="benefit-link" href="${inLang(`/ansoeg/${b.id}`, lang)}">${pick(lang, b.name)}</a>
<p>${pick(lang, b.summary)}</p></li>`,
)}
</ul>
</section>`,
)}`;
  const query: Record<string, string> = chosen ? { kommune: chosen } : {};
  return htmlResponse(200, page(title, body, { lang, switchTo: otherLanguage('/', lang, query) }));
}
