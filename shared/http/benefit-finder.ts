import type { Benefit, Municipality, Role } from '../rules/catalogue/schema';
import { roles } from '../rules/catalogue/schema';

type Bilingual = { da: string; en: string };

/** Whom the front page asks about: the four applicants, in words a family uses of itself. */
export const whoYouAre: Record<Role, { name: Bilingual; hint: Bilingual }> = {
  'relief-family': {
    name: { da: 'Aflastningsfamilie', en: 'Relief family' },
    hint: {
      da: 'Du har et barn på aflastning nogle døgn ad gangen.',
      en: 'A child stays with you for relief care some days at a time.',
    },
  },
  'foster-family': {
    name: { da: 'Plejefamilie', en: 'Foster family' },
    hint: { da: 'Et barn er anbragt og bor hos jer.', en: 'A child is placed with you and lives with you.' },
  },
  'network-foster-family': {
    name: { da: 'Netværksplejefamilie', en: 'Network foster family' },
    hint: {
      da: 'I er familie eller netværk til et barn, der er anbragt hos jer.',
      en: 'You are family or close to a child placed with you.',
    },
  },
  parent: {
    name: { da: 'Forælder til et barn med handicap', en: 'Parent of a disabled child' },
    hint: {
      da: 'Dit barn har en funktionsnedsættelse eller en langvarig sygdom.',
      en: 'Your child has a disability or a long-term illness.',
    },
  },
};

/** The municipalities whose rules the system holds. */
export const municipalities: { id: Municipality; name: string }[] = [
  { id: 'randers', name: 'Randers' },
  { id: 'rudersdal', name: 'Rudersdal' },
];

/** The few themes the front page groups benefits by, and the catalogue groups each takes. */
export const themes: { id: string; name: Bilingual; groups: string[] }[] = [
  {
    id: 'transport',
    name: { da: 'Transport og kørsel', en: 'Transport and driving' },
    groups: ['transport', 'companion'],
  },
  { id: 'equipment', name: { da: 'Udstyr', en: 'Equipment' }, groups: ['equipment'] },
  { id: 'health', name: { da: 'Sundhed og kost', en: 'Health and food' }, groups: ['health', 'diet'] },
  {
    id: 'everyday',
    name: { da: 'Barnets hverdag, skole og fritid', en: "The child's everyday life, school and leisure" },
    groups: ['leisure', 'school', 'celebrations', 'enrolment', 'holiday'],
  },
  { id: 'home', name: { da: 'Hjemmet og skader', en: 'The home and damage' }, groups: ['home', 'insurance'] },
  {
    id: 'extra-costs',
    name: { da: 'Merudgifter, kurser og hjemmetræning', en: 'Extra costs, courses and home training' },
    groups: ['support', 'courses', 'home-training'],
  },
  {
    id: 'pay',
    name: {
      da: 'Vederlag, aflastning og tabt arbejdsfortjeneste',
      en: 'Fees, relief care and lost earnings',
    },
    groups: ['relief-pay', 'foster-pay', 'lost-earnings', 'own-payment'],
  },
];

/** The theme a benefit belongs to on the front page. */
export const themeOf = (benefit: Benefit) =>
  themes.find((t) => t.groups.includes(benefit.group)) ?? (themes.at(-1) as (typeof themes)[number]);

/**
 * A benefit's name in plain words: the legal reference in parentheses ("(SEL § 41)", "(Bilag 4)")
 * is shown beside the name, not in it, and abbreviations are written out.
 */
export function plainName(benefit: Benefit, lang: 'da' | 'en'): string {
  const name = benefit.name[lang]
    .replace(/\s*\((?:SEL|§|Bilag)[^)]*\)/g, '')
    .replace(/\bTAF\b/g, lang === 'da' ? 'Tabt arbejdsfortjeneste' : 'Lost earnings')
    .replace(/\s+/g, ' ')
    .trim();
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** What the front page was asked: who, where and which words; anything else in the query is ignored. */
export type FinderQuery = { role?: Role; municipality?: Municipality; words: string[] };

/** Reads the front page's GET form (`rolle`, `kommune`, `q`). */
export function finderQuery(query: Record<string, string | undefined>): FinderQuery {
  const role = roles.find((r) => r === query.rolle);
  const municipality = municipalities.find((m) => m.id === query.kommune)?.id;
  const words = (query.q ?? '')
    .toLowerCase()
    .slice(0, 100)
    .split(/[^\p{L}\p{N}§]+/u)
    .filter((w) => w.length > 1);
  return { ...(role ? { role } : {}), ...(municipality ? { municipality } : {}), words };
}

/** A benefit found for the asker: whether the municipality decides if this applicant may have it. */
export type Found = { benefit: Benefit; assessed: boolean };

/**
 * The benefits that fit: the municipality's, those the role may claim (or that the municipality
 * assesses for it), whose names, summaries or legal basis hold every word searched for.
 */
export function findBenefits(benefits: readonly Benefit[], asked: FinderQuery): Found[] {
  return benefits
    .filter((b) => !asked.municipality || b.municipality === asked.municipality)
    .filter(
      (b) =>
        !asked.role || b.applicants.eligible.includes(asked.role) || b.applicants.assess.includes(asked.role),
    )
    .filter((b) => {
      if (asked.words.length === 0) return true;
      const text = [b.name.da, b.name.en, b.summary.da, b.summary.en, b.legalBasis.da, b.legalBasis.en]
        .join(' ')
        .toLowerCase();
      return asked.words.every((w) => text.includes(w));
    })
    .map((benefit) => ({
      benefit,
      assessed: !!asked.role && !benefit.applicants.eligible.includes(asked.role),
    }));
}
