import type { RateTableInput } from '../rates/schema';
import type { BenefitInput } from './schema';

const U = '004_2ef01a3e92adb0b8.txt' as const;

/** Relief stays are paid per hotel night at KL's fee per night (A-6, A-19). */
const reliefAmount: BenefitInput['amount'] = {
  kind: 'calculator',
  calculator: 'hotel-nights',
  rates: { perNight: 'kl-foster-fee-per-night' },
  limits: { nightsPerMonth: 14, nightsPerYear: 60 },
};

const reliefDocs: BenefitInput['documentation'] = {
  regime: 'none',
  requires: [],
  text: {
    da: 'Aflastningsopholdene med dato og klokkeslæt for start og slut.',
    en: 'The relief stays with date and time of start and end.',
  },
};

const reliefAssessment: BenefitInput['assessment'] = {
  da: 'Vederlaget følger KL’s vejledende takster, og kommunen fastsætter antallet af vederlag efter en konkret vurdering af opgaven. Systemet foreslår kun et beløb.',
  en: 'The fee follows KL’s guidance rates, and the municipality sets the number of vederlag after a concrete assessment of the task. The system only suggests an amount.',
};

const countingDecision = {
  ambiguity: 'A-6',
  decision: {
    da: 'Rudersdal definerer ikke "døgn". Systemet tæller som i Randers hotel-døgn (overnatninger); et påbegyndt døgn uden overnatning betales ikke. Kommunen udbetaler et månedligt gennemsnit af de bevilgede døgn; sagsbehandleren afstemmer de indberettede ophold med bevillingen.',
    en: 'Rudersdal does not define "døgn". As in Randers the system counts hotel nights (overnights); a started day without an overnight is not paid. The municipality pays a monthly average of the granted nights; the caseworker reconciles the reported stays with the grant.',
  },
};

const capDecision = (extra?: { da: string; en: string }) => ({
  ambiguity: 'A-19',
  decision: {
    da: `Højst 14 døgn pr. kalendermåned og 60 døgn pr. kalenderår anvendes som lofter. Døgn ud over lofterne afvises ikke automatisk, men kræver en konkret vurdering (needs-assessment).${extra ? ` ${extra.da}` : ''}`,
    en: `At most 14 nights per calendar month and 60 nights per calendar year are applied as caps. Nights beyond the caps are not refused automatically but need an assessment (needs-assessment).${extra ? ` ${extra.en}` : ''}`,
  },
});

const activityMoneyDecision = (da: string, en: string) => ({
  ambiguity: 'A-15',
  decision: { da, en },
});

const reliefSummaryTail = {
  da: 'Forældrene søger, men det er aflastningsfamilien, der får vederlaget. Højst 14 døgn om måneden og 60 døgn om året uden særlig vurdering.',
  en: 'Parents apply, but the relief family is paid the fee. At most 14 nights a month and 60 a year without a special assessment.',
};

const reliefTaxSources = [
  {
    file: U,
    line: 8148,
    quote: 'Som aflastningsfamilie får man løn for de døgn barnet reelt er i aflastning',
  },
  { file: U, line: 8151, quote: 'Plejelønnen er skattepligtig' },
  { file: U, line: 8020, quote: 'døgns aflastning om måneden.' },
];

/** Rudersdal's dated amounts for §1.3. The service level is from 2015 (lovbekendtgørelse of 16/2 2015). */
export const rudersdalPlacementRates: RateTableInput[] = [
  {
    id: 'rud-support-person',
    name: { da: 'Støtteperson, fast beløb pr. måned', en: 'Support person, fixed amount per month' },
    unit: 'dkk-per-month',
    periods: [
      {
        validFrom: '2015-01-01',
        amount: '2500.00',
        source: `${U}: "Der ydes et fast beløb på 2500,- kr. pr md."`,
        note: 'undated; 2015 service level',
      },
    ],
  },
  {
    id: 'rud-youth-own-payment',
    name: {
      da: 'Unges egenbetaling for ophold (18–22 år)',
      en: 'Young person’s own payment for a stay (18–22)',
    },
    unit: 'dkk-per-month',
    periods: [
      {
        validFrom: '2015-01-01',
        amount: '3000.00',
        source: `${U}: "Unge, som har arbejdsindtægt, betaler for ophold med kr. 3.000,- pr. mdr."`,
        note: 'Bilag 5, undated',
      },
    ],
  },
  {
    id: 'rud-youth-own-payment-income-threshold',
    name: {
      da: 'Indtægtsgrænse for unges egenbetaling',
      en: 'Income threshold for the young person’s own payment',
    },
    unit: 'dkk-per-month',
    periods: [
      {
        validFrom: '2015-01-01',
        amount: '3000.00',
        source: `${U}: "indtægten overstiger kr. 3.000,- pr. mdr.."`,
        note: 'Bilag 5, undated',
      },
    ],
  },
  {
    id: 'rud-youth-own-payment-blocked-account-max',
    name: {
      da: 'Maksimum på den unges spærrede konto (under 18 år)',
      en: 'Maximum on the young person’s blocked account (under 18)',
    },
    unit: 'dkk',
    periods: [
      {
        validFrom: '2015-01-01',
        amount: '50000.00',
        source: `${U}: "optjenes/indsættes kr. 50.000."`,
        note: 'Bilag 5, undated',
      },
    ],
  },
  {
    id: 'rud-parent-own-payment',
    name: {
      da: 'Forældrebetaling for anbringelse, maksimum pr. år',
      en: 'Parents’ own payment for a placement, yearly maximum',
    },
    unit: 'dkk-per-year',
    periods: [
      {
        validFrom: '2014-01-01',
        amount: '50800.00',
        source: `${U}: "50.800 kr. årligt (2014)."`,
        note: 'statutory maximum, 2014 level',
        confirmed: false,
      },
    ],
  },
];

