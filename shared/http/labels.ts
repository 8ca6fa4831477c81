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

/** Units of a calculation line. */
export const unitLabels: Record<Unit, Bilingual> = {
  item: { da: 'stk.', en: 'items' },
  km: { da: 'km', en: 'km' },
  night: { da: 'nætter', en: 'nights' },
  day: { da: 'dage', en: 'days' },
  week: { da: 'uger', en: 'weeks' },
  month: { da: 'måneder', en: 'months' },
};

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
