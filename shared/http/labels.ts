import type { CaseworkerDecision, Status } from '../app/application';
import type { Unit } from '../rules/decision';

type Bilingual = { da: string; en: string };

/** Statuses as people read them. */
export const statusLabels: Record<Status, Bilingual> = {
  submitted: { da: 'Modtaget', en: 'Submitted' },
  'awaiting-receipts': { da: 'Afventer kvitteringer', en: 'Awaiting receipts' },
  'in-review': { da: 'Under behandling', en: 'In review' },
  'documents-check': { da: 'Dokumentation kontrolleres', en: 'Documents being checked' },
  'awaiting-second-approval': { da: 'Afventer godkendelse', en: 'Awaiting second approval' },
  approved: { da: 'Godkendt', en: 'Approved' },
  rejected: { da: 'Afslået', en: 'Rejected' },
  'information-requested': { da: 'Oplysninger efterspurgt', en: 'Information requested' },
  'payout-scheduled': { da: 'Udbetaling planlagt', en: 'Payout scheduled' },
  paid: { da: 'Udbetalt', en: 'Paid' },
  failed: { da: 'Fejlet', en: 'Failed' },
};

/** Units of a calculation line, plural, with the singular where the language has one. */
export const unitLabels: Record<Unit, Bilingual & { one?: Bilingual }> = {
  item: { da: 'stk.', en: 'items', one: { da: 'stk.', en: 'item' } },
  km: { da: 'km', en: 'km' },
  night: { da: 'nætter', en: 'nights', one: { da: 'nat', en: 'night' } },
  day: { da: 'dage', en: 'days', one: { da: 'dag', en: 'day' } },
  week: { da: 'uger', en: 'weeks', one: { da: 'uge', en: 'week' } },
  month: { da: 'måneder', en: 'months', one: { da: 'måned', en: 'month' } },
};

/** "1 item", "3 nights", "34,5 km": a quantity with its unit in the language (Danish decimal comma). */
export function quantityText(quantity: number, unit: Unit, lang: 'da' | 'en'): string {
  const label = unitLabels[unit] ?? { da: unit, en: unit };
  const count = lang === 'da' ? String(quantity).replace('.', ',') : String(quantity);
  return `${count} ${(quantity === 1 && label.one ? label.one : label)[lang]}`;
}

/** The caseworker's actions. */
export const actionLabels: Record<CaseworkerDecision['action'], Bilingual> = {
  approve: { da: 'Godkend', en: 'Approve' },
  reject: { da: 'Afslå', en: 'Reject' },
  'request-information': { da: 'Bed om flere oplysninger', en: 'Request information' },
};

/** The rules' outcomes. */
export const outcomeLabels: Record<string, Bilingual> = {
  approvable: { da: 'Kan godkendes', en: 'Approvable' },
  'needs-assessment': { da: 'Kræver konkret vurdering', en: 'Needs assessment' },
  rejected: { da: 'Kan ikke bevilges', en: 'Rejected by the rules' },
};

/** Applicant roles. */
export const roleLabels: Record<string, Bilingual> = {
  'relief-family': { da: 'Aflastningsfamilie', en: 'Relief family' },
  'foster-family': { da: 'Plejefamilie', en: 'Foster family' },
  'network-foster-family': { da: 'Netværksplejefamilie', en: 'Network foster family' },
  parent: { da: 'Forælder', en: 'Parent' },
};

/** The benefit groups of the catalogue, as the front page heads them. */
export const groupLabels: Record<string, Bilingual> = {
  celebrations: { da: 'Fester og mærkedage', en: 'Celebrations' },
  companion: { da: 'Ledsagelse', en: 'Companions' },
  courses: { da: 'Kurser', en: 'Courses' },
  diet: { da: 'Kost og diæt', en: 'Food and diet' },
  enrolment: { da: 'Skolestart og konfirmation', en: 'Starting school and confirmation' },
  equipment: { da: 'Udstyr', en: 'Equipment' },
  'foster-pay': { da: 'Vederlag og plejebetaling', en: 'Foster pay' },
  health: { da: 'Sundhed og behandling', en: 'Health and treatment' },
  holiday: { da: 'Ferie', en: 'Holidays' },
  home: { da: 'Hjemmet', en: 'The home' },
  'home-training': { da: 'Hjemmetræning', en: 'Home training' },
  insurance: { da: 'Forsikring og skader', en: 'Insurance and damage' },
  leisure: { da: 'Fritid', en: 'Leisure' },
  'lost-earnings': { da: 'Tabt arbejdsfortjeneste', en: 'Lost earnings' },
  'own-payment': { da: 'Egenbetaling', en: 'Own payment' },
  'relief-pay': { da: 'Aflastning', en: 'Relief care' },
  school: { da: 'Skole og uddannelse', en: 'School and education' },
  support: { da: 'Merudgifter og støtte', en: 'Extra costs and support' },
  transport: { da: 'Transport og kørsel', en: 'Transport and driving' },
};
