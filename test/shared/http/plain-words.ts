import type { Catalogue } from '../../../shared/rules/catalogue';
import { roles } from '../../../shared/rules/catalogue/schema';
import type { ClaimInput } from '../../../shared/rules/claim';

/**
 * What a person reads of a page: the text without markup, scripts and styles, entities decoded;
 * attribute values (links, form names) are not read and not scanned.
 */
export function readable(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** A mail as a person reads it: subject, text and HTML, with the links themselves left out. */
export const readableMail = (mail: { subject: string; text: string; html?: string }) =>
  [mail.subject, mail.text, readable(mail.html ?? '')].join(' \n ').replace(/https?:\/\/\S+/g, ' ');

/**
 * Internal codes that must never reach a person: file names, rule ids (`ran-car-seat/max`), the
 * catalogue's ids (benefits, exclusions, rate tables, kebab-case item kinds), 16-hex ids, the test
 * harness's upload and application ids, camelCase field names and ISO dates in running text
 * (and "kr.." after an amount).
 */
export function internalCodeFinder(catalogue: Catalogue): (text: string) => string[] {
  const prose = catalogue.benefits.map((b) => `${b.name.en} ${b.summary.en}`).join(' ');
  const ids = new Set<string>(
    [
      ...catalogue.benefits.map((b) => b.id),
      ...catalogue.exclusions.map((x) => x.id),
      ...catalogue.rates.all().map((t) => t.id),
      // An item kind the catalogue's own English prose uses ("energy-enriched food") is a word.
      ...catalogue.benefits.flatMap((b) => catalogue.itemKinds(b) ?? []).filter((k) => !prose.includes(k)),
      ...roles,
    ].filter((id) => id.includes('-')),
  );
  const escaped = [...ids].sort((a, b) => b.length - a.length).map((id) => id.replace(/[-/]/g, '\\$&'));
  const patterns = [
    /[\w-]+\.txt\b/g,
    /\b[a-z]+(?:-[a-z0-9]+)+\/[a-z][a-z-]*/g,
    new RegExp(`(?<![\\w-])(?:${escaped.join('|')})(?![\\w-])`, 'g'),
    /\b[0-9a-f]{16}\b/g,
    /\bid\d{22}\b/g,
    /\b[a-z]+[A-Z][a-zA-Z]*\b/g,
    /\b\d{4}-\d{2}-\d{2}\b/g,
    // Not a code, but as plainly wrong: an amount's "kr." followed by a second full stop.
    /kr\.\./g,
  ];
  return (text) => patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[0]));
}

const at = '2026-03-04T10:15:00+01:00';

/**
 * Example claims for a benefit, as families fill in the form: every part it needs, from an
 * eligible applicant; from one it does not serve; received a year late; and for a child far too
 * old and a baby. Together they meet most of the rules' reasons.
 */
export function exampleClaims(catalogue: Catalogue, benefitId: string): ClaimInput[] {
  const benefit = catalogue.byId.get(benefitId);
  if (!benefit) return [];
  const role = benefit.applicants.eligible[0] ?? benefit.applicants.assess[0] ?? 'parent';
  const other = roles.find(
    (r) => !benefit.applicants.eligible.includes(r) && !benefit.applicants.assess.includes(r),
  );
  const kinds = catalogue.itemKinds(benefit);
  const base: ClaimInput = {
    municipality: benefit.municipality,
    benefit: benefit.id,
    applicant: { role },
    submittedAt: at,
    child: { birthDate: '2016-04-01', weightKg: 24, schoolGrade: 4, placementStart: '2026-01-15' },
    ...(benefit.needs.includes('expenses')
      ? {
          expenses: [
            { date: '2026-02-20', amount: '1799.00', description: 'Kvittering' },
            { date: '2026-02-21', amount: '650.00', description: 'Kvittering' },
          ],
        }
      : {}),
    ...(benefit.needs.includes('trips')
      ? {
          trips: [
            { date: '2026-02-10', km: 34.5, purpose: 'Kørsel til behandling' },
            { date: '2026-02-11', km: 12, purpose: 'Tur i byen' },
          ],
        }
      : {}),
    ...(benefit.needs.includes('stays')
      ? { stays: [{ from: '2026-02-06T14:00:00+01:00', to: '2026-02-22T20:00:00+01:00' }] }
      : {}),
    ...(benefit.needs.includes('items')
      ? {
          items: (kinds ?? ['special-item']).map((kind) => ({
            kind,
            quantity: 2,
            amount: '900.00',
            date: '2026-02-15',
          })),
        }
      : {}),
  };
  return [
    base,
    ...(other ? [{ ...base, applicant: { role: other } }] : []),
    { ...base, submittedAt: '2027-03-04T10:15:00+01:00' },
    { ...base, child: { ...base.child, birthDate: '2001-01-01', weightKg: 70, schoolGrade: 10 } },
    { ...base, child: { ...base.child, birthDate: '2025-12-01', weightKg: 5, schoolGrade: 0 } },
  ];
}
