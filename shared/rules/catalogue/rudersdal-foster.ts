import type { RateTableInput } from '../rates/schema';
import type { BenefitInput } from './schema';

const U = '004_2ef01a3e92adb0b8.txt' as const;

const bilag4: BenefitInput['legalBasis'] = {
  da: 'Rudersdal Kommunes håndbog for plejefamilier (Bilag 4)',
  en: 'Rudersdal foster family handbook (Annex 4)',
};

/** Rudersdal 004:8327-8328: "Stolen skal være godkendt sikkerhedsmæssigt" (issue 10, class 3). */
const rudersdalSeatApproval: BenefitInput['approval'] = {
  accepted: ['i-size', 'ece-r44-04', 'ece-r44-03', 'ece-r44-older'],
  source: { file: U, line: 8327, quote: 'Stolen skal være godkendt' },
};

/** the 24h-foster-only reading of the flattened Bilag 4 table. */
const fosterColumn: BenefitInput['applicants'] = {
  eligible: ['foster-family'],
  assess: ['network-foster-family'],
};

const fosterColumnDecision = {
  ambiguity: 'A-16',
  decision: {
    da: 'Posten står i døgnplejekolonnen i Bilag 4-tabellen (udledt af layoutet; skal efterprøves mod den originale PDF). Generelt godkendte døgnplejefamilier kan søge, aflastningsfamilier afvises, og netværksplejefamilier får needs-assessment, fordi Bilag 4 kun nævner kost, logi, lommepenge, beklædning, ferie, indskrivning, én fritidsaktivitet og kørsel for dem.',
    en: 'The item sits in the 24h foster column of the Bilag 4 table (inferred from the layout; to be checked against the original PDF). Generally approved foster families may claim, relief families are refused, and network foster families get needs-assessment, because Bilag 4 lists only board, lodging, pocket money, clothing, holiday, enrolment, one leisure activity and driving for them.',
  },
};

const level2015Decision = {
  ambiguity: 'A-18',
  decision: {
    da: 'Beløbet er på 2015-niveau (Bilag 4, januar 2015) og ligger i en dateret satstabel fra 2015-01-01; kommunen indtaster nye satser med gyldighedsdato.',
    en: 'The amount is at the 2015 level (Bilag 4, January 2015) and is held in a dated rate table from 2015-01-01; the municipality enters new rates with a valid-from date.',
  },
};

const seatBandDecision = {
  ambiguity: 'A-1',
  decision: {
    da: 'Aldersbåndet afgøres først: et barn på 0–9 fuldførte måneder (den 9. måned medregnes) hører under 0-9 mdr. (1.300 kr.). Ellers afgør vægten: til og med 18 kg giver 1.600 kr., over 30 kg giver 1.500 kr. Over 18 kg til og med 30 kg er ikke dækket af kilden og giver needs-assessment, og det samme gør et barn på 0–9 måneder, der søges under vægtbåndet op til 18 kg (båndene overlapper). At leje altid skal overvejes, og at stolen er sikkerhedsgodkendt, kontrolleres af sagsbehandleren, ikke af reglerne.',
    en: 'The age band is checked first: a child of 0–9 completed months (the 9th month counts) belongs to the 0–9 months band (DKK 1,300). Otherwise weight decides: up to and including 18 kg gives DKK 1,600, over 30 kg gives DKK 1,500. Over 18 kg up to and including 30 kg is not covered by the source and gives needs-assessment, as does a child of 0–9 months claimed under the up-to-18 kg band (the bands overlap). That renting must always be considered and that the seat is safety-approved is checked by the caseworker, not by the rules.',
  },
};

const seatColumnDecision = {
  ambiguity: 'A-16',
  decision: {
    da: 'Autostolen står med samme beløb i både aflastnings- og døgnplejekolonnen (sikker aflæsning): aflastnings- og døgnplejefamilier kan søge. Netværksplejefamilier får needs-assessment, da Bilag 4 ikke nævner posten for dem.',
    en: 'The car seat has the same amounts in both the relief and the 24h foster column (certain reading): relief and foster families may claim. Network foster families get needs-assessment, as Bilag 4 does not list the item for them.',
  },
};

const insuranceNetworkDecision = {
  ambiguity: 'A-16',
  decision: {
    da: 'Forsikringsreglerne gælder "ved døgnanbringelse" og nævner ikke netværksplejefamilier særskilt: døgnplejefamilier kan søge, netværksplejefamilier får needs-assessment, aflastningsfamilier afvises.',
    en: 'The insurance rules apply to 24h placements ("ved døgnanbringelse") and do not mention network foster families: foster families may claim, network foster families get needs-assessment, relief families are refused.',
  },
};

const enrolmentDecisionA7 = {
  ambiguity: 'A-7',
  decision: {
    da: '"Under 12 år" er under 12 fuldførte år på indskrivningsdagen (2.000 kr.); "over 12 år" er mere end 12 fuldførte år (2.500 kr.). Et barn på præcis 12 fuldførte år er udefineret og giver needs-assessment. Afsnittet indledes med "Ved aflastning og døgnplejeopgaver", så aflastningsfamilier får needs-assessment. Beløbet er "fastsat af KL", men de trykte tal bruges som daterede satser. Beløbet gives én gang pr. indskrivning; sagsbehandleren kontrollerer tidligere udbetalinger.',
    en: '"Under 12" is under 12 completed years on the placement date (DKK 2,000); "over 12" is more than 12 completed years (DKK 2,500). A child of exactly 12 completed years is undefined and gives needs-assessment. The section opens with "Ved aflastning og døgnplejeopgaver", so relief families get needs-assessment. The amount is "set by KL", but the printed figures are used as dated rates. It is given once per placement; the caseworker checks earlier payments.',
  },
};

const enrolmentDecisionA10 = {
  ambiguity: 'A-10',
  decision: {
    da: 'En cykel til et barn uden cykel kan købes for indskrivningsbeløbet og indgår i samme loft. Opsparing til ny cykel og småreparationer dækkes af kost og logi.',
    en: 'A bike for a child without one may be bought from the enrolment amount and falls under the same cap. Saving for a new bike and small repairs are covered by board and lodging.',
  },
};

const enrolmentDecisionA27 = {
  ambiguity: 'A-27',
  decision: {
    da: 'Alderen måles i fuldførte år på indskrivningsdagen (placementStart). Grænsen 12 er eksklusiv i begge poster, og præcis 12 år er et gap med needs-assessment.',
    en: 'Age is measured in completed years on the placement date (placementStart). The limit 12 is exclusive in both items, and exactly 12 is a gap with needs-assessment.',
  },
};

const mileageRateDecision = {
  ambiguity: 'A-2',
  decision: {
    da: '"Statens laveste takst" læses som statens lave kørselstakst (tabellen state-low-mileage); taksten på kørselsdagen gælder.',
    en: '"Statens laveste takst" is read as the state’s low mileage rate (table state-low-mileage); the rate on the day of the trip applies.',
  },
};

const receiptDocs: BenefitInput['documentation'] = {
  regime: 'full-coverage',
  requires: ['receipt'],
  text: {
    da: 'Kvittering for udgiften. Rudersdal siger ikke, om der kræves originaler eller kopier.',
    en: 'Receipt for the expense. Rudersdal does not say whether originals or copies are required.',
  },
};

const noDocs: BenefitInput['documentation'] = {
  regime: 'none',
  requires: [],
  text: {
    da: 'Ingen kvitteringer: beløbet følger kontrakten og de gældende satser.',
    en: 'No receipts: the amount follows the contract and the rates in force.',
  },
};

/** Rudersdal Bilag 4 ("Håndbog for plejefamilier", Januar 2015) amounts, at the 2015 price level. */
export const rudersdalFosterRates: RateTableInput[] = [
  {
    id: 'rud-relief-holiday-pay',
    name: { da: 'Feriepenge for aflastningsfamilier', en: 'Holiday pay for relief families' },
    unit: 'percent',
    periods: [
      {
        validFrom: '2015-01-01',
        amount: '12.5',
        source: `${U}: "Aflastningsfamilier optjener feriepenge med 12,5 % af deres løn."`,
      },
    ],
  },
  {
    id: 'rud-car-seat-0-9m',
    name: { da: 'Autostol 0-9 mdr.', en: 'Infant car seat, 0–9 months' },
    unit: 'dkk',
    periods: [{ validFrom: '2015-01-01', amount: '1300.00', source: `${U}: "0-9 mdr.: 1.300 kr."` }],
  },
  {
    id: 'rud-car-seat-to-18kg',
    name: { da: 'Autostol op til 18 kg', en: 'Car seat up to 18 kg' },
    unit: 'dkk',
    periods: [{ validFrom: '2015-01-01', amount: '1600.00', source: `${U}: "Op til 18 kg.: 1.600 kr."` }],
  },
  {
    id: 'rud-car-seat-over-30kg',
    name: { da: 'Autostol over 30 kg', en: 'Car seat over 30 kg' },
    unit: 'dkk',
    periods: [{ validFrom: '2015-01-01', amount: '1500.00', source: `${U}: "Over 30 kg.: 1.500 kr."` }],
  },
  {
    id: 'rud-glasses-frame',
    name: { da: 'Brillestel, maksimalt tilskud', en: 'Glasses frame, maximum subsidy' },
    unit: 'dkk',
    periods: [{ validFrom: '2015-01-01', amount: '2000.00', source: `${U}: "med maksimalt 2.000 kr. og"` }],
  },
  {
    id: 'rud-computer',
    name: { da: 'Computer, maksimalt tilskud', en: 'Computer, maximum subsidy' },
    unit: 'dkk',
    periods: [
      { validFrom: '2015-01-01', amount: '3500.00', source: `${U}: "maksimale tilskud er 3.500 kr."` },
    ],
  },
  {
    id: 'rud-enrolment-under-12',
    name: { da: 'Indskrivningsbeløb, børn under 12 år', en: 'Enrolment amount, children under 12' },
    unit: 'dkk',
    periods: [
      {
        validFrom: '2015-01-01',
        amount: '2000.00',
        source: `${U}: "For børn under 12 år udgør beløbet 2000 kr."`,
        confirmed: false,
      },
    ],
  },
  {
    id: 'rud-enrolment-over-12',
    name: { da: 'Indskrivningsbeløb, børn over 12 år', en: 'Enrolment amount, children over 12' },
    unit: 'dkk',
    periods: [
      {
        validFrom: '2015-01-01',
        amount: '2500.00',
        source: `${U}: "børn over 12 år udgør beløbet 2500 kr."`,
        confirmed: false,
      },
    ],
  },
  {
    id: 'rud-bike-helmet',
    name: { da: 'Cykelhjelm ved indskrivning', en: 'Bike helmet at enrolment' },
    unit: 'dkk',
    periods: [
      {
        validFrom: '2015-01-01',
        amount: '400.00',
        source: `${U}: "Der ydes ligeledes tilskud til cykelhjelm på 400 kr."`,
      },
    ],
  },
  {
    id: 'rud-accidental-damage-threshold',
    name: { da: 'Grænse for skade ved hændeligt uheld', en: 'Threshold for accidental damage' },
    unit: 'dkk',
    periods: [
      {
        validFrom: '2015-01-01',
        amount: '500.00',
        source: `${U}: "kan der for beløb over 500 kr. søges dækning via"`,
      },
    ],
  },
];

