import { instantDay } from '../domain/dates';
import type { Reason } from '../rules/decision';
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
import { caseRef } from './use-cases/common';

/** Who sends the letters, as the families know them (Randers: "Venlig hilsen Myndighedscentret"). */
const SENDERS: Record<Application['municipality'], LetterContent['sender']> = {
  randers: { name: 'Randers Kommune', unit: 'Myndighedscentret' },
  rudersdal: { name: 'Rudersdal Kommune' },
};

/** The municipal documents the rules quote, by their titles (shared/seeds/README.md). */
const SOURCE_TITLES: Record<string, Bilingual> = {
  '000_c74158a5613874a4.txt': {
    da: 'Randers Kommune, Håndbog for aflastningsfamilier',
    en: 'Randers Municipality, handbook for relief families',
  },
  '004_2ef01a3e92adb0b8.txt': {
    da: 'Rudersdal Kommune, Serviceniveau på børne- og ungeområdet',
    en: "Rudersdal Municipality, service levels for children's and youth services",
  },
};

/**
 * A reason's source in words: the document's title for a quote from a municipal document, the
 * text as it is when it already reads as a title; nothing for an internal code (a rule or benefit
 * id), which no family can look up.
 */
export function sourceInWords(source: string): Bilingual | undefined {
  const file = source.split(':')[0] ?? '';
  const titled = SOURCE_TITLES[file];
  if (titled) return titled;
  const readable = /\s/.test(source.trim()) && !/\.txt\b|[_/]/.test(source);
  return readable ? { da: source.trim(), en: source.trim() } : undefined;
}

/** A rule's reason as whole sentences, then "Kilde: Randers Kommune, Håndbog for aflastningsfamilier." */
const reasonInLetter = (r: Reason): Bilingual => {
  const title = sourceInWords(r.source);
  return {
    da: title ? `${sentence(r.da)} Kilde: ${title.da}.` : sentence(r.da),
    en: title ? `${sentence(r.en)} Source: ${title.en}.` : sentence(r.en),
  };
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