/** Rudersdal Kommune: relief, placement and other SEL provisions (rules-catalogue §1.3). */
export const rudersdalPlacementBenefits: BenefitInput[] = [
  {
    id: 'rud-relief-s44',
    municipality: 'rudersdal',
    group: 'relief-pay',
    name: {
      da: 'Aflastningsordning, handicapområdet (SEL § 44 jf. § 84)',
      en: 'Relief stays, disability (family’s need)',
    },
    summary: {
      da: `Vederlag for aflastning af et barn med handicap, betalt pr. overnatning efter KL’s takst. Normalt ca. 50 døgn om året. ${reliefSummaryTail.da}`,
      en: `Fee for relief for a disabled child, paid per overnight at KL’s rate. Normally about 50 nights a year. ${reliefSummaryTail.en}`,
    },
    applicants: { eligible: ['relief-family', 'parent'], assess: ['network-foster-family'] },
    amount: reliefAmount,
    needs: ['stays'],
    assessment: {
      da: `${reliefAssessment.da} Transport og nødvendige ekstra udgifter uden for vederlaget kan kun dækkes efter en konkret vurdering og indgår ikke her. Der ydes ikke aktivitetspenge.`,
      en: `${reliefAssessment.en} Transport and necessary extra costs outside the fee can only be covered after a concrete assessment and are not part of this item. No activity money is paid.`,
    },
    documentation: reliefDocs,
    decidedBy: 'caseworker-or-team-lead',
    legalBasis: {
      da: 'Serviceloven § 44, jf. § 84; KL’s vejledende takster',
      en: 'Social Services Act § 44, cf. § 84; KL guidance rates',
    },
    taxable: true,
    sources: [
      { file: U, line: 2001, quote: 'normalt være ca. 50 døgn om året, svarende til' },
      { file: U, line: 2015, quote: 'højst 60 aflastningsdøgn om året.' },
      { file: U, line: 1939, quote: 'konkret vurdering ydes transportudgifter samt nødvendige ekstra' },
      { file: U, line: 1947, quote: 'udgangspunkt løntrin 11.' },
      { file: U, line: 1943, quote: 'aktivitetspenge.' },
      { file: U, line: 1949, quote: 'Indsatsen kan også foregå hos en familie i barnets/den unges' },
      ...reliefTaxSources,
    ],
    decisions: [
      countingDecision,
      capDecision({
        da: '§ 44-standarden har kun årsgrænsen (ca. 50, højst 60 døgn); månedsloftet på 14 døgn kommer fra Håndbog for plejefamilier (Bilag 4), som gælder alle aflastningsfamilier.',
        en: 'The § 44 standard only has the yearly limit (about 50, at most 60 nights); the 14-night monthly cap comes from the foster family handbook (Annex 4), which applies to all relief families.',
      }),
      activityMoneyDecision(
        'Der ydes ikke aktivitetspenge efter § 44. Et aktivitetsbeløb kan kun gives undtagelsesvist som rud-activity-amount og afgøres altid af sagsbehandleren.',
        'No activity money under § 44. An activity amount can only be given exceptionally as rud-activity-amount and is always decided by the caseworker.',
      ),
    ],
  },
  {
    id: 'rud-relief-s52-handicap',
    municipality: 'rudersdal',
    group: 'relief-pay',
    name: {
      da: 'Aflastningsordning, handicapområdet (SEL § 52, stk. 3, nr. 5)',
      en: 'Relief stays, disability (child’s need)',
    },
    summary: {
      da: `Vederlag for aflastning, når barnets behov kræver det, betalt pr. overnatning efter KL’s takst. Netværksfamilier får ikke vederlag. ${reliefSummaryTail.da}`,
      en: `Fee for relief when the child’s needs require it, paid per overnight at KL’s rate. Network families get no fee. ${reliefSummaryTail.en}`,
    },
    applicants: { eligible: ['relief-family', 'parent'] },
    amount: reliefAmount,
    needs: ['stays'],
    assessment: {
      da: `${reliefAssessment.da} Aflastningen bygger på en børnefaglig undersøgelse efter § 50. Forældrenes transport i forbindelse med aflastning søges efter § 41.`,
      en: `${reliefAssessment.en} Relief rests on a child investigation under § 50. The parents’ transport for relief is claimed under § 41.`,
    },
    documentation: reliefDocs,
    decidedBy: 'caseworker-or-team-lead',
    legalBasis: {
      da: 'Serviceloven § 52, stk. 3, nr. 5; KL’s vejledende takster',
      en: 'Social Services Act § 52(3)(5); KL guidance rates',
    },
    taxable: true,
    sources: [
      { file: U, line: 3007, quote: 'bevilges aflastning 14 døgn om måneden. Er behovet større, skal' },
      { file: U, line: 3050, quote: 'Forældrenes transportudgifter i forbindelse med aflastning kan' },
      { file: U, line: 3054, quote: 'Netværksfamilier honoreres ikke med vederlag.' },
      { file: U, line: 2997, quote: 'højst 60 aflastningsdøgn om året.' },
      { file: U, line: 3005, quote: 'Der vil max – og kun i helt ekstraordinære tilfælde - kunne' },
      ...reliefTaxSources,
    ],
    decisions: [
      countingDecision,
      capDecision({
        da: 'Kilden siger, at 14 døgn om måneden kun bevilges i helt ekstraordinære tilfælde; er behovet større, skal der ske anbringelse efter § 52, stk. 3, nr. 7.',
        en: 'The source says 14 nights a month are granted only in wholly extraordinary cases; a larger need calls for a placement under § 52(3)(7).',
      }),
    ],
  },
  {
    id: 'rud-relief-s52-vulnerable',
    municipality: 'rudersdal',
    group: 'relief-pay',
    name: {
      da: 'Aflastningsordning, udsatte børn (SEL § 52, stk. 3, nr. 5)',
      en: 'Relief stays, vulnerable children',
    },
    summary: {
      da: `Vederlag for aflastning af udsatte børn, som udgangspunkt under 12 år, betalt pr. overnatning efter KL’s takst. ${reliefSummaryTail.da}`,
      en: `Fee for relief for vulnerable children, as a rule under 12, paid per overnight at KL’s rate. ${reliefSummaryTail.en}`,
    },
    applicants: { eligible: ['relief-family', 'parent'], assess: ['network-foster-family'] },
    amount: reliefAmount,
    needs: ['stays'],
    conditions: [
      {
        kind: 'age',
        unit: 'years',
        at: 'expense-date',
        range: { max: 12, maxInclusive: false },
        gap: { min: 12 },
      },
    ],
    assessment: {
      da: `${reliefAssessment.da} Kørsel med barnet kan bevilges særskilt. I særlige tilfælde kan der bevilges en hverdag om ugen og ekstra døgn til ferie.`,
      en: `${reliefAssessment.en} Driving with the child can be granted separately. In special cases one weekday a week and extra nights for a holiday can be granted.`,
    },
    documentation: reliefDocs,
    decidedBy: 'caseworker-or-team-lead',
    legalBasis: {
      da: 'Serviceloven § 52, stk. 3, nr. 5; KL’s vejledende takster',
      en: 'Social Services Act § 52(3)(5); KL guidance rates',
    },
    taxable: true,
    sources: [
      { file: U, line: 3153, quote: 'normalt være ca. 50 døgn om året, svarende til hver 2. weekend.' },
      { file: U, line: 3155, quote: 'I særlige tilfælde kan bevilges aflastning på en hverdag om ugen' },
      { file: U, line: 3167, quote: 'Der kan bevilges kørsel med barnet.' },
      { file: U, line: 3168, quote: 'Der gives som udgangspunkt ikke aktivitetspenge.' },
      { file: U, line: 3127, quote: 'Foranstaltningen gives som udgangspunkt til yngre børn under' },
      { file: U, line: 3159, quote: 'Der vil max – og kun i helt særlige tilfælde - kunne bevilges' },
      ...reliefTaxSources,
    ],
    decisions: [
      countingDecision,
      capDecision({
        da: 'Kilden siger, at 14 døgn om måneden kun bevilges i helt særlige tilfælde.',
        en: 'The source says 14 nights a month are granted only in wholly special cases.',
      }),
      activityMoneyDecision(
        'Som udgangspunkt ingen aktivitetspenge. Et aktivitetsbeløb kan kun gives undtagelsesvist som rud-activity-amount og afgøres altid af sagsbehandleren.',
        'As a rule no activity money. An activity amount can only be given exceptionally as rud-activity-amount and is always decided by the caseworker.',
      ),
      {
        ambiguity: 'A-27',
        decision: {
          da: '"Som udgangspunkt under 12 år": børn under 12-årsdagen er omfattet; fra 12-årsdagen (også præcis 12 år) kræver det en konkret vurdering, ikke et afslag.',
          en: '"As a rule under 12": children before their 12th birthday qualify; from the 12th birthday (including exactly 12) the claim is assessed, not refused.',
        },
      },
    ],
  },
  {
    id: 'rud-relief-cap-handbook',
    municipality: 'rudersdal',
    group: 'relief-pay',
    name: { da: 'Aflastning (Bilag 4)', en: 'Relief cap per month (foster handbook wording)' },
    summary: {
      da: 'Aflastning er normalt 1–2 weekender om måneden plus nogle ferier og hverdage. Der kan højst bevilges 14 døgns aflastning om måneden.',
      en: 'Relief is normally 1–2 weekends a month plus some holidays and weekdays. At most 14 nights of relief a month can be granted.',
    },
    applicants: { eligible: ['relief-family'] },
    amount: reliefAmount,
    needs: ['stays'],
    assessment: {
      da: `${reliefAssessment.da} Denne post er håndbogens månedsloft; selve vederlaget er det samme som for de øvrige aflastningsordninger.`,
      en: `${reliefAssessment.en} This item is the handbook’s monthly cap; the fee itself is the same as for the other relief schemes.`,
    },
    documentation: reliefDocs,
    decidedBy: 'authority-caseworker',
    legalBasis: {
      da: 'Rudersdal Kommunes håndbog for plejefamilier (Bilag 4)',
      en: 'Rudersdal foster family handbook (Annex 4)',
    },
    taxable: true,
    sources: [
      { file: U, line: 8019, quote: 'Der kan max bevilges 14' },
      { file: U, line: 8020, quote: 'døgns aflastning om måneden.' },
      {
        file: U,
        line: 8148,
        quote: 'Som aflastningsfamilie får man løn for de døgn barnet reelt er i aflastning',
      },
      { file: U, line: 8151, quote: 'Plejelønnen er skattepligtig' },
      { file: U, line: 8193, quote: 'udregnes et gennemsnit antal døgn pr måned' },
    ],
    decisions: [
      countingDecision,
      capDecision({
        da: 'Håndbogen angiver 14 døgn om måneden uden forbehold, mens servicestandarderne kun tillader det i helt særlige tilfælde; da 14 × 12 langt overstiger 60, er 14 et kortvarigt loft.',
        en: 'The handbook states 14 nights a month without a qualifier, while the service standards allow it only in wholly special cases; as 14 × 12 far exceeds 60, 14 is a short-term ceiling.',
      }),
    ],
  },
  {
    id: 'rud-s52-3-1-activity',
    municipality: 'rudersdal',
    group: 'leisure',
    name: {
      da: 'Ophold i dagtilbud, fritidshjem, klub … og deltagelse i aktiviteter (SEL § 52, stk. 3, nr. 1)',
      en: 'Support for daycare, club or leisure activity (vulnerable children)',
    },
    summary: {
      da: 'Økonomisk støtte til udgifter ved et dagtilbud, en klub eller en fritidsaktivitet i nærmiljøet. Forældrene betaler som udgangspunkt selv; beløbet vurderes konkret.',
      en: 'Financial support for the costs of daycare, a club or a leisure activity in the local area. As a rule the parents pay themselves; the amount is assessed case by case.',
    },
    applicants: { eligible: ['parent'] },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    assessment: {
      da: 'Der er intet beløb i kilden, og forældrene betaler som udgangspunkt for foranstaltningen. Sagsbehandleren vurderer ud fra den børnefaglige undersøgelse, om og hvor meget der gives.',
      en: 'The source has no amount, and as a rule the parents pay for the measure. The caseworker decides from the child investigation whether and how much is given.',
    },
    documentation: {
      regime: 'full-coverage',
      requires: ['receipt'],
      text: {
        da: 'Kvitteringer for udgifterne til aktiviteten.',
        en: 'Receipts for the costs of the activity.',
      },
    },
    decidedBy: 'caseworker-or-team-lead',
    legalBasis: {
      da: 'Serviceloven § 52, stk. 3, nr. 1, jf. § 52 a, stk. 1, nr. 2',
      en: 'Social Services Act § 52(3)(1), cf. § 52 a(1)(2)',
    },
    sources: [
      { file: U, line: 2281, quote: 'Der kan ydes økonomisk støtte til de udgifter, der er forbundet' },
      { file: U, line: 2395, quote: 'Forældrene betaler som udgangspunkt for foranstaltningen' },
      { file: U, line: 2361, quote: 'Foranstaltningen gives typisk for et år ad gangen.' },
    ],
    decisions: [
      {
        ambiguity: 'A-8',
        decision: {
          da: 'En fritidsaktivitet som foranstaltning efter § 52, stk. 3, nr. 1 er et selvstændigt regime uden beløb: altid konkret vurdering. Loftet på 2.500 kr. gælder kun § 11, stk. 6 (rud-s11-leisure).',
          en: 'A leisure activity as a measure under § 52(3)(1) is a separate regime without an amount: always assessed. The DKK 2,500 cap applies only to § 11(6) (rud-s11-leisure).',
        },
      },
    ],
  },
  {
    id: 'rud-s52-3-4-family-transport',
    municipality: 'rudersdal',
    group: 'transport',
    name: {
      da: 'Døgnophold forældre og barn: kørsel',
      en: 'Family transport during a residential family stay',
    },
    summary: {
      da: 'Familiens kørsel i forbindelse med et døgnophold for forældre og barn kan dækkes efter en konkret vurdering. Forældrene betaler selv kosten under opholdet.',
      en: 'The family’s driving in connection with a residential stay for parents and child can be covered after an assessment. The parents pay for their food during the stay.',
    },
    applicants: { eligible: ['parent'] },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['trips'],
    assessment: {
      da: 'Kørslen "kan dækkes efter en konkret vurdering"; kilden nævner hverken takst eller omfang.',
      en: 'Driving "can be covered after a concrete assessment"; the source gives neither a rate nor a scope.',
    },
    documentation: {
      regime: 'full-coverage',
      requires: ['trip-log'],
      text: { da: 'Kørslen med dato og antal km.', en: 'The trips with date and km.' },
    },
    decidedBy: 'central-allocation-panel',
    legalBasis: { da: 'Serviceloven § 52, stk. 3, nr. 4', en: 'Social Services Act § 52(3)(4)' },
    sources: [
      { file: U, line: 2902, quote: 'Udgifter til familiens kørsel i forbindelse med foranstaltningen' },
      { file: U, line: 2900, quote: 'Forældrene betaler for kosten under opholdet.' },
      { file: U, line: 2904, quote: 'kan dækkes efter en konkret vurdering.' },
      { file: U, line: 2884, quote: 'Den centrale visitation.' },
    ],
  },
  {
    id: 'rud-institution-in-out',
    municipality: 'rudersdal',
    group: 'enrolment',
    name: {
      da: 'Ind- og udskrivningsbeløb (døgninstitution)',
      en: 'Enrolment and discharge amounts, residential institution',
    },
    summary: {
      da: 'Ved anbringelse på døgninstitution kan der efter en konkret vurdering ydes et beløb ved ind- og udskrivning. Til nødvendige indkøb gives den billigste relevante løsning.',
      en: 'For a placement in a residential institution an amount may be given at enrolment and discharge after an assessment. Necessary purchases are covered at the cheapest relevant solution.',
    },
    applicants: { eligible: [], assess: ['parent'] },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    assessment: {
      da: 'Beløbet gives "efter gældende vejledning og konkret vurdering", og kilden angiver ikke, om det udbetales til institutionen eller forældrene.',
      en: 'The amount is given "according to current guidance and a concrete assessment", and the source does not say whether it is paid to the institution or the parents.',
    },
    documentation: {
      regime: 'full-coverage',
      requires: ['receipt'],
      text: {
        da: 'Kvitteringer for de nødvendige anskaffelser.',
        en: 'Receipts for the necessary purchases.',
      },
    },
    decidedBy: 'authority-caseworker',
    legalBasis: {
      da: 'Serviceloven § 52, stk. 3, nr. 7 (anbringelse på døgninstitution)',
      en: 'Social Services Act § 52(3)(7) (placement in a residential institution)',
    },
    sources: [
      { file: U, line: 4028, quote: 'Der kan ydes ind- og udskrivningsbeløb efter gældende' },
      { file: U, line: 4032, quote: 'ydes billigste, relevante løsning.' },
      { file: U, line: 4030, quote: 'vejledning og konkret vurdering.' },
    ],
  },
  {
    id: 'rud-internship-allowance',
    municipality: 'rudersdal',
    group: 'support',
    name: { da: 'Praktikgodtgørelse (SEL § 52, stk. 3, nr. 8)', en: 'Internship allowance' },
    summary: {
      da: 'Unge i praktik får praktikgodtgørelse efter KL’s vejledende satser, typisk 14–17 år. Ordningen slutter senest før det 18. år.',
      en: 'Young people in an internship get an internship allowance at KL’s guidance rates, typically aged 14–17. It ends at the latest before age 18.',
    },
    applicants: { eligible: ['parent'] },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['items'],
    conditions: [
      {
        kind: 'age',
        unit: 'years',
        at: 'expense-date',
        range: { min: 14, minInclusive: true, max: 18, maxInclusive: false },
        gap: { max: 14, maxInclusive: false },
      },
    ],
    assessment: {
      da: 'Godtgørelsen følger KL’s vejledende satser, som kilden ikke gengiver; sagsbehandleren fastsætter beløbet ud fra de bevilgede timer.',
      en: 'The allowance follows KL’s guidance rates, which the source does not reproduce; the caseworker sets the amount from the granted hours.',
    },
    documentation: {
      regime: 'none',
      requires: [],
      text: {
        da: 'Praktiktimerne (kind "internship-hours", antal timer).',
        en: 'The internship hours (kind "internship-hours", number of hours).',
      },
    },
    decidedBy: 'caseworker-or-team-lead',
    legalBasis: {
      da: 'Serviceloven § 52, stk. 3, nr. 8; KL’s vejledende satser',
      en: 'Social Services Act § 52(3)(8); KL guidance rates',
    },
    sources: [
      { file: U, line: 4684, quote: 'Der udbetales praktikgodtgørelse efter gældende takst' },
      { file: U, line: 4662, quote: 'Et praktiktilbud vil normalt være 5-6 timer ugentlig' },
      { file: U, line: 4644, quote: 'Målgruppen kendetegnes typisk ved at være unge i 14-17 års' },
      { file: U, line: 4670, quote: 'Foranstaltningen ophører senest, inden den unge fylder 18 år.' },
    ],
    decisions: [
      {
        ambiguity: 'A-18',
        decision: {
          da: 'Kilden har ingen kronesats ("efter gældende takst, jf. KLs vejledende satser"): altid konkret vurdering.',
          en: 'The source has no DKK rate ("at the current rate, cf. KL’s guidance rates"): always assessed.',
        },
      },
      {
        ambiguity: 'A-27',
        decision: {
          da: 'Fra 18-årsdagen afvises kravet; under 14 år (målgruppen er "typisk" 14–17 år) vurderes kravet konkret.',
          en: 'From the 18th birthday the claim is refused; under 14 (the target group is "typically" 14–17) the claim is assessed.',
        },
      },
    ],
  },
  {
    id: 'rud-boarding-school',
    municipality: 'rudersdal',
    group: 'school',
    name: {
      da: 'Økonomisk støtte til kost-/efterskole (SEL § 52 a, stk. 1, nr. 1)',
      en: 'Support for boarding school / continuation school',
    },
    summary: {
      da: 'Hel eller delvis støtte til forældrenes andel af et kost- eller efterskoleophold, hvis de ikke selv har midlerne. Ét skoleår ad gangen, højst to år.',
      en: 'Full or partial support towards the parents’ share of a boarding or continuation school stay if they lack the means. One school year at a time, at most two years.',
    },
    applicants: { eligible: ['parent'] },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    assessment: {
      da: 'Støtten er trangsbestemt efter Ydelsescentrets takster for minimumsleveomkostninger. Forældrene betaler selv hjemtransport, tøj, lommepenge og andre udgifter.',
      en: 'The support is means-tested against Ydelsescentret’s minimum living-cost rates. The parents pay home transport, clothing, pocket money and other costs themselves.',
    },
    documentation: {
      regime: 'full-coverage',
      requires: ['means-assessment', 'invoice'],
      text: {
        da: 'Trangsvurdering og skolens opkrævning for forældrenes andel.',
        en: 'Means assessment and the school’s bill for the parents’ share.',
      },
    },
    decidedBy: 'caseworker-or-team-lead',
    legalBasis: { da: 'Serviceloven § 52 a, stk. 1, nr. 1', en: 'Social Services Act § 52 a(1)(1)' },
    sources: [
      { file: U, line: 4784, quote: 'udgangspunkt kan der maksimalt ydes tilskud til' },
      { file: U, line: 4786, quote: 'efterskoleophold i to år.' },
      { file: U, line: 4770, quote: 'udgifter til hjemtransport, beklædning og lommepenge og andre' },
      { file: U, line: 4760, quote: 'Støtten ydes alene, når forældremyndighedens indehaver ikke' },
      { file: U, line: 4782, quote: 'Bevillingen til efterskole gives for ét skoleår ad gangen.' },
      { file: U, line: 4796, quote: 'Tildeling Socialrådgiver / faglig leder.' },
    ],
  },
  {
    id: 'rud-s52a-contact-support',
    municipality: 'rudersdal',
    group: 'support',
    name: {
      da: 'Økonomisk støtte: undgå anbringelse, fremme hjemgivelse, stabil kontakt (SEL § 52 a, stk. 1, nr. 2/3)',
      en: 'Financial support to avoid placement, support return home, or keep contact',
    },
    summary: {
      da: 'Støtte til fx transport til samvær eller udstyr, så et barn med handicap kan besøge forældrene. Ikke indkomstafhængig. Ikke til fødselsdags- og julegaver eller løbende forsørgelse.',
      en: 'Support for e.g. transport for contact visits or equipment so a disabled child can visit the parents. Not means-tested. Not for birthday or Christmas gifts or ongoing maintenance.',
    },
    applicants: { eligible: ['parent'] },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    conditions: [{ kind: 'age', unit: 'years', at: 'expense-date', range: { max: 18, maxInclusive: false } }],
    assessment: {
      da: 'Støtten afhænger alene af formålet: der skal være klar sammenhæng mellem støtten og at undgå anbringelse, fremme hjemgivelse eller støtte en stabil kontakt. Intet beløb i kilden.',
      en: 'The support depends only on its purpose: there must be a clear link between the support and avoiding placement, supporting return home or keeping stable contact. No amount in the source.',
    },
    documentation: {
      regime: 'full-coverage',
      requires: ['receipt'],
      text: { da: 'Kvitteringer for udgifterne.', en: 'Receipts for the expenses.' },
    },
    decidedBy: 'caseworker-or-team-lead',
    legalBasis: {
      da: 'Serviceloven § 52 a, stk. 1, nr. 2 og 3',
      en: 'Social Services Act § 52 a(1)(2) and (3)',
    },
    sources: [
      { file: U, line: 4845, quote: 'transportudgifter i forbindelse med samvær eller til specielle' },
      { file: U, line: 4865, quote: 'fødselsdags- og julegaver.' },
      { file: U, line: 4898, quote: 'indtil det 18. år.' },
      { file: U, line: 4883, quote: 'ikke trangsbestemt og afhænger således ikke af familiens' },
      { file: U, line: 4902, quote: 'løbende forsørgelsesudgifter.' },
    ],
    decisions: [
      {
        ambiguity: 'A-27',
        decision: {
          da: '"Maksimalt indtil det 18. år" læses som indtil barnets 18-årsdag: udgifter fra 18-årsdagen afvises.',
          en: '"At most until the 18th year" is read as until the child’s 18th birthday: expenses from the 18th birthday are refused.',
        },
      },
    ],
  },
  {
    id: 'rud-support-person',
    municipality: 'rudersdal',
    group: 'support',
    name: { da: 'Støtteperson (SEL § 54)', en: 'Support person for parents of a placed child' },
    summary: {
      da: 'Forældre til et anbragt barn kan få en støtteperson. Kommunen betaler støttepersonen 2.500 kr. om måneden til løn og transport; pengene udbetales ikke til familien.',
      en: 'Parents of a placed child can get a support person. The municipality pays the support person DKK 2,500 a month for pay and transport; the money is not paid to the family.',
    },
    applicants: { eligible: ['parent'] },
    amount: { kind: 'discretionary', cap: 'rud-support-person', per: 'month' },
    needs: ['expenses'],
    assessment: {
      da: 'Beløbet på 2.500 kr. pr. måned udbetales til støttepersonen, ikke til familien. Det kan undtagelsesvis forhøjes i en opstartsfase på højst 3 måneder, hvilket kræver en konkret vurdering.',
      en: 'The DKK 2,500 a month is paid to the support person, not to the family. It can exceptionally be raised in a start-up phase of at most 3 months, which needs an assessment.',
    },
    documentation: {
      regime: 'invoice-to-municipality',
      requires: ['invoice'],
      text: {
        da: 'Støttepersonens afregning sendes til og betales af kommunen.',
        en: 'The support person’s bill is sent to and paid by the municipality.',
      },
    },
    decidedBy: 'caseworker-or-team-lead',
    legalBasis: { da: 'Serviceloven § 54, stk. 1 og 2', en: 'Social Services Act § 54(1) and (2)' },
    sources: [
      { file: U, line: 5028, quote: 'Der ydes et fast beløb på 2500,- kr. pr md.' },
      { file: U, line: 5032, quote: 'forhøjes i en opstartsfase (max 3 måneder)' },
      { file: U, line: 5028, quote: 'Beløbet dækker løn og' },
      { file: U, line: 5044, quote: 'Sagsbehandler / faglig leder.' },
    ],
  },
  {
    id: 'rud-youth-own-payment',
    municipality: 'rudersdal',
    group: 'own-payment',
    name: {
      da: 'Egenbetaling for døgnophold / udslusning 18–22 år (Bilag 5)',
      en: 'Young person’s own payment for a stay (a deduction, not a payment)',
    },
    summary: {
      da: 'Unge på 18–22 år med arbejdsindtægt over 3.000 kr. om måneden betaler 3.000 kr. om måneden for ophold. Det er en betaling fra den unge, ikke en ydelse.',
      en: 'Young people aged 18–22 earning over DKK 3,000 a month pay DKK 3,000 a month for their stay. It is a payment by the young person, not a benefit.',
    },
    applicants: { eligible: ['parent'] },
    amount: {
      kind: 'not-payable',
      why: {
        da: 'Egenbetalingen er et beløb, den unge betaler for kost og logi (og under 18 år indsættes overskydende indtægt på en spærret konto op til 50.000 kr.). Den administreres af anbringelsesstedet og udbetales ikke.',
        en: 'The own payment is an amount the young person pays for board and lodging (and under 18, surplus earnings go to a blocked account up to DKK 50,000). The placement site administers it; nothing is paid out.',
      },
    },
    documentation: { regime: 'none', requires: [], text: { da: 'Ingen.', en: 'None.' } },
    decidedBy: 'placement-site',
    legalBasis: {
      da: 'Serviceloven §§ 159 og 160; betalingsbekendtgørelsen nr. 712 af 19/6 2013 (Bilag 5)',
      en: 'Social Services Act §§ 159 and 160; payment order no. 712 of 19/6 2013 (Annex 5)',
    },
    sources: [
      {
        file: U,
        line: 8661,
        quote: 'Unge, som har arbejdsindtægt, betaler for ophold med kr. 3.000,- pr. mdr.',
      },
      { file: U, line: 8633, quote: 'optjenes/indsættes kr. 50.000.' },
      { file: U, line: 8663, quote: 'indtægten overstiger kr. 3.000,- pr. mdr..' },
      { file: U, line: 8675, quote: 'Ovenstående retningslinjer administreres af anbringelsesstedet.' },
    ],
  },
  {
    id: 'rud-parent-own-payment',
    municipality: 'rudersdal',
    group: 'own-payment',
    name: {
      da: 'Forældrebetaling / egenbetaling for anbringelse',
      en: 'Parents’ own payment for a placement (a deduction)',
    },
    summary: {
      da: 'Forældre til et anbragt barn betaler et indkomstafhængigt beløb, højst 50.800 kr. om året (2014), og børneydelserne inddrages. Ikke ved anbringelse i netværket.',
      en: 'Parents of a placed child pay an income-dependent amount, at most DKK 50,800 a year (2014), and child benefits are taken. Not for placements in the network.',
    },
    applicants: { eligible: ['parent'] },
    amount: {
      kind: 'not-payable',
      why: {
        da: 'Forældrebetalingen er et beløb, forældrene betaler til kommunen for anbringelsen; den udbetales ikke.',
        en: 'The parents’ own payment is an amount the parents pay the municipality for the placement; nothing is paid out.',
      },
    },
    documentation: { regime: 'none', requires: [], text: { da: 'Ingen.', en: 'None.' } },
    decidedBy: 'municipality',
    legalBasis: {
      da: 'Serviceloven § 52, stk. 3, nr. 7; betalingsbekendtgørelsen nr. 712 af 19/6 2013',
      en: 'Social Services Act § 52(3)(7); payment order no. 712 of 19/6 2013',
    },
    sources: [
      { file: U, line: 3676, quote: '50.800 kr. årligt (2014).' },
      { file: U, line: 3518, quote: 'Forældrene sættes ikke i egenbetaling ved anbringelse i' },
      { file: U, line: 3674, quote: 'Forældrebetalingen er indtægtsbestemt og kan maksimalt udgøre' },
      { file: U, line: 3672, quote: 'ligesom børneydelserne inddrages.' },
    ],
    decisions: [
      {
        ambiguity: 'A-18',
        decision: {
          da: 'Maksimum 50.800 kr. er 2014-niveau og gemmes med gyldighedsdato; kommunen skal bekræfte det aktuelle beløb.',
          en: 'The DKK 50,800 maximum is the 2014 level and is stored with a valid-from date; the municipality must confirm the current amount.',
        },
      },
    ],
  },
];
