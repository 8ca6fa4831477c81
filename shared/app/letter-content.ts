import { caseRef } from '../domain/case-ref';
import { instantDay } from '../domain/dates';
import type { Reason } from '../rules/decision';
import { citation, citationOf } from '../rules/sources/citation';
import type { Application, CaseworkerDecision } from './application';
import {
  complaintGuidance,
  danishDay,
  englishDay,
  isDecisionLetter,
  type LetterKind,
  opening,
  reasons,
  sentence,
} from './letters';
import type { Bilingual, LetterContent } from './ports';

/** Who sends the letters, as the families know them (Randers: "Venlig hilsen Myndighedscentret"). */
const SENDERS: Record<Application['municipality'], LetterContent['sender']> = {
  randers: { name: 'Randers Kommune', unit: 'Myndighedscentret' },
  rudersdal: { name: 'Rudersdal Kommune' },
};

/** A rule's reason as whole sentences, then "Kilde: Randers Kommune, Håndbog for aflastningsfamilier." */
const reasonInLetter = (r: Reason): Bilingual => {
  // A source the family cannot look up (an internal rule) is left out rather than named vaguely.
  if (!citationOf(r.source, 'da')) return { da: sentence(r.da), en: sentence(r.en) };
  const cite = (lang: 'da' | 'en') => {
    const text = citation(r.source, lang);
    return /[.»«!?]$/.test(text) ? text : `${text}.`;
  };
  return { da: `${sentence(r.da)} Kilde: ${cite('da')}`, en: `${sentence(r.en)} Source: ${cite('en')}` };
};

/** The decision a letter of the kind reports: the rejecting one for a rejection, else the caseworker's. */
function deciding(kind: LetterKind, application: Application): CaseworkerDecision | undefined {
  const { review, secondApproval } = application;
  if (kind === 'rejection') return [secondApproval, review].find((d) => d?.action === 'reject');
  return review;
}

/**
 * The caseworker's name as the decision records it. A decision made through an e-mailed link
 * records the address the link went to, which is no name: the letter then names nobody rather
 * than an address.
 */
function caseworkerName(decision: CaseworkerDecision | undefined): string | undefined {
  const by = decision?.decidedBy.trim();
  return by && !by.includes('@') ? by : undefined;
}

/**
 * What a decision letter says (spec: forvaltningsloven §§ 22, 25), ready to typeset: sender, the
 * day `at` in words, case reference, the family's name, caseworker, decision, reasons as whole
 * sentences with their sources by title, the legal basis, and where, how and by when to complain.
 */
export function letterContent(kind: LetterKind, application: Application, at: string): LetterContent {
  const day = instantDay(at);
  const head = opening(kind, application);
  const benefit = application.decision?.benefit.name ?? { da: application.benefit, en: application.benefit };
  const why = reasons(kind, application, reasonInLetter);
  const decides = isDecisionLetter(kind);
  const caseworker = caseworkerName(deciding(kind, application));
  return {
    title:
      kind === 'paid'
        ? { da: `Udbetaling af ${benefit.da}`, en: `Payment of ${benefit.en.toLowerCase()}` }
        : { da: `Afgørelse om ${benefit.da}`, en: `Decision on ${benefit.en.toLowerCase()}` },
    sender: SENDERS[application.municipality],
    date: { da: danishDay(day), en: englishDay(day) },
    issuedAt: at,
    caseRef: caseRef(application.id),
    recipient: application.applicant.name,
    ...(caseworker ? { caseworker } : {}),
    decision: { da: head.da, en: head.en },
    reasons: decides ? { da: why.da.map(sentence), en: why.en.map(sentence) } : { da: [], en: [] },
    legalBasis: application.decision?.legalBasis ?? { da: '', en: '' },
    ...(decides ? { complaint: complaintGuidance(application) } : {}),
  };
}
