import type { Benefit } from '../rules/catalogue/schema';

/** Documents the family itself sends with an application (a trip log is the claim's own trips). */
const FAMILY_DOCUMENTS = new Set([
  'receipt',
  'prescription',
  'medical-statement',
  'damage-report',
  'invoice',
]);

/**
 * Whether the family must upload documentation for the benefit's expenses: a receipt, prescription,
 * medical statement, damage report or invoice, unless the provider invoices the municipality itself
 * (Rudersdal's `invoice-to-municipality`) or the expense only has to be made probable (no document).
 */
export function needsUploads(benefit: Benefit | undefined): boolean {
  if (!benefit || benefit.documentation.regime === 'invoice-to-municipality') return false;
  return benefit.documentation.requires.some((kind) => FAMILY_DOCUMENTS.has(kind));
}