/** What the three enrolment items (§ "Udgift til indskrivning") share: who, what, by when, who decides. */
const enrolment = {
  municipality: 'rudersdal',
  group: 'enrolment',
  applicants: { eligible: ['foster-family', 'network-foster-family'], assess: ['relief-family'] },
  needs: ['expenses', 'placementStart'],
  decidedBy: 'authority-caseworker',
  deadlines: [{ kind: 'months-after-placement', months: 3 }],
  legalBasis: bilag4,
} satisfies Partial<BenefitInput>;

const enrolmentItemsDocs: BenefitInput['documentation'] = {
  regime: 'full-coverage',
  requires: ['receipt'],
  text: { da: 'Dokumentation for de indkøbte ting.', en: 'Documentation of the items bought.' },
};

const settledWithin3Months = {
  file: U,
  line: 8498,
  quote: 'Etableringen skal være afregnet seneste 3 måneder efter',
} as const;
const reliefAndFosterTasks = { file: U, line: 8486, quote: 'Ved aflastning og døgnplejeopgaver' } as const;

/** Rudersdal: foster, relief and network foster families (rules-catalogue §1.2, Bilag 4 and placement standards). */
export const rudersdalFosterBenefits: BenefitInput[] = [
  {
    id: 'rud-care-fee',
    municipality: 'rudersdal',
    group: 'foster-pay',
    name: { da: 'Vederlag (plejeløn)', en: 'Care fee (salary)' },
    summary: {
      da: 'Løn til plejefamilien i vederlag efter KL’s takst. Aflastningsfamilier får løn for de døgn, barnet reelt er i aflastning; døgnplejefamilier får løn hele året. Netværksplejefamilier får ikke løn.',
      en: 'Pay to the foster family in vederlag units at KL’s rate. Relief families are paid for the days the child is actually in relief; 24h foster families are paid all year. Network foster families get no pay.',
    },
    applicants: { eligible: ['relief-family', 'foster-family'] },
    amount: {
      kind: 'calculator',
      calculator: 'hotel-nights',
      rates: { perNight: 'kl-foster-fee-per-night' },
    },
    needs: ['stays'],
    assessment: {
      da: 'Kommunen fastsætter antallet af vederlag ud fra barnets ressourcer og behov, forældresamarbejdet og plejefamiliens muligheder (højst 7 vederlag, kun helt undtagelsesvist flere; kommunale plejefamilier 10). Antallet genforhandles årligt, og KL’s takst er ikke gengivet i kilden.',
      en: 'The municipality sets the number of vederlag from the child’s resources and needs, the cooperation with the parents and the family’s circumstances (at most 7, more only very exceptionally; municipal foster families 10). The number is renegotiated yearly, and KL’s rate is not given in the source.',
    },
    documentation: {
      regime: 'none',
      requires: [],
      text: {
        da: 'Aflastningsdøgnene (ophold) for aflastningsfamilier; antallet af vederlag fremgår af kontrakten.',
        en: 'The relief days (stays) for relief families; the number of vederlag is in the contract.',
      },
    },
    decidedBy: 'authority-caseworker',
    legalBasis: {
      da: 'Rudersdal Kommunes håndbog for plejefamilier (Bilag 4); KL’s vejledende takster for vederlag',
      en: 'Rudersdal foster family handbook (Annex 4); KL guidance rates for foster care fees',
    },
    taxable: true,
    sources: [
      {
        file: U,
        line: 8148,
        quote: 'Som aflastningsfamilie får man løn for de døgn barnet reelt er i aflastning',
      },
      { file: U, line: 8193, quote: 'udregnes et gennemsnit antal døgn pr måned' },
      { file: U, line: 8152, quote: 'Hvert år den 1. januar satsreguleres vederlaget.' },
      { file: U, line: 3660, quote: 'vederlag udover de maximale 7 vederlag.' },
      { file: U, line: 3845, quote: 'til 10 vederlag' },
      { file: U, line: 8149, quote: 'døgnplejefamilie får løn 365 dage om året.' },
      { file: U, line: 8151, quote: 'Lønnen udregnes i vederlag på baggrund af vejledning fra KL.' },
      {
        file: U,
        line: 8154,
        quote: 'Det er kommunen, der vurderer, hvor mange vederlag en plejeopgave skal udløse.',
      },
      { file: U, line: 8178, quote: 'I modtager ikke løn' },
    ],
    decisions: [
      {
        ambiguity: 'A-6',
        decision: {
          da: 'Rudersdal definerer ikke døgn over for overnatning. Systemet foreslår beløbet ud fra hotel-døgn (overnatninger) i de indberettede ophold og KL-taksten; det bevilgede gennemsnit af døgn pr. måned (inkl. feriedøgn) i kontrakten afgør, så resultatet er altid needs-assessment. Døgnplejefamilier lønnes 365 dage om året via lønsystemet.',
          en: 'Rudersdal does not define døgn against overnights. The system suggests the amount from hotel nights (overnights) in the reported stays and the KL rate; the granted monthly average of døgn (holiday døgn included) in the contract decides, so the outcome is always needs-assessment. 24h foster families are paid 365 days a year through payroll.',
        },
      },
      {
        ambiguity: 'A-19',
        decision: {
          da: 'For aflastning gælder 14 døgn pr. måned og 60 døgn pr. år som lofter (se rud-relief-cap-handbook); flere døgn kun efter konkret vurdering.',
          en: 'For relief, 14 døgn a month and 60 døgn a year apply as caps (see rud-relief-cap-handbook); more only after a concrete assessment.',
        },
      },
      {
        ambiguity: 'A-18',
        decision: {
          da: 'KL-taksten pr. vederlag er ikke gengivet og reguleres hvert år 1. januar; den ligger i tabellen kl-foster-fee-per-night som ubekræftet konfiguration.',
          en: 'The KL rate per vederlag is not given and is regulated every 1 January; it is held in the table kl-foster-fee-per-night as unconfirmed configuration.',
        },
      },
    ],
  },
  {
    id: 'rud-relief-holiday-pay',
    municipality: 'rudersdal',
    group: 'relief-pay',
    name: { da: 'Feriepenge (aflastningsfamilier)', en: 'Holiday pay for relief families' },
    summary: {
      da: 'Aflastningsfamilier optjener feriepenge med 12,5 % af lønnen. De udbetales sammen med afviklingen af løn fra hovedarbejdsgiveren.',
      en: 'Relief families earn holiday pay of 12.5 % of their pay. It is paid out when the ordinary pay from the main employer is settled.',
    },
    applicants: { eligible: ['relief-family'] },
    amount: {
      kind: 'percentage',
      rate: 'rud-relief-holiday-pay',
      of: { da: 'aflastningsfamiliens løn (vederlag)', en: 'the relief family’s pay (care fee)' },
    },
    assessment: {
      da: 'Feriepengene beregnes af lønsystemet af den udbetalte løn, som kravet ikke indeholder; de søges ikke som særlig udgift.',
      en: 'Holiday pay is computed by payroll from the pay actually paid, which the claim does not carry; it is not claimed as a special expense.',
    },
    documentation: noDocs,
    decidedBy: 'authority-caseworker',
    legalBasis: {
      da: 'Ferieloven; Rudersdal Kommunes håndbog for plejefamilier (Bilag 4)',
      en: 'Holiday Act; Rudersdal foster family handbook (Annex 4)',
    },
    taxable: true,
    sources: [
      { file: U, line: 8234, quote: 'Aflastningsfamilier optjener feriepenge med 12,5 % af deres løn.' },
    ],
  },
  {
    id: 'rud-foster-holiday',
    municipality: 'rudersdal',
    group: 'foster-pay',
    name: { da: 'Ferie / særlig feriegodtgørelse', en: 'Holiday entitlement and special holiday allowance' },
    summary: {
      da: 'Døgnplejefamilier har 25 feriedage (5 uger) efter ferieloven, og særlig feriegodtgørelse udbetales med aprillønnen. Ferie uden barnet skal meldes i god tid. Netværksplejefamilier optjener ikke feriepenge.',
      en: '24h foster families have 25 days (5 weeks) of holiday under the Holiday Act, and the special holiday allowance is paid with the April salary. Holiday without the child must be notified in good time. Network foster families earn no holiday pay.',
    },
    applicants: { eligible: ['foster-family'] },
    amount: { kind: 'discretionary', per: 'year' },
    assessment: {
      da: 'Ferie håndteres af Personalekontoret via lønsystemet; ikke afholdt ferie overføres til Feriefonden. Den 5. ferieuge udbetales kun, hvis familien godtgør, at den ikke kan afholdes, hvilket kræver en vurdering.',
      en: 'Holiday is handled by the HR office through payroll; untaken holiday goes to Feriefonden. The 5th week is paid out only if the family shows it cannot be taken, which needs an assessment.',
    },
    documentation: {
      regime: 'none',
      requires: [],
      text: {
        da: 'For udbetaling af 5. ferieuge: familiens begrundelse for, at ugen ikke kan afholdes.',
        en: 'For paying out the 5th week: the family’s reason why the week cannot be taken.',
      },
    },
    decidedBy: 'municipality',
    legalBasis: {
      da: 'Ferieloven; Rudersdal Kommunes håndbog for plejefamilier (Bilag 4)',
      en: 'Holiday Act; Rudersdal foster family handbook (Annex 4)',
    },
    taxable: true,
    sources: [
      { file: U, line: 8204, quote: 'har optjent 25 feriedage.' },
      { file: U, line: 8217, quote: 'ugerne 7, 28, 29, 30 og 42 som ferie.' },
      { file: U, line: 8230, quote: 'Særlig feriegodtgørelse udbetales hvert år med april lønnen.' },
      { file: U, line: 8204, quote: 'Netværksplejefamilier modtager ikke løn' },
      {
        file: U,
        line: 8227,
        quote: 'Plejefamilien har ligeledes mulighed for at få udbetalt den 5. ferieuge',
      },
    ],
  },
  {
    id: 'rud-board-lodging',
    municipality: 'rudersdal',
    group: 'foster-pay',
    name: { da: 'Godtgørelse for kost og logi (omkostningsbeløb)', en: 'Board and lodging allowance' },
    summary: {
      da: 'Skattefrit månedligt beløb efter Socialministeriets takst, som afhænger af barnets alder. Det dækker de almindelige udgifter til barnet, fx mad, tøjvask, hygiejne, én fritidsinteresse, kørsel i hverdagen og pasfornyelse.',
      en: 'Tax-free monthly amount at the Ministry’s rate, which depends on the child’s age. It covers the child’s ordinary costs, e.g. food, laundry, hygiene, one leisure interest, everyday driving and passport renewal.',
    },
    applicants: { eligible: ['foster-family', 'network-foster-family'] },
    amount: { kind: 'discretionary', per: 'claim' },
    assessment: {
      da: 'Godtgørelsen udbetales månedligt efter Socialministeriets takst efter barnets alder, som ikke er gengivet i kilden; den søges ikke som særlig udgift.',
      en: 'The allowance is paid monthly at the Ministry’s age-dependent rate, which the source does not give; it is not claimed as a special expense.',
    },
    documentation: noDocs,
    decidedBy: 'authority-caseworker',
    legalBasis: {
      da: 'Socialministeriets takster; Rudersdal Kommunes håndbog for plejefamilier (Bilag 4)',
      en: 'Ministry of Social Affairs rates; Rudersdal foster family handbook (Annex 4)',
    },
    sources: [
      {
        file: U,
        line: 8242,
        quote:
          'Plejefamilier og netværksplejefamilier får udbetalt en godtgørelse for kost og logi hver måned.',
      },
      { file: U, line: 8261, quote: 'En fritidsinteresse herunder sportsudstyr' },
      { file: U, line: 8243, quote: 'Godtgørelsen er fastsat af Socialministeriet' },
      {
        file: U,
        line: 8258,
        quote: 'Kørsel til skole, daginstitution, læge, tandlæge, kammerater og fritidsinteresser',
      },
      { file: U, line: 8254, quote: 'Medicin og salver, som ikke er lægeordineret, herunder vaccinationer' },
      { file: U, line: 8260, quote: 'Opsparing til ny cykel' },
      { file: U, line: 8270, quote: 'Udgifter til barnepige i forbindelse med forældremøder' },
    ],
    decisions: [
      {
        ambiguity: 'A-8',
        decision: {
          da: 'Kost og logi dækker barnets første fritidsaktivitet inkl. sportsudstyr; tilskud gives kun til en ekstra eller behandlingsmæssig aktivitet (rud-leisure-extra).',
          en: 'Board and lodging covers the child’s first leisure activity including sports equipment; a subsidy is given only for an additional or therapeutic activity (rud-leisure-extra).',
        },
      },
      {
        ambiguity: 'A-10',
        decision: {
          da: 'Opsparing til ny cykel og småreparationer dækkes af kost og logi; en cykel ved indskrivning kan købes for indskrivningsbeløbet.',
          en: 'Saving for a new bike and small repairs are covered by board and lodging; a bike at enrolment may be bought from the enrolment amount.',
        },
      },
      {
        ambiguity: 'A-11',
        decision: {
          da: '"Pas" i kost og logi betyder pasfornyelse; det første pas søges som rud-first-passport. Ikke-lægeordineret medicin og vaccinationer dækkes af kost og logi; lægeordineret medicin ved kronisk sygdom søges som rud-medicine-foster.',
          en: '"Pas" in board and lodging means passport renewal; the first passport is claimed as rud-first-passport. Non-prescribed medicine and vaccinations are covered by board and lodging; prescribed medicine for chronic illness is claimed as rud-medicine-foster.',
        },
      },
      {
        ambiguity: 'A-12',
        decision: {
          da: 'Barnepige til forældremøder og biograf/teater dækkes af kost og logi; barnepige i særlige tilfælde søges som rud-babysitter-foster.',
          en: 'A babysitter for parent meetings and cinema/theatre is covered by board and lodging; a babysitter in special cases is claimed as rud-babysitter-foster.',
        },
      },
      {
        ambiguity: 'A-18',
        decision: {
          da: 'Taksten er ikke gengivet og reguleres hvert år pr. 1. januar; en ansøgning giver needs-assessment, og sagsbehandleren bruger den gældende takst.',
          en: 'The rate is not given and is regulated every 1 January; a claim gives needs-assessment, and the caseworker uses the rate in force.',
        },
      },
    ],
  },
  {
    id: 'rud-pocket-clothing',
    municipality: 'rudersdal',
    group: 'foster-pay',
    name: { da: 'Lommepenge og beklædning', en: 'Pocket money and clothing allowance' },
    summary: {
      da: 'Barnet får skattefri lommepenge og tøjpenge efter KL’s satser efter alder. Beløbet sættes ind på plejefamiliens konto og administreres for barnet.',
      en: 'The child gets tax-free pocket money and clothing money at KL’s age-based rates. It is paid into the foster family’s account and managed for the child.',
    },
    applicants: { eligible: ['foster-family', 'network-foster-family'] },
    amount: { kind: 'discretionary', per: 'claim' },
    assessment: {
      da: 'Beløbet følger KL’s satser efter barnets alder, som ikke er gengivet i kilden, og udbetales løbende uden ansøgning. Fritidsarbejde reducerer som hovedregel ikke beløbet.',
      en: 'The amount follows KL’s age-based rates, which the source does not give, and is paid regularly without a claim. A leisure job does not as a rule reduce it.',
    },
    documentation: noDocs,
    decidedBy: 'authority-caseworker',
    legalBasis: {
      da: 'KL’s satser; Rudersdal Kommunes håndbog for plejefamilier (Bilag 4)',
      en: 'KL rates; Rudersdal foster family handbook (Annex 4)',
    },
    sources: [
      { file: U, line: 8279, quote: 'efter gældende satser fra KL.' },
      { file: U, line: 8281, quote: 'Beløbet satsreguleres hvert år i' },
      { file: U, line: 8279, quote: 'Barnet får derfor lommepenge og beklædningsbeløb af kommunen' },
    ],
    decisions: [
      {
        ambiguity: 'A-18',
        decision: {
          da: 'KL’s satser er ikke gengivet og reguleres hvert januar; en ansøgning giver needs-assessment, og sagsbehandleren bruger den gældende sats.',
          en: 'KL’s rates are not given and are regulated each January; a claim gives needs-assessment, and the caseworker uses the rate in force.',
        },
      },
    ],
  },
  {
    id: 'rud-activity-amount',
    municipality: 'rudersdal',
    group: 'leisure',
    name: { da: 'Aktivitetsbeløb', en: 'Activity subsidy' },
    summary: {
      da: 'I særlige tilfælde kan aflastningsfamilier få tilskud til aktiviteter med barnet. Det skal bevilges af myndighedssagsbehandleren.',
      en: 'In special cases relief families can get a subsidy for activities with the child. It must be granted by the authority caseworker.',
    },
    applicants: { eligible: ['relief-family'] },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    assessment: {
      da: 'Kun i særlige tilfælde og uden beløb i kilden; myndighedssagsbehandleren vurderer, om der kan gives tilskud.',
      en: 'Only in special cases and with no amount in the source; the authority caseworker decides whether a subsidy can be given.',
    },
    documentation: receiptDocs,
    decidedBy: 'authority-caseworker',
    legalBasis: bilag4,
    sources: [
      { file: U, line: 8313, quote: 'tilskud til aktiviteter.' },
      { file: U, line: 8314, quote: 'Det skal bevilges af' },
      { file: U, line: 8315, quote: 'myndighedssagsbehandler' },
      { file: U, line: 3168, quote: 'Der gives som udgangspunkt ikke aktivitetspenge.' },
    ],
    decisions: [
      {
        ambiguity: 'A-15',
        decision: {
          da: 'Bilag 4 giver aktivitetsbeløb "i særlige tilfælde", mens § 44 og § 52.3.5 som udgangspunkt ikke giver aktivitetspenge: posten er altid en undtagelse og giver needs-assessment hos myndighedssagsbehandleren.',
          en: 'Bilag 4 gives an activity amount "in special cases", while § 44 and § 52.3.5 as a rule give no activity money: the item is always an exception and gives needs-assessment by the authority caseworker.',
        },
      },
      {
        ambiguity: 'A-16',
        decision: {
          da: 'Layoutet placerer teksten i aflastningskolonnen med en tom døgnplejecelle: kun aflastningsfamilier kan søge; døgn- og netværksplejefamilier afvises. Skal efterprøves mod den originale PDF.',
          en: 'The layout puts the text in the relief column with an empty 24h foster cell: only relief families may claim; foster and network foster families are refused. To be checked against the original PDF.',
        },
      },
    ],
  },
  {
    id: 'rud-car-seat-0-9m',
    municipality: 'rudersdal',
    group: 'equipment',
    name: { da: 'Autostol 0-9 mdr.', en: 'Infant car seat, 0–9 months' },
    summary: {
      da: 'Op til 1.300 kr. til en sikkerhedsgodkendt autostol til et barn på 0-9 måneder. Overvej altid at leje en først.',
      en: 'Up to DKK 1,300 towards a safety-approved car seat for a child of 0–9 months. Always consider renting one first.',
    },
    applicants: { eligible: ['relief-family', 'foster-family'], assess: ['network-foster-family'] },
    amount: { kind: 'cap', rate: 'rud-car-seat-0-9m', per: 'item' },
    approval: rudersdalSeatApproval,
    needs: ['expenses'],
    conditions: [{ kind: 'age', unit: 'months', at: 'expense-date', range: { max: 9, maxInclusive: true } }],
    documentation: receiptDocs,
    decidedBy: 'authority-caseworker',
    legalBasis: bilag4,
    sources: [
      { file: U, line: 8323, quote: '0-9 mdr.: 1.300 kr.' },
      { file: U, line: 8321, quote: '(Leje skal altid overvejes)' },
      { file: U, line: 8328, quote: 'sikkerhedsmæssigt' },
      { file: U, line: 8327, quote: 'Stolen skal være godkendt' },
    ],
    decisions: [seatBandDecision, seatColumnDecision, level2015Decision],
  },
  {
    id: 'rud-car-seat-to-18kg',
    municipality: 'rudersdal',
    group: 'equipment',
    name: { da: 'Autostol op til 18 kg', en: 'Car seat up to 18 kg' },
    summary: {
      da: 'Op til 1.600 kr. til en sikkerhedsgodkendt autostol til et barn på højst 18 kg, der er ældre end 9 måneder. Overvej altid at leje en først.',
      en: 'Up to DKK 1,600 towards a safety-approved car seat for a child of at most 18 kg who is older than 9 months. Always consider renting one first.',
    },
    applicants: { eligible: ['relief-family', 'foster-family'], assess: ['network-foster-family'] },
    amount: { kind: 'cap', rate: 'rud-car-seat-to-18kg', per: 'item' },
    approval: rudersdalSeatApproval,
    needs: ['expenses', 'weightKg'],
    conditions: [
      {
        kind: 'weight',
        range: { max: 18, maxInclusive: true },
        gap: { min: 18, minInclusive: false, max: 30, maxInclusive: true },
      },
      {
        kind: 'age',
        unit: 'months',
        at: 'expense-date',
        range: { min: 10, minInclusive: true },
        gap: { max: 9, maxInclusive: true },
      },
    ],
    documentation: receiptDocs,
    decidedBy: 'authority-caseworker',
    legalBasis: bilag4,
    sources: [
      { file: U, line: 8324, quote: 'Op til 18 kg.: 1.600 kr.' },
      { file: U, line: 8321, quote: '(Leje skal altid overvejes)' },
      { file: U, line: 8327, quote: 'Stolen skal være godkendt' },
    ],
    decisions: [seatBandDecision, seatColumnDecision, level2015Decision],
  },
  {
    id: 'rud-car-seat-over-30kg',
    municipality: 'rudersdal',
    group: 'equipment',
    name: { da: 'Autostol over 30 kg', en: 'Car seat for children over 30 kg' },
    summary: {
      da: 'Op til 1.500 kr. til en sikkerhedsgodkendt autostol til et barn over 30 kg. Mellem 18 og 30 kg vurderer sagsbehandleren. Overvej altid at leje en først.',
      en: 'Up to DKK 1,500 towards a safety-approved car seat for a child over 30 kg. Between 18 and 30 kg the caseworker assesses. Always consider renting one first.',
    },
    applicants: { eligible: ['relief-family', 'foster-family'], assess: ['network-foster-family'] },
    amount: { kind: 'cap', rate: 'rud-car-seat-over-30kg', per: 'item' },
    approval: rudersdalSeatApproval,
    needs: ['expenses', 'weightKg'],
    conditions: [
      {
        kind: 'weight',
        range: { min: 30, minInclusive: false },
        gap: { min: 18, minInclusive: false, max: 30, maxInclusive: true },
      },
    ],
    documentation: receiptDocs,
    decidedBy: 'authority-caseworker',
    legalBasis: bilag4,
    sources: [
      { file: U, line: 8325, quote: 'Over 30 kg.: 1.500 kr.' },
      { file: U, line: 8321, quote: '(Leje skal altid overvejes)' },
      { file: U, line: 8327, quote: 'Stolen skal være godkendt' },
    ],
    decisions: [seatBandDecision, seatColumnDecision, level2015Decision],
  },
  {
    id: 'rud-christening',
    municipality: 'rudersdal',
    group: 'celebrations',
    name: { da: 'Barnedåb', en: 'Christening' },
    summary: {
      da: 'Holder plejefamilien barnedåb for plejebarnet, kan der gives et tilskud. Beløbet vurderes af sagsbehandleren.',
      en: 'If the foster family hosts the foster child’s christening, a subsidy can be given. The caseworker decides the amount.',
    },
    applicants: fosterColumn,
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    assessment: {
      da: 'Kilden giver intet beløb ("kan der gives tilskud"); tilskuddets størrelse er en konkret vurdering.',
      en: 'The source gives no amount ("a subsidy can be given"); its size is a case-by-case judgement.',
    },
    documentation: receiptDocs,
    decidedBy: 'authority-caseworker',
    legalBasis: bilag4,
    sources: [{ file: U, line: 8339, quote: 'holde barnedåben, kan der' }],
    decisions: [fosterColumnDecision],
  },
  {
    id: 'rud-babysitter-foster',
    municipality: 'rudersdal',
    group: 'support',
    name: { da: 'Barnepige', en: 'Babysitter money' },
    summary: {
      da: 'I særlige tilfælde kan plejefamilien få barnepigepenge. Almindelig barnepige til forældremøder, biograf og teater dækkes af kost og logi.',
      en: 'In special cases the foster family can get babysitter money. An ordinary babysitter for parent meetings, cinema and theatre is covered by board and lodging.',
    },
    applicants: fosterColumn,
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    assessment: {
      da: 'Kun "i særlige tilfælde" og uden beløb i kilden; sagsbehandleren vurderer, om tilfældet er særligt.',
      en: 'Only "in special cases" and with no amount in the source; the caseworker judges whether the case is special.',
    },
    documentation: receiptDocs,
    decidedBy: 'authority-caseworker',
    legalBasis: bilag4,
    sources: [
      { file: U, line: 8343, quote: 'bevilges barnepigepenge til' },
      { file: U, line: 8342, quote: 'Der kan i særlige tilfælde,' },
      { file: U, line: 8270, quote: 'Udgifter til barnepige i forbindelse med forældremøder' },
    ],
    decisions: [
      {
        ambiguity: 'A-12',
        decision: {
          da: 'Kun "i særlige tilfælde", uden definition eller beløb: altid needs-assessment. Almindelig barnepige (forældremøder, biograf, teater) dækkes af kost og logi.',
          en: 'Only "in special cases", with no definition or amount: always needs-assessment. An ordinary babysitter (parent meetings, cinema, theatre) is covered by board and lodging.',
        },
      },
      fosterColumnDecision,
    ],
  },
  {
    id: 'rud-mileage-relief',
    municipality: 'rudersdal',
    group: 'transport',
    name: { da: 'Befordring (aflastning)', en: 'Mileage, relief family' },
    summary: {
      da: 'Kørsel for at hente og aflevere barnet til aflastning betales efter statens laveste takst på kørselsdagen. Kontrakten siger, om anden kørsel med barnet også betales.',
      en: 'Driving to fetch and return the child for relief is paid at the state’s low rate on the day of the trip. The contract says whether other driving with the child is paid too.',
    },
    applicants: { eligible: ['relief-family'] },
    amount: { kind: 'per-unit', rate: 'state-low-mileage', unit: 'km' },
    tripPurposes: {
      paid: ['relief'],
      boardAndLodging: ['school', 'daycare', 'doctor-dentist', 'friends-leisure'],
      boardAndLodgingSource: {
        file: U,
        line: 8258,
        quote: 'Kørsel til skole, daginstitution, læge, tandlæge, kammerater og fritidsinteresser',
      },
      otherwise: 'contract',
      paidSource: { file: U, line: 8355, quote: 'afleveres fra aflastning. Det vil' },
      otherwiseSource: { file: U, line: 8356, quote: 'fremgå af kontrakten, om der' },
    },
    needs: ['trips'],
    documentation: {
      regime: 'full-coverage',
      requires: ['trip-log'],
      text: {
        da: 'Kørslen registreres på kommunens godkendte blanket og sendes til kommunen, som udbetaler kørepengene.',
        en: 'Trips are recorded on the municipality’s approved form and sent to the municipality, which pays the mileage.',
      },
    },
    decidedBy: 'authority-caseworker',
    legalBasis: {
      da: 'Rudersdal Kommunes håndbog for plejefamilier (Bilag 4); statens laveste takst',
      en: 'Rudersdal foster family handbook (Annex 4); the state’s low rate',
    },
    sources: [
      { file: U, line: 8349, quote: 'når barnet skal hentes og' },
      { file: U, line: 8356, quote: 'fremgå af kontrakten, om der' },
      { file: U, line: 8362, quote: 'godkendt blanket og' },
      { file: U, line: 8348, quote: 'statens laveste takst for kørsel' },
    ],
    decisions: [mileageRateDecision],
  },
  {
    id: 'rud-mileage-foster',
    municipality: 'rudersdal',
    group: 'transport',
    name: { da: 'Befordring (døgnpleje)', en: 'Mileage, 24h foster family' },
    summary: {
      da: 'Aftalt kørsel med barnet til samvær, aflastning, behandling og møder betales efter statens laveste takst på kørselsdagen. Kørsel i hverdagen (skole, institution, læge, fritid) dækkes af kost og logi.',
      en: 'Agreed driving with the child to contact visits, relief, treatment and meetings is paid at the state’s low rate on the day of the trip. Everyday driving (school, daycare, doctor, leisure) is covered by board and lodging.',
    },
    applicants: { eligible: ['foster-family', 'network-foster-family'] },
    amount: { kind: 'per-unit', rate: 'state-low-mileage', unit: 'km' },
    tripPurposes: {
      paid: ['contact', 'relief', 'treatment', 'meeting'],
      boardAndLodging: ['school', 'daycare', 'doctor-dentist', 'friends-leisure'],
      boardAndLodgingSource: {
        file: U,
        line: 8258,
        quote: 'Kørsel til skole, daginstitution, læge, tandlæge, kammerater og fritidsinteresser',
      },
      otherwise: 'contract',
      paidSource: { file: U, line: 8370, quote: 'samvær med biologisk familie,' },
      otherwiseSource: { file: U, line: 8354, quote: 'jævnfør aftale med' },
    },
    needs: ['trips'],
    documentation: {
      regime: 'full-coverage',
      requires: ['trip-log'],
      text: {
        da: 'Kørslen registreres på kommunens godkendte blanket og sendes til kommunen. Kørslen skal være aftalt med myndighedssagsbehandleren.',
        en: 'Trips are recorded on the municipality’s approved form and sent to the municipality. The driving must be agreed with the authority caseworker.',
      },
    },
    decidedBy: 'authority-caseworker',
    legalBasis: {
      da: 'Rudersdal Kommunes håndbog for plejefamilier (Bilag 4); statens laveste takst',
      en: 'Rudersdal foster family handbook (Annex 4); the state’s low rate',
    },
    sources: [
      { file: U, line: 8354, quote: 'jævnfør aftale med' },
      { file: U, line: 8370, quote: 'samvær med biologisk familie,' },
      { file: U, line: 8186, quote: 'fritidsaktivitet, ferie og kørsel med plejebarnet.' },
      {
        file: U,
        line: 8258,
        quote: 'Kørsel til skole, daginstitution, læge, tandlæge, kammerater og fritidsinteresser',
      },
    ],
    decisions: [
      mileageRateDecision,
      {
        ambiguity: 'A-16',
        decision: {
          da: 'Befordring har sikker tekst i døgnplejekolonnen. Netværksplejefamilier kan også søge, da Bilag 4 nævner kørsel med plejebarnet for dem. At kørslen er aftalt med myndighedssagsbehandleren, kontrolleres ved godkendelsen, ikke som en frist.',
          en: 'Mileage has certain text in the 24h foster column. Network foster families may claim too, as Bilag 4 lists driving with the child for them. That the driving was agreed with the authority caseworker is checked at approval, not as a deadline.',
        },
      },
    ],
  },
  {
    id: 'rud-treatment',
    municipality: 'rudersdal',
    group: 'health',
    name: {
      da: 'Behandling (fysioterapeut, kiropraktor, fodterapeut, psykolog, diætist)',
      en: 'Treatment: physiotherapist, chiropractor, chiropodist, psychologist, dietician',
    },
    summary: {
      da: 'Udgifter til fysioterapeut, kiropraktor, fodterapeut, psykolog eller diætist dækkes, når behandlingen er lægeordineret og godkendt af myndighedssagsbehandleren på forhånd.',
      en: 'Costs of a physiotherapist, chiropractor, chiropodist, psychologist or dietician are covered when the treatment is prescribed by a doctor and approved beforehand by the authority caseworker.',
    },
    applicants: fosterColumn,
    amount: { kind: 'after-invoice' },
    needs: ['expenses'],
    assessment: {
      da: 'Behandlingen skal være lægeordineret og godkendt af den ansvarlige myndighedssagsbehandler; godkendelsen er en faglig vurdering.',
      en: 'The treatment must be prescribed by a doctor and approved by the responsible authority caseworker; the approval is a professional judgement.',
    },
    documentation: {
      regime: 'full-coverage',
      requires: ['prescription', 'receipt'],
      text: {
        da: 'Lægeordination og regning for behandlingen.',
        en: 'Doctor’s prescription and the bill for the treatment.',
      },
    },
    decidedBy: 'authority-caseworker',
    deadlines: [{ kind: 'prior-application' }],
    legalBasis: bilag4,
    sources: [
      { file: U, line: 8383, quote: 'lægeordineret og godkendt af' },
      { file: U, line: 8382, quote: 'Behandling skal være' },
    ],
    decisions: [fosterColumnDecision],
  },
  {
    id: 'rud-diapers-foster',
    municipality: 'rudersdal',
    group: 'health',
    name: { da: 'Bleer', en: 'Diapers' },
    summary: {
      da: 'Bruger barnet stadig ble efter 4-årsdagen, kan der gives tilskud til bleer. Beløbet vurderes af sagsbehandleren.',
      en: 'If the child still uses diapers after its 4th birthday, a subsidy for diapers can be given. The caseworker decides the amount.',
    },
    applicants: fosterColumn,
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    conditions: [{ kind: 'age', unit: 'years', at: 'expense-date', range: { min: 4, minInclusive: true } }],
    assessment: {
      da: 'Kilden giver intet beløb ("kan der ydes tilskud"); tilskuddets størrelse er en konkret vurdering.',
      en: 'The source gives no amount ("a subsidy can be given"); its size is a case-by-case judgement.',
    },
    documentation: receiptDocs,
    decidedBy: 'authority-caseworker',
    legalBasis: bilag4,
    sources: [
      { file: U, line: 8403, quote: 'ble efter det fyldte 4. år kan der' },
      { file: U, line: 8404, quote: 'ydes tilskud til bleer' },
    ],
    decisions: [
      {
        ambiguity: 'A-4',
        decision: {
          da: 'Rudersdal døgnpleje: fra 4-årsdagen ("efter det fyldte 4. år"). Under 4 år afvises kravet, da bleer da hører under kost og logi.',
          en: 'Rudersdal foster care: from the 4th birthday ("efter det fyldte 4. år"). Under 4 the claim is refused, as diapers then fall under board and lodging.',
        },
      },
      {
        ambiguity: 'A-27',
        decision: {
          da: '"Efter det fyldte 4. år" læses som fra 4-årsdagen: mindst 4 fuldførte år på udgiftsdatoen (inklusive).',
          en: '"Efter det fyldte 4. år" is read as from the 4th birthday: at least 4 completed years on the expense date (inclusive).',
        },
      },
      fosterColumnDecision,
    ],
  },
  {
    id: 'rud-lenses',
    municipality: 'rudersdal',
    group: 'health',
    name: { da: 'Kontaktlinser og brilleglas', en: 'Contact lenses and spectacle lenses' },
    summary: {
      da: 'Kontaktlinser og brilleglas betales efter regning.',
      en: 'Contact lenses and spectacle lenses are paid in full against the bill.',
    },
    applicants: fosterColumn,
    amount: { kind: 'after-invoice' },
    needs: ['expenses'],
    documentation: {
      regime: 'full-coverage',
      requires: ['invoice'],
      text: { da: 'Regning for linser eller glas.', en: 'Bill for the lenses.' },
    },
    decidedBy: 'authority-caseworker',
    legalBasis: bilag4,
    sources: [{ file: U, line: 8408, quote: 'efter regning. Tilskud til stel' }],
    decisions: [fosterColumnDecision],
  },
  {
    id: 'rud-glasses-frame',
    municipality: 'rudersdal',
    group: 'health',
    name: { da: 'Brillestel', en: 'Glasses frame' },
    summary: {
      da: 'Tilskud på op til 2.000 kr. til brillestel. Et nyt stel gives kun, når det skønnes absolut nødvendigt.',
      en: 'Up to DKK 2,000 towards a glasses frame. A new frame is given only when judged absolutely necessary.',
    },
    applicants: fosterColumn,
    amount: { kind: 'cap', rate: 'rud-glasses-frame', per: 'item' },
    needs: ['expenses'],
    documentation: {
      regime: 'full-coverage',
      requires: ['invoice'],
      text: { da: 'Regning for stellet.', en: 'Bill for the frame.' },
    },
    decidedBy: 'authority-caseworker',
    legalBasis: bilag4,
    sources: [
      { file: U, line: 8409, quote: 'med maksimalt 2.000 kr. og' },
      { file: U, line: 8411, quote: 'absolut nødvendigt' },
      { file: U, line: 8410, quote: 'udskiftning, når der skønnes' },
    ],
    decisions: [fosterColumnDecision, level2015Decision],
  },
  {
    id: 'rud-computer',
    municipality: 'rudersdal',
    group: 'school',
    name: { da: 'Computer', en: 'Computer' },
    summary: {
      da: 'Tilskud på op til 3.500 kr. til en computer i forbindelse med skole eller uddannelse fra 7. klasse.',
      en: 'Up to DKK 3,500 towards a computer for school or education from 7th grade.',
    },
    applicants: fosterColumn,
    amount: { kind: 'cap', rate: 'rud-computer', per: 'item' },
    needs: ['expenses', 'schoolGrade'],
    conditions: [{ kind: 'school-grade', range: { min: 7 } }],
    documentation: receiptDocs,
    decidedBy: 'authority-caseworker',
    legalBasis: bilag4,
    sources: [
      { file: U, line: 8416, quote: 'uddannelsesforløb fra 7. kl. Det' },
      { file: U, line: 8417, quote: 'maksimale tilskud er 3.500 kr.' },
    ],
    decisions: [fosterColumnDecision, level2015Decision],
  },
  {
    id: 'rud-leisure-extra',
    municipality: 'rudersdal',
    group: 'leisure',
    name: { da: 'Fritidsaktiviteter', en: 'Additional or therapeutic leisure activity' },
    summary: {
      da: 'Den første fritidsaktivitet dækkes af kost og logi. Der kan søges tilskud inkl. udstyr til en aktivitet mere, eller til en ekstra dyr aktivitet, der er en del af barnets behandling.',
      en: 'The first leisure activity is covered by board and lodging. A subsidy including equipment can be sought for a further activity, or for an extra-expensive activity that is part of the child’s treatment.',
    },
    applicants: fosterColumn,
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    assessment: {
      da: 'Der gives kun tilskud, hvis barnet har mere end én aktivitet eller aktiviteten er en del af behandlingen; kilden giver intet beløb.',
      en: 'A subsidy is given only if the child has more than one activity or the activity is part of the treatment; the source gives no amount.',
    },
    documentation: receiptDocs,
    decidedBy: 'authority-caseworker',
    legalBasis: bilag4,
    sources: [
      { file: U, line: 8419, quote: 'Hvis barnet har mere end en' },
      { file: U, line: 8426, quote: 'betaling af ekstra dyr' },
      { file: U, line: 8427, quote: 'fritidsaktivitet, hvis det er en del' },
      { file: U, line: 8261, quote: 'En fritidsinteresse herunder sportsudstyr' },
    ],
    decisions: [
      {
        ambiguity: 'A-8',
        decision: {
          da: 'For døgnplejefamilier gælder Bilag 4: første aktivitet dækkes af kost og logi; tilskud kun til en aktivitet mere eller en ekstra dyr behandlingsmæssig aktivitet, altid needs-assessment. § 11.6- og § 41-regimerne bruges ikke her.',
          en: 'For foster families Bilag 4 applies: the first activity is covered by board and lodging; a subsidy only for a further activity or an extra-expensive therapeutic one, always needs-assessment. The § 11.6 and § 41 regimes are not used here.',
        },
      },
      fosterColumnDecision,
    ],
  },
  {
    id: 'rud-aids',
    municipality: 'rudersdal',
    group: 'equipment',
    name: { da: 'Hjælpemidler', en: 'Aids and extra costs for a disabled foster child' },
    summary: {
      da: 'Udgifter til hjælpemidler eller merudgifter til et barn med funktionsnedsættelse aftales med myndighedsrådgiveren ud fra barnets behov.',
      en: 'Costs of aids or extra costs for a child with a disability are agreed with the authority caseworker from the child’s needs.',
    },
    applicants: fosterColumn,
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    assessment: {
      da: 'Aftales med den ansvarlige myndighedsrådgiver ud fra en konkret vurdering af barnets behov; intet beløb i kilden.',
      en: 'Agreed with the responsible authority caseworker from a concrete assessment of the child’s needs; no amount in the source.',
    },
    documentation: receiptDocs,
    decidedBy: 'authority-caseworker',
    legalBasis: bilag4,
    sources: [
      { file: U, line: 8434, quote: 'myndighedsrådgiver ud fra en' },
      { file: U, line: 8432, quote: 'funktionsnedsættelse aftales' },
      { file: U, line: 8435, quote: 'konkret vurdering af barnets' },
    ],
    decisions: [fosterColumnDecision],
  },
  {
    id: 'rud-institution-fees',
    municipality: 'rudersdal',
    group: 'school',
    name: {
      da: 'Institutionsbetaling',
      en: 'Childminder, kindergarten, after-school (SFO) and youth club fees',
    },
    summary: {
      da: 'Rudersdal Kommune betaler dagpleje, børnehave, SFO og fritidsklub. Regningen sendes til kommunen.',
      en: 'Rudersdal Municipality pays for childminder, kindergarten, after-school care and youth club. The bill goes to the municipality.',
    },
    applicants: fosterColumn,
    amount: { kind: 'after-invoice' },
    needs: ['expenses'],
    documentation: {
      regime: 'invoice-to-municipality',
      requires: ['invoice'],
      text: {
        da: 'Udgiften afholdes direkte af Rudersdal Kommune; regningen sendes til kommunen.',
        en: 'The cost is paid directly by Rudersdal Municipality; the bill is sent to the municipality.',
      },
    },
    decidedBy: 'authority-caseworker',
    legalBasis: bilag4,
    sources: [
      { file: U, line: 8440, quote: 'afholdes af Rudersdal' },
      { file: U, line: 8439, quote: 'børnehave, SFO og fritidsklub' },
    ],
    decisions: [fosterColumnDecision],
  },
  {
    id: 'rud-confirmation',
    municipality: 'rudersdal',
    group: 'celebrations',
    name: { da: 'Konfirmation', en: 'Confirmation' },
    summary: {
      da: 'Holder plejefamilien konfirmation for plejebarnet, typisk en fest for både den biologiske familie og plejefamilien, kan der gives tilskud efter gældende takst.',
      en: 'If the foster family hosts the foster child’s confirmation, typically a party for both the biological and the foster family, a subsidy at the rate in force can be given.',
    },
    applicants: fosterColumn,
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    assessment: {
      da: 'Tilskuddet gives "efter gældende takst", som ikke er gengivet i kilden; sagsbehandleren fastsætter beløbet.',
      en: 'The subsidy is given "at the rate in force", which the source does not give; the caseworker sets the amount.',
    },
    documentation: receiptDocs,
    decidedBy: 'authority-caseworker',
    legalBasis: bilag4,
    sources: [
      { file: U, line: 8445, quote: 'gældende takst såfremt' },
      { file: U, line: 8446, quote: 'plejefamilien skal holde' },
    ],
    decisions: [
      fosterColumnDecision,
      {
        ambiguity: 'A-18',
        decision: {
          da: '"Efter gældende takst" uden tal i kilden: needs-assessment, og sagsbehandleren bruger den gældende takst.',
          en: '"At the rate in force" with no figure in the source: needs-assessment, and the caseworker uses the rate in force.',
        },
      },
    ],
  },
  {
    id: 'rud-camp-school-foster',
    municipality: 'rudersdal',
    group: 'school',
    name: { da: 'Lejrskole/studietur', en: 'Camp school / study trip' },
    summary: {
      da: 'Efter en konkret ansøgning kan der gives tilskud til lejrskole, studietur og lignende. Udgiften skal dokumenteres.',
      en: 'After a concrete application a subsidy can be given for camp school, a study trip and the like. The expense must be documented.',
    },
    applicants: fosterColumn,
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    assessment: {
      da: 'Tilskud gives efter konkret ansøgning og uden beløb i kilden; sagsbehandleren fastsætter tilskuddet.',
      en: 'A subsidy is given after a concrete application and with no amount in the source; the caseworker sets it.',
    },
    documentation: {
      regime: 'full-coverage',
      requires: ['receipt'],
      text: { da: 'Udgiften skal dokumenteres.', en: 'The expense must be documented.' },
    },
    decidedBy: 'authority-caseworker',
    deadlines: [{ kind: 'prior-application' }],
    legalBasis: bilag4,
    sources: [
      { file: U, line: 8453, quote: 'ansøgning gives tilskud til' },
      { file: U, line: 8455, quote: 'Udgiften skal dokumenteres' },
      { file: U, line: 8454, quote: 'lejrskole, studietur m.m.' },
    ],
    decisions: [
      {
        ambiguity: 'A-9',
        decision: {
          da: 'Bilag 4 gælder: lejrskole eller studietur uden landegrænse, dokumenteret udgift, intet beløb, altid needs-assessment. § 41-egenbetalingen på 2.500 kr. og kravet om lejrskole i Danmark gælder ikke her.',
          en: 'Bilag 4 applies: camp school or study trip with no country limit, documented expense, no amount, always needs-assessment. The § 41 own payment of DKK 2,500 and the Denmark-only rule do not apply here.',
        },
      },
      fosterColumnDecision,
    ],
  },
  {
    id: 'rud-medicine-foster',
    municipality: 'rudersdal',
    group: 'health',
    name: { da: 'Medicin (p-piller, p-stav)', en: 'Prescribed medicine for chronic illness; contraception' },
    summary: {
      da: 'Lægeordineret medicin ved kronisk eller langvarig sygdom dækkes, og der gives tilskud til p-piller og p-stav. Anden medicin dækkes af kost og logi.',
      en: 'Prescribed medicine for chronic or long-term illness is covered, and there is a subsidy for the contraceptive pill and implant. Other medicine is covered by board and lodging.',
    },
    applicants: fosterColumn,
    amount: { kind: 'after-invoice' },
    needs: ['expenses'],
    assessment: {
      da: 'Det vurderes, om medicinen skyldes kronisk eller langvarig sygdom; tilskuddet til p-piller og p-stav har ingen sats i kilden.',
      en: 'Whether the medicine is due to chronic or long-term illness is a judgement; the subsidy for the pill and implant has no rate in the source.',
    },
    documentation: {
      regime: 'full-coverage',
      requires: ['prescription', 'receipt'],
      text: { da: 'Recept og kvittering fra apoteket.', en: 'Prescription and pharmacy receipt.' },
    },
    decidedBy: 'authority-caseworker',
    legalBasis: bilag4,
    sources: [
      { file: U, line: 8463, quote: 'medicin som følge af' },
      { file: U, line: 8466, quote: 'Der ydes tilskud til p-piller, og' },
      { file: U, line: 8464, quote: 'kronisk/langvarig sygdom' },
      { file: U, line: 8254, quote: 'Medicin og salver, som ikke er lægeordineret, herunder vaccinationer' },
    ],
    decisions: [
      {
        ambiguity: 'A-11',
        decision: {
          da: 'Lægeordineret medicin ved kronisk eller langvarig sygdom dækkes fuldt efter regning; ikke-lægeordineret medicin og vaccinationer hører under kost og logi. P-piller og p-stav: tilskud uden sats, derfor needs-assessment.',
          en: 'Prescribed medicine for chronic or long-term illness is covered in full against the bill; non-prescribed medicine and vaccinations fall under board and lodging. Pill and implant: a subsidy with no rate, hence needs-assessment.',
        },
      },
      fosterColumnDecision,
    ],
  },
  {
    id: 'rud-first-passport',
    municipality: 'rudersdal',
    group: 'support',
    name: { da: 'Pas (første pas)', en: 'First passport' },
    summary: {
      da: 'Tilskud til plejebarnets første pas. Fornyelser betales af kost og logi. Forældremyndighedsindehaveren skal altid give samtykke.',
      en: 'A subsidy for the foster child’s first passport. Renewals are paid from board and lodging. The custody holder must always consent.',
    },
    applicants: fosterColumn,
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    assessment: {
      da: 'Kilden giver intet beløb ("kan ydes tilskud"), og sagsbehandleren kontrollerer, at det er barnets første pas.',
      en: 'The source gives no amount ("a subsidy can be given"), and the caseworker checks that it is the child’s first passport.',
    },
    documentation: {
      regime: 'full-coverage',
      requires: ['consent', 'receipt'],
      text: {
        da: 'Samtykke fra forældremyndighedsindehaveren og kvittering for passet.',
        en: 'Consent from the custody holder and the receipt for the passport.',
      },
    },
    decidedBy: 'authority-caseworker',
    legalBasis: bilag4,
    sources: [
      { file: U, line: 8470, quote: 'plejebarnets første pas.' },
      { file: U, line: 8475, quote: 'Der skal altid indhentes' },
      { file: U, line: 8472, quote: 'pasfornyelse skal afholdes af' },
    ],
    decisions: [
      {
        ambiguity: 'A-11',
        decision: {
          da: 'Kun barnets første pas; "Pas" i kost og logi betyder fornyelse. Samtykke fra forældremyndighedsindehaveren skal foreligge.',
          en: 'Only the child’s first passport; "Pas" in board and lodging means renewal. Consent from the custody holder must be present.',
        },
      },
      fosterColumnDecision,
    ],
  },
  {
    ...enrolment,
    id: 'rud-enrolment-under-12',
    name: {
      da: 'Udgift til indskrivning, børn under 12 år',
      en: 'Move-in (enrolment) amount, child under 12',
    },
    summary: {
      da: 'Op til 2.000 kr. til tøj, fodtøj, ting til værelset eller en cykel, når et barn under 12 år flytter ind. Skal afregnes senest 3 måneder efter indskrivningen.',
      en: 'Up to DKK 2,000 for clothes, shoes, things for the room or a bike when a child under 12 moves in. Must be settled within 3 months of the placement.',
    },
    amount: { kind: 'cap', rate: 'rud-enrolment-under-12', per: 'claim' },
    conditions: [
      {
        kind: 'age',
        unit: 'years',
        at: 'placement-start',
        range: { max: 12, maxInclusive: false },
        gap: { min: 12, max: 12 },
      },
    ],
    documentation: enrolmentItemsDocs,
    sources: [
      { file: U, line: 8494, quote: 'For børn under 12 år udgør beløbet 2000 kr.' },
      settledWithin3Months,
      reliefAndFosterTasks,
      { file: U, line: 8497, quote: 'Udgifterne til etablering afklares med myndighedssagsbehandler' },
      { file: U, line: 8498, quote: 'dokumentation for de indkøbte ting' },
      { file: U, line: 8185, quote: 'Foruden et indskrivningsbeløb til dækning af møbler og tøj' },
    ],
    decisions: [enrolmentDecisionA7, enrolmentDecisionA10, enrolmentDecisionA27, level2015Decision],
  },
  {
    ...enrolment,
    id: 'rud-enrolment-over-12',
    name: { da: 'Udgift til indskrivning, børn over 12 år', en: 'Move-in (enrolment) amount, child over 12' },
    summary: {
      da: 'Op til 2.500 kr. til tøj, fodtøj, ting til værelset eller en cykel, når et barn over 12 år flytter ind. Skal afregnes senest 3 måneder efter indskrivningen.',
      en: 'Up to DKK 2,500 for clothes, shoes, things for the room or a bike when a child over 12 moves in. Must be settled within 3 months of the placement.',
    },
    amount: { kind: 'cap', rate: 'rud-enrolment-over-12', per: 'claim' },
    conditions: [
      {
        kind: 'age',
        unit: 'years',
        at: 'placement-start',
        range: { min: 12, minInclusive: false },
        gap: { min: 12, max: 12 },
      },
    ],
    documentation: enrolmentItemsDocs,
    sources: [
      { file: U, line: 8495, quote: 'børn over 12 år udgør beløbet 2500 kr.' },
      settledWithin3Months,
      reliefAndFosterTasks,
      { file: U, line: 8497, quote: 'Udgifterne til etablering afklares med myndighedssagsbehandler' },
      { file: U, line: 8185, quote: 'Foruden et indskrivningsbeløb til dækning af møbler og tøj' },
    ],
    decisions: [enrolmentDecisionA7, enrolmentDecisionA10, enrolmentDecisionA27, level2015Decision],
  },
  {
    ...enrolment,
    id: 'rud-bike-helmet',
    name: { da: 'Cykelhjelm', en: 'Bike helmet (at enrolment)' },
    summary: {
      da: 'Tilskud på 400 kr. til en cykelhjelm, når barnet flytter ind. Skal afregnes senest 3 måneder efter indskrivningen.',
      en: 'A DKK 400 subsidy for a bike helmet when the child moves in. Must be settled within 3 months of the placement.',
    },
    amount: { kind: 'fixed', rate: 'rud-bike-helmet', per: 'item' },
    documentation: {
      regime: 'full-coverage',
      requires: ['receipt'],
      text: { da: 'Dokumentation for den indkøbte hjelm.', en: 'Documentation of the helmet bought.' },
    },
    sources: [
      { file: U, line: 8495, quote: 'Der ydes ligeledes tilskud til cykelhjelm på 400 kr.' },
      settledWithin3Months,
      reliefAndFosterTasks,
    ],
    decisions: [
      {
        ambiguity: 'A-7',
        decision: {
          da: 'Cykelhjelmen står i indskrivningsafsnittet: et engangstilskud på 400 kr. ved indskrivningen, der skal afregnes senest 3 måneder efter. Aflastningsfamilier får needs-assessment, da afsnittet indledes med "Ved aflastning og døgnplejeopgaver".',
          en: 'The helmet is in the enrolment paragraph: a one-off subsidy of DKK 400 at enrolment, to be settled within 3 months. Relief families get needs-assessment, as the paragraph opens with "Ved aflastning og døgnplejeopgaver".',
        },
      },
      level2015Decision,
    ],
  },
  {
    id: 'rud-contact-food-money',
    municipality: 'rudersdal',
    group: 'support',
    name: { da: 'Kostbeløb ved samvær med forældre', en: 'Food money during contact visits with parents' },
    summary: {
      da: 'Overnatter plejebarnet mindst tre dage hos sine forældre, har forældrene ret til kostpenge pr. kalenderdag efter Socialministeriets takst. Plejefamilien udbetaler pengene. Ved kortere samvær kan kommunen betale efter en trangsvurdering.',
      en: 'If the foster child stays at least three days overnight with its parents, the parents are entitled to food money per calendar day at the Ministry’s rate. The foster family pays it out. For shorter visits the municipality may pay after a means test.',
    },
    applicants: { eligible: ['parent'], assess: ['foster-family', 'network-foster-family'] },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['stays'],
    assessment: {
      da: 'Taksten pr. kalenderdag er fastsat af Socialministeriet og ikke gengivet i kilden. Ved samvær under 3 døgn kræves en trangsvurdering. Om plejefamilien får beløbet refunderet, står ikke i kilden.',
      en: 'The rate per calendar day is set by the Ministry and not given in the source. Visits under 3 døgn need a means test. Whether the foster family is reimbursed is not stated.',
    },
    documentation: {
      regime: 'none',
      requires: [],
      text: {
        da: 'Samværsperioden (ophold). Ved samvær under 3 døgn: oplysninger til trangsvurdering.',
        en: 'The visit period (stay). For visits under 3 døgn: information for the means test.',
      },
    },
    decidedBy: 'authority-caseworker',
    legalBasis: {
      da: 'Socialministeriets takster; Rudersdal Kommunes håndbog for plejefamilier (Bilag 4)',
      en: 'Ministry of Social Affairs rates; Rudersdal foster family handbook (Annex 4)',
    },
    sources: [
      { file: U, line: 8503, quote: 'overnatter der minimum tre dage' },
      { file: U, line: 8504, quote: 'ret til at få udbetalt kostpenge pr. kalenderdag.' },
      { file: U, line: 8505, quote: 'Beløbet til kostpenge er fastsat af Socialministeriet' },
      { file: U, line: 8506, quote: 'Hvis barnet er på samvær mindre end 3 døgn' },
    ],
    decisions: [
      {
        ambiguity: 'A-18',
        decision: {
          da: 'Kostbeløbet er ikke gengivet og reguleres 1. januar hvert år: altid needs-assessment med den gældende takst.',
          en: 'The food rate is not given and is regulated every 1 January: always needs-assessment with the rate in force.',
        },
      },
    ],
  },
  {
    id: 'rud-discharge-amount',
    municipality: 'rudersdal',
    group: 'home',
    name: { da: 'Udskrivningsbeløb', en: 'Discharge amount for setting up own home' },
    summary: {
      da: 'Når den unge flytter fra plejefamilien til egen bolig, kan der gives et beløb til etablering. Den unges opsparing indgår i vurderingen.',
      en: 'When the young person moves from the foster family to their own home, an amount for setting up can be given. The young person’s savings are taken into account.',
    },
    applicants: { eligible: ['parent'], assess: ['foster-family', 'network-foster-family'] },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    assessment: {
      da: 'Beløbet er fastsat af KL og ikke gengivet i kilden, og barnets eventuelle opsparing indgår i en vurdering af, hvor meget der kan udbetales.',
      en: 'The amount is set by KL and not given in the source, and the child’s savings are weighed in deciding how much can be paid.',
    },
    documentation: receiptDocs,
    decidedBy: 'authority-caseworker',
    legalBasis: {
      da: 'KL’s takster; Rudersdal Kommunes håndbog for plejefamilier (Bilag 4)',
      en: 'KL rates; Rudersdal foster family handbook (Annex 4)',
    },
    sources: [
      {
        file: U,
        line: 8517,
        quote:
          'Ved udskrivning fra plejefamilien til egen bolig, kan der ydes et udskrivningsbeløb til etablering.',
      },
      { file: U, line: 8518, quote: 'barnets eventuelle opsparing indgår i en vurdering' },
    ],
    decisions: [
      {
        ambiguity: 'A-18',
        decision: {
          da: 'KL’s udskrivningsbeløb er ikke gengivet: needs-assessment, hvor sagsbehandleren bruger den gældende KL-takst og den unges opsparing.',
          en: 'KL’s discharge amount is not given: needs-assessment, where the caseworker uses the KL rate in force and the young person’s savings.',
        },
      },
    ],
  },
  {
    id: 'rud-accidental-damage',
    municipality: 'rudersdal',
    group: 'insurance',
    name: { da: 'Skade ved hændeligt uheld', en: 'Accidental damage to the foster family’s belongings' },
    summary: {
      da: 'Ødelægger plejebarnet ved et hændeligt uheld noget, der koster over 500 kr., kan I søge kommunen om dækning. Erstatning gives kun i meget sjældne tilfælde efter konkret vurdering.',
      en: 'If the foster child accidentally damages something costing over DKK 500, you can ask the municipality to cover it. Compensation is given only in very rare cases after a concrete assessment.',
    },
    applicants: { eligible: ['foster-family'], assess: ['network-foster-family'] },
    amount: {
      kind: 'threshold',
      rate: 'rud-accidental-damage-threshold',
      payable: 'above',
      per: 'event',
      aboveDecidedBy: {
        da: 'Rudersdal Kommune vurderer konkret, om der gives hel eller delvis erstatning; det sker kun i meget sjældne tilfælde.',
        en: 'Rudersdal Municipality decides case by case whether full or partial compensation is given; this happens only in very rare cases.',
      },
    },
    needs: ['expenses'],
    assessment: {
      da: 'Erstatning gives "kun i meget sjældne tilfælde" og "efter konkret vurdering"; hel eller delvis erstatning er et skøn.',
      en: 'Compensation is given "only in very rare cases" and "after a concrete assessment"; full or partial compensation is a judgement.',
    },
    documentation: {
      regime: 'full-coverage',
      requires: ['damage-report'],
      text: {
        da: 'Anmodning om dækning med beskrivelse og dokumentation af skaden.',
        en: 'A claim describing and documenting the damage.',
      },
    },
    decidedBy: 'authority-caseworker',
    legalBasis: {
      da: 'Rudersdal Kommunes forsikringsregler ved døgnanbringelse (Bilag 4)',
      en: 'Rudersdal insurance rules for 24h placements (Annex 4)',
    },
    sources: [
      { file: U, line: 8581, quote: 'kan der for beløb over 500 kr. søges dækning via' },
      { file: U, line: 8582, quote: 'det kun vil være i meget sjældne tilfælde' },
      {
        file: U,
        line: 8583,
        quote: 'efter konkret vurdering vil kunne udbetale hel eller delvis erstatning',
      },
      { file: U, line: 8576, quote: 'forsikringen ikke dækker skader opstået ved hændelige uheld' },
    ],
    decisions: [
      {
        ambiguity: 'A-5',
        decision: {
          da: '500 kr. er en ansøgningsgrænse, ikke en selvrisiko: skader på 500 kr. eller derunder dækkes ikke; over 500 kr. vurderer Rudersdal Kommune hele skaden konkret (needs-assessment). Skader, barnet er erstatningsansvarligt for, hører under ansvarsforsikringen (rud-liability-claim).',
          en: 'DKK 500 is a claim threshold, not a deductible: damage of DKK 500 or less is not covered; above DKK 500. Rudersdal Municipality assesses the whole damage (needs-assessment). Damage the child is legally liable for falls under the liability insurance (rud-liability-claim).',
        },
      },
      insuranceNetworkDecision,
      level2015Decision,
    ],
  },
  {
    id: 'rud-liability-claim',
    municipality: 'rudersdal',
    group: 'insurance',
    name: {
      da: 'Ansvarsforsikring (plejeanbragte børn)',
      en: 'Claim on the municipality’s liability insurance',
    },
    summary: {
      da: 'Gør plejebarnet skade på plejefamiliens ting og er erstatningsansvarligt, anmelder plejeforældrene skaden til kommunens ansvarsforsikring. Ting på barnets eget værelse og skader med motorkøretøjer dækkes ikke.',
      en: 'If the foster child damages the foster family’s things and is legally liable, the foster parents report it to the municipality’s liability insurance. Things in the child’s own room and damage with motor vehicles are not covered.',
    },
    applicants: { eligible: ['foster-family'], assess: ['network-foster-family'] },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    assessment: {
      da: 'Forsikringsselskabet afgør, om barnet er erstatningsansvarligt, og om skaden dækkes; genstande i barnets egen varetægt, motorkøretøjer og arbejdsmaskiner er undtaget.',
      en: 'The insurer decides whether the child is legally liable and whether the damage is covered; items in the child’s own care, motor vehicles and machinery are excluded.',
    },
    documentation: {
      regime: 'full-coverage',
      requires: ['damage-report'],
      text: {
        da: 'Plejeforældrenes skadesanmeldelse til Rudersdal Kommunes ansvarsforsikring.',
        en: 'The foster parents’ damage report to Rudersdal Municipality’s liability insurance.',
      },
    },
    decidedBy: 'insurer',
    legalBasis: {
      da: 'Rudersdal Kommunes ansvarsforsikring for plejeanbragte børn (Bilag 4)',
      en: 'Rudersdal Municipality’s liability insurance for children in foster care (Annex 4)',
    },
    sources: [
      { file: U, line: 8559, quote: 'plejefamilien. Det er plejeforældrene, der skal anmelde skaden' },
      { file: U, line: 8562, quote: 'genstande på plejebarnets eget værelse' },
      { file: U, line: 8565, quote: 'arbejdsmaskiner ikke dækkes af Rudersdal Kommunes ansvarsforsikring' },
      { file: U, line: 8572, quote: 'plejebarnet skal være ansvarligt for skaden' },
    ],
    decisions: [
      {
        ambiguity: 'A-5',
        decision: {
          da: 'Ingen beløbsgrænse: kravet sendes altid til forsikringsselskabet (needs-assessment). Hændelige uheld uden ansvar hører under rud-accidental-damage.',
          en: 'No amount limit: the claim always goes to the insurer (needs-assessment). Pure accidents without liability fall under rud-accidental-damage.',
        },
      },
      insuranceNetworkDecision,
    ],
  },
  {
    id: 'rud-contents-premium',
    municipality: 'rudersdal',
    group: 'insurance',
    name: { da: 'Indboforsikring: præmieforhøjelse', en: 'Extra home-contents insurance premium' },
    summary: {
      da: 'Kræver det en højere præmie at få plejebarnet med i jeres indboforsikring, kan I søge kommunen om at dække den ekstra udgift.',
      en: 'If including the foster child in your home-contents insurance needs a higher premium, you can ask the municipality to cover the extra cost.',
    },
    applicants: { eligible: ['foster-family'], assess: ['network-foster-family'] },
    amount: { kind: 'after-invoice' },
    needs: ['expenses'],
    documentation: {
      regime: 'full-coverage',
      requires: ['invoice'],
      text: {
        da: 'Forsikringsselskabets opgørelse af præmieforhøjelsen.',
        en: 'The insurer’s statement of the premium increase.',
      },
    },
    decidedBy: 'authority-caseworker',
    legalBasis: {
      da: 'Rudersdal Kommunes forsikringsregler ved døgnanbringelse (Bilag 4)',
      en: 'Rudersdal insurance rules for 24h placements (Annex 4)',
    },
    sources: [
      { file: U, line: 8596, quote: 'kan denne ekstra udgift søges dækket' },
      { file: U, line: 8595, quote: 'Såfremt det kræver præmieforhøjelse' },
    ],
    decisions: [insuranceNetworkDecision],
  },
  {
    id: 'rud-network-foster-costs',
    municipality: 'rudersdal',
    group: 'support',
    name: {
      da: 'Godtgørelse af udgifter (netværksplejefamilie)',
      en: 'Expense coverage for network foster families',
    },
    summary: {
      da: 'Netværksplejefamilier får ikke løn, men får dækket dokumenterede udgifter til barnet, fx kost, logi, lommepenge, tøj, ferie, en fritidsaktivitet og kørsel. Hvad der dækkes, vurderes ud fra familiens almindelige levevis.',
      en: 'Network foster families get no pay but are covered for documented costs of the child, e.g. food, lodging, pocket money, clothes, holiday, a leisure activity and driving. What is covered is judged against the family’s normal way of life.',
    },
    applicants: { eligible: ['network-foster-family'] },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    assessment: {
      da: 'Det er en konkret vurdering ud fra familiens almindelige livsførelse, hvilke dokumenterede udgifter der kan dækkes.',
      en: 'Which documented costs can be covered is a concrete assessment against the family’s normal way of life.',
    },
    documentation: {
      regime: 'full-coverage',
      requires: ['receipt'],
      text: { da: 'Dokumenterede udgifter.', en: 'Documented expenses.' },
    },
    decidedBy: 'caseworker',
    legalBasis: {
      da: 'Serviceloven § 52, stk. 3, nr. 7, jf. § 66, stk. 1, nr. 3; Rudersdal Kommunes håndbog for plejefamilier (Bilag 4)',
      en: 'Social Services Act § 52(3)(7), cf. § 66(1)(3); Rudersdal foster family handbook (Annex 4)',
    },
    sources: [
      { file: U, line: 8185, quote: 'Foruden et indskrivningsbeløb til dækning af møbler og tøj' },
      { file: U, line: 3508, quote: 'konkret vurdering, hvilke dokumenterede udgifter, der kan' },
      { file: U, line: 3498, quote: 'Netværksplejefamilien modtager ikke vederlag' },
      { file: U, line: 8186, quote: 'fritidsaktivitet, ferie og kørsel med plejebarnet.' },
    ],
    decisions: [
      {
        ambiguity: 'A-13',
        decision: {
          da: 'Netværksplejefamiliers feriedudgifter er en del af udgiftsdækningen, men altid efter konkret vurdering af dokumenterede udgifter (needs-assessment).',
          en: 'Network foster families’ holiday costs are part of the expense coverage, but always after a concrete assessment of documented costs (needs-assessment).',
        },
      },
      {
        ambiguity: 'A-16',
        decision: {
          da: 'Netværksplejefamilier søger deres løbende udgifter her; indskrivning og kørsel kan også søges under rud-enrolment-* og rud-mileage-foster, mens øvrige døgnplejeposter giver needs-assessment.',
          en: 'Network foster families claim their running costs here; enrolment and driving can also be claimed under rud-enrolment-* and rud-mileage-foster, while other 24h foster items give needs-assessment.',
        },
      },
    ],
  },
  {
    id: 'rud-network-foster-taf',
    municipality: 'rudersdal',
    group: 'lost-earnings',
    name: {
      da: 'Tabt arbejdsfortjeneste (netværksplejefamilie)',
      en: 'Lost earnings for a network foster family',
    },
    summary: {
      da: 'I særlige tilfælde kan en netværksplejefamilie få hel eller delvis tabt arbejdsfortjeneste, hvis barnet i en periode skal passes hjemme.',
      en: 'In special cases a network foster family can get full or partial lost earnings if the child has to be cared for at home for a period.',
    },
    applicants: { eligible: ['network-foster-family'] },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    assessment: {
      da: 'Kun i særlige tilfælde og efter en konkret vurdering af, om det er nødvendigt, at barnet passes i hjemmet i en periode; intet beløb i kilden.',
      en: 'Only in special cases and after a concrete assessment of whether the child needs to be cared for at home for a period; no amount in the source.',
    },
    documentation: {
      regime: 'none',
      requires: [],
      text: {
        da: 'Kilden nævner ingen dokumentation; sagsbehandleren fastsætter den (fx lønsedler).',
        en: 'The source names no documentation; the caseworker sets it (e.g. payslips).',
      },
    },
    decidedBy: 'caseworker',
    legalBasis: {
      da: 'Serviceloven § 52, stk. 3, nr. 7, jf. § 66, stk. 1, nr. 3; Rudersdal Kommunes håndbog for plejefamilier (Bilag 4)',
      en: 'Social Services Act § 52(3)(7), cf. § 66(1)(3); Rudersdal foster family handbook (Annex 4)',
    },
    taxable: true,
    sources: [
      { file: U, line: 8188, quote: 'Netværksplejefamilier vil i særlige tilfælde' },
      { file: U, line: 8189, quote: 'hvis det skønnes nødvendigt, at barnet passes i hjemmet' },
      { file: U, line: 3512, quote: 'Netværksplejefamilien kan efter en konkret vurdering få tabt' },
    ],
  },
  {
    id: 'rud-foster-s41-costs',
    municipality: 'rudersdal',
    group: 'support',
    name: {
      da: 'Nødvendige merudgifter for anbragt barn i § 41-målgruppen',
      en: 'Disability extra costs for a child in a foster family',
    },
    summary: {
      da: 'Er plejebarnet i målgruppen for merudgifter efter § 41, refunderes aftalte, nødvendige merudgifter med de faktiske udgifter mod særskilt dokumentation.',
      en: 'If the foster child is in the § 41 extra-costs target group, agreed and necessary extra costs are refunded at actual cost against separate documentation.',
    },
    applicants: { eligible: ['foster-family'], assess: ['network-foster-family'] },
    amount: { kind: 'after-invoice' },
    needs: ['expenses'],
    assessment: {
      da: 'Sagsbehandleren vurderer, om barnet er i § 41-målgruppen, og om merudgiften er aftalt og nødvendig; udgiften bevilges efter § 52, stk. 3, nr. 7 som en del af anbringelsesudgiften.',
      en: 'The caseworker judges whether the child is in the § 41 target group and whether the extra cost is agreed and necessary; it is granted under § 52(3)(7) as part of the placement cost.',
    },
    documentation: {
      regime: 'full-coverage',
      requires: ['receipt'],
      text: {
        da: 'Særskilt dokumentation for de aftalte nødvendige merudgifter.',
        en: 'Separate documentation of the agreed necessary extra costs.',
      },
    },
    decidedBy: 'caseworker-or-team-lead',
    legalBasis: {
      da: 'Serviceloven § 52, stk. 3, nr. 7 (målgruppen i § 41)',
      en: 'Social Services Act § 52(3)(7) (the § 41 target group)',
    },
    sources: [
      { file: U, line: 1314, quote: 'Udgiften refunderes plejefamilien med faktisk afholdte udgifter' },
      { file: U, line: 1316, quote: 'efter særskilt dokumentation for aftalte nødvendige merudgifter.' },
      { file: U, line: 1306, quote: 'plejefamilie efter SEL § 52, stk. 3, nr. 7' },
    ],
    decisions: [
      {
        ambiguity: 'A-16',
        decision: {
          da: 'Reglen gælder anbringelse i plejefamilie efter § 52, stk. 3, nr. 7, som også omfatter netværkspleje; netværksplejefamilier får derfor needs-assessment i stedet for afslag.',
          en: 'The rule covers placement in a foster family under § 52(3)(7), which also includes network foster care; network foster families therefore get needs-assessment instead of refusal.',
        },
      },
    ],
  },
];
