import type { RateTableInput } from '../rates/schema';
import type { BenefitInput } from './schema';

const U = '004_2ef01a3e92adb0b8.txt' as const;

type Decision = NonNullable<BenefitInput['decisions']>[number];
type Condition = NonNullable<BenefitInput['conditions']>[number];
type Documentation = BenefitInput['documentation'];
type Requirement = Documentation['requires'][number];
type Text = BenefitInput['summary'];

/** Bilag 2 figures carry no price-level date of their own; the document's level is 2015 (line 1348). */
const LEVEL_2015 = '2015-01-01';

/** "forældre til et barn under 18": the § 41 target group, measured on the expense date. */
const under18: Condition = {
  kind: 'age',
  unit: 'years',
  at: 'expense-date',
  range: { max: 18, maxInclusive: false },
};

const s41Common = {
  municipality: 'rudersdal',
  applicants: { eligible: ['parent'] },
  decidedBy: 'caseworker-or-team-lead',
  legalBasis: { da: 'Serviceloven § 41', en: 'Social Services Act § 41' },
  taxable: false,
} as const satisfies Partial<BenefitInput>;

const COMMON_DA =
  'Merudgifterne skal sandsynliggøres (være "sandsynliggjort"), og barnet skal være i målgruppen for servicelovens § 41. Der udbetales intet, hvis barnets samlede merudgifter er under bagatelgrænsen på 4.596 kr. årligt (2015-niveau).';
const COMMON_EN =
  'The extra costs must be made probable ("sandsynliggjort"), and the child must be in the § 41 target group. Nothing is paid if the child’s total extra costs are below the yearly threshold of 4.596 kr. (2015 level).';

/** Every § 41 item is assessed: the item's own judgement first, then the common § 41 conditions. */
function assess(da: string, en: string): Text {
  return { da: `${da} ${COMMON_DA}`, en: `${en} ${COMMON_EN}` };
}

/** P-U4: the parents make the extra costs probable and consent to medical and professional statements. */
function madeProbable(requires: Requirement[], da: string, en: string): Documentation {
  return {
    regime: 'made-probable',
    requires: ['consent', ...requires],
    text: {
      da: `Forældrene sandsynliggør merudgiften og giver samtykke til, at kommunen indhenter lægelige og andre faglige erklæringer. ${da}`,
      en: `The parents make the extra cost probable and consent to the municipality obtaining medical and other professional statements. ${en}`,
    },
  };
}

const mileageDecision: Decision = {
  ambiguity: 'A-2',
  decision: {
    da: '"Statens lave kørselstakst" (og "laveste km-takst") er den lave sats i tabellen state-low-mileage; taksten på kørselsdagen gælder.',
    en: '"Statens lave kørselstakst" (and "laveste km-takst") is the low rate in the state-low-mileage table; the rate on the day of the trip applies.',
  },
};

const unitPriceDecision: Decision = {
  ambiguity: 'A-18',
  decision: {
    da: 'Bilag 2-beløbet er gemt som en dateret takst fra 2015-niveau. Kilden nævner ingen regulering, så beløbet gælder, indtil kommunen indtaster et nyt.',
    en: 'The Bilag 2 figure is stored as a dated rate at the 2015 level. The source gives no regulation rule, so it holds until the municipality enters a new one.',
  },
};

const over4Decision = (what: { da: string; en: string }): Decision => ({
  ambiguity: 'A-27',
  decision: {
    da: `"Over 4 år" (${what.da}) læses som fra 4-årsdagen (inklusive), i tråd med plejefamiliernes "efter det fyldte 4. år". Et barn under 4 år afvises som ikke omfattet.`,
    en: `"Over 4 år" (${what.en}) is read as from the 4th birthday (inclusive), in line with the foster families' "efter det fyldte 4. år". A child under 4 is refused as not eligible.`,
  },
});

/** Rudersdal § 41 (Bilag 2) figures. Only the threshold is said to be regulated yearly (line 5880). */
export const rudersdalS41Rates: RateTableInput[] = [
  {
    id: 'rud-s41-threshold-rounding-step',
    name: { da: 'Afrunding af løbende merudgifter', en: 'Rounding step of ongoing extra costs' },
    unit: 'dkk',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '100.00',
        source: `${U}: "afrundes til det nærmeste kronebeløb, der er deleligt med 100."`,
        note: 'line 1346; named in the summary of rud-s41-threshold',
      },
    ],
  },
  {
    id: 'rud-s41-shoes-per-pair',
    name: { da: 'Egenbetaling pr. par sko', en: 'Own payment per pair of shoes' },
    unit: 'dkk',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '500.00',
        source: `${U}: "udgift til 5 par sko årligt, á 500 kr. pr. par."`,
        note: 'line 7329; named in the summary of rud-s41-shoes',
      },
    ],
  },
  {
    id: 'rud-s41-threshold',
    name: { da: 'Bagatelgrænse for merudgifter (§ 41)', en: '§ 41 yearly minimum threshold' },
    unit: 'dkk-per-year',
    periods: [
      {
        validFrom: '2015-01-01',
        amount: '4596.00',
        source: `${U}: "Merudgifter under 4596 kr. årligt (2015 niveau) udbetales ikke."`,
        note: 'line 1348; "minimumsgrænse, der reguleres hvert år." line 5880',
        confirmed: false,
      },
    ],
  },
  {
    id: 'rud-s41-babysitter-ordinary-rate',
    name: {
      da: 'Forældrenes normale udgift til en almindelig barnepige',
      en: 'What parents normally pay an ordinary babysitter',
    },
    unit: 'dkk-per-hour',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '75.00',
        source: `${U}: "75 kr. / t. (den udgift forældrene normalt har til en"`,
        note: 'line 5944',
      },
    ],
  },
  {
    id: 'rud-s41-bicycle-up-to-6',
    name: { da: 'Egenbetaling pr. cykel, barn op til 6 år', en: 'Own payment per bicycle, child up to 6' },
    unit: 'dkk',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '1500.00',
        source: `${U}: "1.500 kr. pr. cykel for barn op til 6 år, og 2.500 kr. pr."`,
        note: 'line 6482',
      },
    ],
  },
  {
    id: 'rud-s41-bicycle-over-6',
    name: { da: 'Egenbetaling pr. cykel, barn over 6 år', en: 'Own payment per bicycle, child over 6' },
    unit: 'dkk',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '2500.00',
        source: `${U}: "1.500 kr. pr. cykel for barn op til 6 år, og 2.500 kr. pr."`,
        note: 'line 6482) / "cykel for børn over 6 år." (line 6484',
      },
    ],
  },
  {
    id: 'rud-s41-holiday-helper-per-week',
    name: {
      da: 'Hjælperens opholds- og rejseudgifter pr. uge (højst)',
      en: 'Helper’s stay and travel costs per week (maximum)',
    },
    unit: 'dkk-per-week',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '4000.00',
        source: `${U}: "hjælperens opholds- og rejseudgifter på op til 4.000 kr."`,
        note: 'line 6599',
      },
    ],
  },
  {
    id: 'rud-s41-holiday-helper-food',
    name: { da: 'Ekstra kost til hjælperen pr. døgn', en: 'Extra food for the helper per night' },
    unit: 'dkk-per-night',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '100.00',
        source: `${U}: "Ekstra udgift til kost 100 kr. pr. døgn,"`,
        note: 'line 6584',
      },
    ],
  },
  {
    id: 'rud-s41-camp-school',
    name: { da: 'Egenbetaling ved lejrskole i Danmark', en: 'Own payment for camp school in Denmark' },
    unit: 'dkk',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '2500.00',
        source: `${U}: "Danmark, fratrukket en egenbetaling på 2500 kr."`,
        note: 'line 6613',
      },
    ],
  },
  {
    id: 'rud-s41-hospital-food',
    name: {
      da: 'Kost pr. person pr. døgn under indlæggelse',
      en: 'Food per person per night during admission',
    },
    unit: 'dkk-per-night',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '100.00',
        source: `${U}: "Kost pr. person pr. døgn: 100 kr."`,
        note: 'line 6840',
      },
    ],
  },
  {
    id: 'rud-s41-encopresis-bedding-duvet',
    name: { da: 'Dyne', en: 'Duvet' },
    unit: 'dkk',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '200.00',
        source: `${U}: "dyne og lign. dækkes med dyne 200 kr., pude 50 kr.,"`,
        note: 'line 6929',
      },
    ],
  },
  {
    id: 'rud-s41-encopresis-bedding-pillow',
    name: { da: 'Pude', en: 'Pillow' },
    unit: 'dkk',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '50.00',
        source: `${U}: "dyne og lign. dækkes med dyne 200 kr., pude 50 kr.,"`,
        note: 'line 6929',
      },
    ],
  },
  {
    id: 'rud-s41-encopresis-bedding-mattress',
    name: { da: 'Madras', en: 'Mattress' },
    unit: 'dkk',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '300.00',
        source: `${U}: "madras 300 kr., vådliggerlagen 150 kr."`,
        note: 'line 6931',
      },
    ],
  },
  {
    id: 'rud-s41-encopresis-bedding-bedwetting-sheet',
    name: { da: 'Vådliggerlagen', en: 'Bed-wetting sheet' },
    unit: 'dkk',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '150.00',
        source: `${U}: "madras 300 kr., vådliggerlagen 150 kr."`,
        note: 'line 6931',
      },
    ],
  },
  {
    id: 'rud-s41-diet-cancer',
    name: {
      da: 'Kræsekost til børn med cancer pr. måned',
      en: 'Special diet for children with cancer per month',
    },
    unit: 'dkk-per-month',
    periods: [
      { validFrom: LEVEL_2015, amount: '400.00', source: `${U}: "til 400 kr. mdl."`, note: 'line 7021' },
    ],
  },
  {
    id: 'rud-s41-diet-energy',
    name: { da: 'Energiberiget kost pr. måned', en: 'Energy-enriched food per month' },
    unit: 'dkk-per-month',
    periods: [
      { validFrom: LEVEL_2015, amount: '250.00', source: `${U}: "250 kr. pr. måned."`, note: 'line 7025' },
    ],
  },
  {
    id: 'rud-s41-diet-normal-food',
    name: {
      da: 'Normaludgift til mad og drikke pr. måned (fratrækkes)',
      en: 'Normal food and drink cost per month (deducted)',
    },
    unit: 'dkk-per-month',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '1440.00',
        source: `${U}: "1440 kr. mdl. fratrækkes."`,
        note: 'line 7037',
      },
    ],
  },
  {
    id: 'rud-s41-courses-meal-15-plus',
    name: {
      da: 'Modregning for kost på kursus pr. dag, 15 år og ældre',
      en: 'Meal deduction on a course per day, 15 and older',
    },
    unit: 'dkk-per-day',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '100.00',
        source: `${U}: "15 år og ældre på 100 kr."`,
        note: 'line 7122',
      },
    ],
  },
  {
    id: 'rud-s41-courses-meal-under-15',
    name: {
      da: 'Modregning for kost på kursus pr. dag, 14 år og yngre',
      en: 'Meal deduction on a course per day, 14 and younger',
    },
    unit: 'dkk-per-day',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '55.00',
        source: `${U}: "14 år og yngre på 55 kr."`,
        note: 'line 7124',
      },
    ],
  },
  {
    id: 'rud-s41-medicine-max-own-share',
    name: {
      da: 'Forældrenes største egenbetaling til medicin pr. år efter statstilskud (ca.)',
      en: 'Parents’ largest own share of medicine per year after state subsidy (approx.)',
    },
    unit: 'dkk-per-year',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '3710.00',
        source: `${U}: "på ca. 3710 kr. pr. år."`,
        note: 'line 7196; an approximate figure that follows the state medicine subsidy',
        confirmed: false,
      },
    ],
  },
  {
    id: 'rud-s41-clothing-trousers',
    name: { da: 'Bukser', en: 'Trousers' },
    unit: 'dkk',
    periods: [
      { validFrom: LEVEL_2015, amount: '130.00', source: `${U}: "Bukser: 130 kr."`, note: 'line 7301' },
    ],
  },
  {
    id: 'rud-s41-clothing-long-sleeve-top',
    name: { da: 'Bluse, lange ærmer', en: 'Long-sleeved top' },
    unit: 'dkk',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '75.00',
        source: `${U}: "Bluse – lange ærmer: 75 kr."`,
        note: 'line 7303',
      },
    ],
  },
  {
    id: 'rud-s41-clothing-short-sleeve-top',
    name: { da: 'Bluse, korte ærmer', en: 'Short-sleeved top' },
    unit: 'dkk',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '50.00',
        source: `${U}: "Bluse korte-ærmer: 50 kr."`,
        note: 'line 7305',
      },
    ],
  },
  {
    id: 'rud-s41-clothing-underpants',
    name: { da: 'Underbukser', en: 'Underpants' },
    unit: 'dkk',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '20.00',
        source: `${U}: "Undertøj - underbukser: 20 kr."`,
        note: 'line 7307',
      },
    ],
  },
  {
    id: 'rud-s41-clothing-undershirt',
    name: { da: 'Undertrøje', en: 'Undershirt' },
    unit: 'dkk',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '20.00',
        source: `${U}: "Undertøj – trøje: 20 kr."`,
        note: 'line 7309',
      },
    ],
  },
  {
    id: 'rud-s41-clothing-body',
    name: { da: 'Body', en: 'Body (bodysuit)' },
    unit: 'dkk',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '20.00',
        source: `${U}: "Undertøj – body: 20 kr."`,
        note: 'line 7311',
      },
    ],
  },
  {
    id: 'rud-s41-clothing-socks',
    name: { da: 'Strømper', en: 'Socks' },
    unit: 'dkk',
    periods: [
      { validFrom: LEVEL_2015, amount: '10.00', source: `${U}: "Strømper: 10 kr."`, note: 'line 7313' },
    ],
  },
  {
    id: 'rud-s41-clothing-summer-jacket',
    name: { da: 'Sommerjakke', en: 'Summer jacket' },
    unit: 'dkk',
    periods: [
      { validFrom: LEVEL_2015, amount: '200.00', source: `${U}: "Sommerjakke: 200 kr."`, note: 'line 7315' },
    ],
  },
  {
    id: 'rud-s41-clothing-winter-jacket',
    name: { da: 'Vinterjakke', en: 'Winter jacket' },
    unit: 'dkk',
    periods: [
      { validFrom: LEVEL_2015, amount: '300.00', source: `${U}: "Vinterjakke: 300 kr."`, note: 'line 7317' },
    ],
  },
  {
    id: 'rud-s41-shoes',
    name: {
      da: 'Egenbetaling for sko pr. år (5 par á 500 kr.)',
      en: 'Own payment for shoes per year (5 pairs at DKK 500)',
    },
    unit: 'dkk-per-year',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '2500.00',
        source: `${U}: "udgift til 5 par sko årligt, á 500 kr. pr. par."`,
        note: 'line 7329; 2.500 kr. is computed as 5 × 500 kr., not printed in the source',
      },
    ],
  },
  {
    id: 'rud-s41-laundry-per-wash',
    name: { da: 'Pr. ekstra vask', en: 'Per extra wash' },
    unit: 'dkk',
    periods: [
      {
        validFrom: LEVEL_2015,
        amount: '10.00',
        source: `${U}: "dokumenteres et vaskebehov herudover, ydes der 10 kr."`,
        note: 'line 7355',
      },
    ],
  },
];

/** Rudersdal Kommune, Bilag 2: extra costs (merudgifter) for parents of a disabled child (rules-catalogue §1.4). */
export const rudersdalS41Benefits: BenefitInput[] = [
  {
    ...s41Common,
    id: 'rud-s41-threshold',
    group: 'support',
    name: {
      da: 'Merudgiftsydelse: bagatelgrænse og afrunding',
      en: '§ 41 minimum threshold and rounding (applies to all § 41 items)',
    },
    summary: {
      da: 'Fælles regel for alle merudgifter: er barnets samlede merudgifter under 4.596 kr. om året (2015-niveau), udbetales intet. Løbende ydelser fastsættes pr. måned og afrundes til nærmeste 100 kr.',
      en: 'A common rule for all extra costs: if the child’s total extra costs are under DKK 4,596 a year (2015 level), nothing is paid. Ongoing payments are set per month and rounded to the nearest DKK 100.',
    },
    amount: { kind: 'discretionary', per: 'year' },
    conditions: [under18],
    assessment: assess(
      'Dette er en fælles regel, ikke en ydelse i sig selv: sagsbehandleren skønner barnets samlede merudgifter pr. måned ud fra alle § 41-poster. Løbende ydelser fortsætter under op til 5 ugers ferie om året, også i udlandet på betingelserne herfor.',
      'This is a common rule, not a payable item on its own: the caseworker estimates the child’s total monthly extra costs from all § 41 items. Ongoing payments continue during up to 5 weeks of holiday a year, also abroad on the stated conditions.',
    ),
    documentation: madeProbable(
      [],
      'Der følges op mindst en gang om året.',
      'The case is followed up at least once a year.',
    ),
    sources: [
      { file: U, line: 1348, quote: 'Merudgifter under 4596 kr. årligt (2015 niveau) udbetales ikke.' },
      { file: U, line: 1284, quote: 'også under op til 5 uges ferie om året.' },
      { file: U, line: 1326, quote: 'samtykke til at indhente relevante lægelige og andre faglige' },
      { file: U, line: 5880, quote: 'minimumsgrænse, der reguleres hvert år.' },
      { file: U, line: 1346, quote: 'afrundes til det nærmeste kronebeløb, der er deleligt med 100.' },
      { file: U, line: 1322, quote: 'efter § 41 sandsynliggøre omfanget af deres merudgifter.' },
      { file: U, line: 5876, quote: 'Dækning af merudgifter er ikke afhængig af indkomst' },
    ],
    decisions: [
      {
        ambiguity: 'A-20',
        decision: {
          da: 'Bagatelgrænsen gælder barnets samlede merudgifter pr. år, ikke den enkelte post. Afrundingen til nærmeste 100 kr. gælder det skønnede månedsbeløb for løbende ydelser; halve hundreder rundes op (fx 150 → 200). Engangsrefusioner afrundes ikke.',
          en: 'The threshold applies to the child’s total yearly extra costs, not per item. Rounding to the nearest DKK 100 applies to the estimated monthly amount of ongoing payments; halves are rounded up (e.g. 150 → 200). One-off refunds are not rounded.',
        },
      },
      {
        ambiguity: 'A-18',
        decision: {
          da: 'Grænsen på 4.596 kr. er 2015-niveau og reguleres hvert år; den er gemt som ubekræftet, og kommunen skal indtaste det gældende beløb.',
          en: 'The DKK 4,596 threshold is the 2015 level and is regulated yearly; it is stored as unconfirmed, and the municipality must enter the current amount.',
        },
      },
    ],
  },
  {
    ...s41Common,
    id: 'rud-s41-babysitter',
    group: 'support',
    name: { da: 'Aflastning / selvvalgt "Barnepige"', en: 'Self-chosen babysitter (private relief)' },
    summary: {
      da: 'Op til 3 timer om ugen med en selvvalgt barnepige, når barnets handicap kræver en voksen. Der dækkes forskellen mellem løntrin 11 og de 75 kr. i timen, en almindelig barnepige koster.',
      en: 'Up to 3 hours a week with a babysitter you choose, when the disability requires an adult. The difference between pay grade 11 and the DKK 75 an hour an ordinary babysitter costs is covered.',
    },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    conditions: [under18],
    assessment: assess(
      'Beløbet er forskellen mellem timelønnen på løntrin 11, som kilden ikke angiver i kroner, og 75 kr. i timen, normalt højst 3 timer om ugen. Et større behov vurderes efter de øvrige aflastningsregler, og skilte forældre forventes at aflaste hinanden.',
      'The amount is the difference between the hourly pay at pay grade 11, which the source gives no DKK figure for, and 75 kr. an hour, normally at most 3 hours a week. A larger need is assessed under the other relief rules, and divorced parents are expected to relieve each other.',
    ),
    documentation: madeProbable(
      ['receipt'],
      'Timer pr. uge og udgiften til barnepigen.',
      'Hours per week and the babysitter’s cost.',
    ),
    sources: [
      { file: U, line: 5938, quote: 'Der kan normalt ydes op til 3 timers ugentlig privat,' },
      { file: U, line: 5944, quote: '75 kr. / t. (den udgift forældrene normalt har til en' },
      { file: U, line: 5954, quote: 'de kan aflaste hinanden.' },
      { file: U, line: 5942, quote: 'forskellen mellem løntrin 11 (udgift til ”barnepigen”) og' },
      { file: U, line: 5948, quote: 'Hvis aflastningsbehovet er større, skal dette vurderes' },
    ],
    decisions: [
      {
        ambiguity: 'A-12',
        decision: {
          da: 'Løntrin 11 har intet kronebeløb i kilden: altid konkret vurdering. Sagsbehandleren beregner (timeløn løntrin 11 − 75 kr.) × timer, højst 3 timer om ugen.',
          en: 'Pay grade 11 has no DKK figure in the source: always assessed. The caseworker computes (pay grade 11 hourly pay − DKK 75) × hours, at most 3 hours a week.',
        },
      },
    ],
  },
  {
    ...s41Common,
    id: 'rud-s41-transport-public',
    group: 'transport',
    name: { da: 'Befordring A: offentlig transport', en: 'Transport by public transport' },
    summary: {
      da: 'Nødvendig transport med offentlige transportmidler på grund af barnets handicap dækkes fuldt ud, når anden lovgivning ikke dækker den.',
      en: 'Necessary public transport because of the child’s disability is covered in full when other law does not cover it.',
    },
    amount: { kind: 'after-invoice' },
    needs: ['expenses'],
    conditions: [under18],
    assessment: assess(
      'Transporten skal være en nødvendig følge af barnets funktionsnedsættelse og må ikke kunne dækkes efter anden lovgivning (sundhedsloven, folkeskoleloven m.fl.).',
      'The transport must be a necessary consequence of the child’s disability and must not be covered by other law (Health Act, Primary Schools Act and others).',
    ),
    documentation: madeProbable(['receipt'], 'Billetter eller kvitteringer.', 'Tickets or receipts.'),
    sources: [
      { file: U, line: 5981, quote: 'A. Der ydes fuld støtte til transport med offentligt' },
      { file: U, line: 5978, quote: 'anvendes kun i det omfang, udgiften ikke dækkes efter' },
    ],
  },
  {
    ...s41Common,
    id: 'rud-s41-transport-own-car',
    group: 'transport',
    name: { da: 'Befordring B: egen bil', en: 'Mileage in own car' },
    summary: {
      da: 'Nødvendig kørsel i egen bil på grund af barnets handicap betales pr. km efter statens lave takst på kørselsdagen.',
      en: 'Necessary driving in your own car because of the child’s disability is paid per km at the state’s low rate on the day of the trip.',
    },
    amount: { kind: 'per-unit', rate: 'state-low-mileage', unit: 'km' },
    needs: ['trips'],
    conditions: [under18],
    assessment: assess(
      'Kørslen skal være en nødvendig følge af barnets funktionsnedsættelse og må ikke kunne dækkes efter anden lovgivning.',
      'The driving must be a necessary consequence of the child’s disability and must not be covered by other law.',
    ),
    documentation: madeProbable(
      ['trip-log'],
      'Kørselsliste med dato, fra- og tiladresse og km.',
      'Trip log with date, from and to address and km.',
    ),
    sources: [
      { file: U, line: 5987, quote: 'kilometertakst efter statens lave kørselstakst.' },
      { file: U, line: 5978, quote: 'anvendes kun i det omfang, udgiften ikke dækkes efter' },
    ],
    decisions: [mileageDecision],
  },
  {
    ...s41Common,
    id: 'rud-s41-transport-taxi',
    group: 'transport',
    name: { da: 'Befordring C: taxa', en: 'Taxi' },
    summary: {
      da: 'Har I ikke egen bil og kan I ikke bruge offentlig transport, dækkes nødvendig kørsel med taxa.',
      en: 'If you have no car and cannot use public transport, necessary taxi journeys are covered.',
    },
    amount: { kind: 'after-invoice' },
    needs: ['expenses'],
    conditions: [under18],
    assessment: assess(
      'Taxa dækkes kun, når familien ikke har egen bil og ikke har mulighed for offentlig transport, og kørslen er en nødvendig følge af funktionsnedsættelsen.',
      'A taxi is covered only when the family has no car and no possibility of public transport, and the journey is a necessary consequence of the disability.',
    ),
    documentation: madeProbable(['receipt'], 'Kvitteringer fra taxa.', 'Taxi receipts.'),
    sources: [
      { file: U, line: 5993, quote: 'transportmiddel, ydes udgift til kørsel med taxa.' },
      { file: U, line: 5989, quote: 'C. Hvis borgeren ikke har egen bil, og ikke' },
    ],
  },
  {
    ...s41Common,
    id: 'rud-s41-transport-treatment',
    group: 'transport',
    name: { da: 'Kørsel til behandling / kontroller', en: 'Driving to treatment or check-ups' },
    summary: {
      da: 'Kørsel til behandling og kontrol betales pr. km efter statens lave takst, når barnet skal til mindst 4 behandlinger om året, og regionen ikke dækker kørslen.',
      en: 'Driving to treatment and check-ups is paid per km at the state’s low rate when the child has at least 4 treatments a year and the region does not cover it.',
    },
    amount: { kind: 'per-unit', rate: 'state-low-mileage', unit: 'km' },
    needs: ['trips'],
    conditions: [under18],
    assessment: assess(
      'Der skal være tale om mindst 4 behandlinger om året. Kørsel, som dækkes efter sundhedsloven § 171 (som udgangspunkt altid ved over 50 km), dækkes ikke her.',
      'There must be at least 4 treatments a year. Driving covered by Health Act § 171 (as a rule always over 50 km) is not covered here.',
    ),
    documentation: madeProbable(
      ['trip-log'],
      'Kørselsliste med behandlingsdatoer, adresser og km.',
      'Trip log with treatment dates, addresses and km.',
    ),
    sources: [
      { file: U, line: 6001, quote: 'mindst 4 årlige behandlinger og dermed mere end hvad' },
      { file: U, line: 6021, quote: 'overstiger 50 km.' },
    ],
    decisions: [mileageDecision],
  },
  {
    ...s41Common,
    id: 'rud-s41-transport-second-parent',
    group: 'transport',
    name: { da: 'Befordring, forælder nr. 2', en: 'Transport for the second parent' },
    summary: {
      da: 'Undtagelsesvis dækkes transport for den anden forælder, når det er nødvendigt, at begge forældre følger barnet.',
      en: 'Exceptionally, transport for the second parent is covered when both parents need to accompany the child.',
    },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    conditions: [under18],
    assessment: assess(
      'Kun undtagelsesvis: det skal være nødvendigt eller hensigtsmæssigt, at begge forældre ledsager barnet, fx under selve befordringen, eller fordi begge skal orienteres samtidigt.',
      'Only exceptionally: it must be necessary or appropriate for both parents to accompany the child, e.g. during the journey itself, or because both must be informed at the same time.',
    ),
    documentation: madeProbable(
      ['receipt'],
      'Udgiften og begrundelsen for, at begge forældre deltog.',
      'The cost and why both parents took part.',
    ),
    sources: [
      { file: U, line: 6035, quote: 'ydes befordringsgodtgørelse efter SEL § 41 til forælder' },
      { file: U, line: 6039, quote: 'nødvendigt eller hensigtsmæssigt, at begge forældre' },
    ],
  },
  {
    ...s41Common,
    id: 'rud-s41-transport-leisure',
    group: 'transport',
    name: { da: 'Kørsel til fritidsaktiviteter', en: 'Driving to leisure activities' },
    summary: {
      da: 'Kørsel til fritidsaktiviteter inden for 10 km fra hjemmet 1-2 gange om ugen betales pr. km efter statens lave takst. Længere væk vurderes individuelt.',
      en: 'Driving to leisure activities within 10 km of home 1-2 times a week is paid per km at the state’s low rate. Further away is assessed individually.',
    },
    amount: { kind: 'per-unit', rate: 'state-low-mileage', unit: 'km' },
    needs: ['trips'],
    conditions: [under18],
    assessment: assess(
      'Sagsbehandleren vurderer hyppigheden: i nærområdet (10 km fra bopælen) 1-2 gange om ugen, uden for nærområdet efter en individuel vurdering. For større børn kan udgiften til offentlig transport fratrækkes.',
      'The caseworker assesses the frequency: in the local area (10 km from home) 1-2 times a week, outside it individually. For older children the cost of public transport can be deducted.',
    ),
    documentation: madeProbable(
      ['trip-log'],
      'Kørselsliste med dato, fra- og tiladresse og km.',
      'Trip log with date, from and to address and km.',
    ),
    sources: [
      { file: U, line: 6051, quote: 'Der ydes kørsel til fritidsaktiviteter i nærområdet 1-2' },
      { file: U, line: 6068, quote: 'Nærområdet forstås som 10 km. fra bopælen.' },
      { file: U, line: 6055, quote: 'Der ydes kørsel til aktiviteter uden for nærområdet efter' },
    ],
    decisions: [mileageDecision],
  },
  {
    ...s41Common,
    id: 'rud-s41-transport-family-friends',
    group: 'transport',
    name: { da: 'Kørsel til familie og venner', en: 'Driving to family and friends' },
    summary: {
      da: 'Kørsel til familie og venner betales pr. km efter statens lave takst: inden for 10 km 1 gang om ugen, længere væk 4 gange om året.',
      en: 'Driving to family and friends is paid per km at the state’s low rate: within 10 km once a week, further away 4 times a year.',
    },
    amount: { kind: 'per-unit', rate: 'state-low-mileage', unit: 'km' },
    needs: ['trips'],
    conditions: [under18],
    assessment: assess(
      'Sagsbehandleren vurderer hyppigheden: i nærområdet (10 km fra bopælen) 1 gang om ugen, uden for nærområdet 4 gange om året. For større børn kan udgiften til offentlig transport til venner fratrækkes.',
      'The caseworker assesses the frequency: in the local area (10 km from home) once a week, outside it 4 times a year. For older children the cost of public transport to friends can be deducted.',
    ),
    documentation: madeProbable(
      ['trip-log'],
      'Kørselsliste med dato, fra- og tiladresse og km.',
      'Trip log with date, from and to address and km.',
    ),
    sources: [
      { file: U, line: 6060, quote: 'Der ydes kørsel til familie og venner i nærområdet 1' },
      { file: U, line: 6066, quote: 'nærområdet 4 gange om året.' },
      { file: U, line: 6068, quote: 'Nærområdet forstås som 10 km. fra bopælen.' },
      { file: U, line: 6325, quote: 'funktionsnedsættelse, kan udgifter til offentlig transport' },
    ],
    decisions: [mileageDecision],
  },
  {
    ...s41Common,
    id: 'rud-s41-transport-school',
    group: 'transport',
    name: { da: 'Kørsel til skole / dagtilbud', en: 'Driving to school or daycare' },
    summary: {
      da: 'Kørsel til specialskole eller særligt dagtilbud dækkes normalt af tilbuddet. Kun undtagelsesvis kan der gives merudgifter.',
      en: 'Driving to a special school or daycare is normally covered by the provider. Extra costs are only exceptionally granted.',
    },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    conditions: [under18],
    assessment: assess(
      'Kun undtagelsesvis: kørslen dækkes som oftest af tilbuddet eller efter Undervisningsministeriets regler om befordring.',
      'Only exceptionally: the driving is usually covered by the provider or by the Ministry of Education’s transport rules.',
    ),
    documentation: madeProbable(
      ['receipt'],
      'Udgiften og afslag fra skole eller dagtilbud.',
      'The cost and the school’s or daycare’s refusal.',
    ),
    sources: [{ file: U, line: 6080, quote: 'undtagelsesvis blive tale om merudgifter hertil efter SEL' }],
  },
  {
    ...s41Common,
    id: 'rud-s41-car-running',
    group: 'transport',
    name: { da: 'Biler: drift', en: 'Running costs of a granted disability car' },
    summary: {
      da: 'Merudgifter til drift af en bevilget handicapbil, fx forsikring, reparationer og brændstof, beregnes efter familiens situation. Kørsel uden barnet dækkes ikke.',
      en: 'Extra running costs of a granted disability car, e.g. insurance, repairs and fuel, are calculated from the family’s situation. Driving without the child is not covered.',
    },
    amount: { kind: 'discretionary', per: 'year' },
    needs: ['expenses'],
    conditions: [under18],
    assessment: assess(
      'Beregningen afhænger af, om bilen er ekstrabil, erstatter familiens bil, eller om familien ikke ville have haft bil, og bygger på den bevilgede bil og en norm på 20.000 km om året. Første beregning er et skøn over de første 3 måneder; ved revurdering bruges det foregående år. Afdrag, udligningsafgift, grønne afgifter og (som udgangspunkt) skader, hærværk og Falck dækkes ikke.',
      'The calculation depends on whether the car is an extra car, replaces the family’s car, or the family would not have had a car, and uses the granted car and a norm of 20,000 km a year. The first calculation is an estimate from the first 3 months; reviews use the previous year. Loan repayments, diesel equalisation tax, green taxes and (as a rule) damage, vandalism and Falck are not covered.',
    ),
    documentation: madeProbable(
      ['receipt'],
      'Regninger for forsikring, reparationer (med kilometerstand) og brændstof; kørselsregnskab efter anmodning.',
      'Bills for insurance, repairs (showing mileage) and fuel; a driving log on request.',
    ),
    sources: [
      { file: U, line: 6317, quote: 'almindeligvis kører 20.000 km årligt.' },
      { file: U, line: 6194, quote: 'Kørsel uden barn dækkes ikke.' },
      { file: U, line: 6307, quote: 'baseret på de første 3 måneder.' },
      { file: U, line: 6152, quote: 'men evt. efter reglerne i servicelovens § 114.' },
    ],
  },
  {
    ...s41Common,
    id: 'rud-s41-housing-move',
    group: 'home',
    name: { da: 'Boligskift / boligændring', en: 'Costs of moving home' },
    summary: {
      da: 'Merudgifter ved en flytning, der skyldes barnets handicap, fx indskud, mæglersalær, flyttebil og dobbelt husleje, kan dækkes.',
      en: 'Extra costs of a move caused by the child’s disability, e.g. deposit, estate-agent fee, van hire and double rent, can be covered.',
    },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    conditions: [under18],
    assessment: assess(
      'Flytningen skal være betinget af barnets funktionsnedsættelse, og hjælpen er subsidiær til SEL § 116, stk. 2. Sagsbehandleren vurderer, hvilke udgifter der er merudgifter.',
      'The move must be caused by the child’s disability, and the help is subsidiary to SEL § 116(2). The caseworker assesses which costs are extra costs.',
    ),
    documentation: madeProbable(
      ['invoice'],
      'Regninger for udgifterne ved flytningen.',
      'Invoices for the moving costs.',
    ),
    sources: [
      { file: U, line: 6379, quote: 'Der kan dækkes merudgifter ved en flytning, som er' },
      { file: U, line: 6389, quote: 'Indskud i en ny lejebolig' },
      { file: U, line: 6385, quote: 'Bestemmelsen er dog subsidiær til SEL § 116 stk. 2.' },
    ],
  },
  {
    ...s41Common,
    id: 'rud-s41-glasses',
    group: 'health',
    name: { da: 'Briller', en: 'Glasses / contact lenses' },
    summary: {
      da: 'I særlige situationer, fx når barnet ofte ødelægger sine briller, gives tilskud til de billigste egnede briller eller kontaktlinser.',
      en: 'In special situations, e.g. when the child often breaks its glasses, a subsidy towards the cheapest suitable glasses or lenses is given.',
    },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    conditions: [under18],
    assessment: assess(
      'Kun i særlige situationer med sammenhæng til barnets handicap, og subsidiært til SEL § 112. Tilskuddet udmåles efter de billigste egnede briller, fx fra Louis Nielsen.',
      'Only in special situations linked to the child’s disability, and subsidiary to SEL § 112. The subsidy is based on the cheapest suitable glasses, e.g. from Louis Nielsen.',
    ),
    documentation: madeProbable(
      ['receipt'],
      'Pris på brillerne eller linserne.',
      'The price of the glasses or lenses.',
    ),
    sources: [
      { file: U, line: 6442, quote: 'Tilskuddet ydes til de billigste, egnede par briller, fx' },
      { file: U, line: 6444, quote: 'briller fra Louis Nielsen.' },
    ],
  },
  {
    ...s41Common,
    id: 'rud-s41-bicycle',
    group: 'equipment',
    name: { da: 'Cykler / befordring til fritid', en: 'Bicycle' },
    summary: {
      da: 'Tilskud til en cykel, når den ikke kan bevilges som hjælpemiddel. I betaler selv 1.500 kr. pr. cykel for et barn op til 6 år og 2.500 kr. for et barn over 6 år.',
      en: 'A subsidy towards a bicycle when it cannot be granted as an aid. You pay DKK 1,500 per bike yourselves for a child up to 6 and DKK 2,500 for a child over 6.',
    },
    amount: {
      kind: 'own-payment',
      per: 'item',
      byAge: [
        { range: { max: 6, maxInclusive: false }, rate: 'rud-s41-bicycle-up-to-6' },
        { range: { min: 6, minInclusive: false }, rate: 'rud-s41-bicycle-over-6' },
      ],
      ageGap: { min: 6, max: 6 },
    },
    needs: ['expenses'],
    conditions: [under18],
    assessment: assess(
      'Kun hvis betingelserne i SEL § 112 (hjælpemidler) og § 113 (forbrugsgoder) ikke er opfyldt.',
      'Only if the conditions of SEL § 112 (aids) and § 113 (consumer goods) are not met.',
    ),
    documentation: madeProbable(
      ['receipt'],
      'Pris eller tilbud på cyklen og evt. afslag efter § 112.',
      'Price or quote for the bike and any refusal under § 112.',
    ),
    sources: [
      { file: U, line: 6482, quote: '1.500 kr. pr. cykel for barn op til 6 år, og 2.500 kr. pr.' },
      { file: U, line: 6484, quote: 'cykel for børn over 6 år.' },
    ],
    decisions: [
      {
        ambiguity: 'A-10',
        decision: {
          da: '"Op til 6 år" er under 6 fyldte år (1.500 kr.), "over 6 år" er 7 fyldte år og derover (2.500 kr.). Et barn på præcis 6 fyldte år er udefineret: konkret vurdering, og forslaget bruger den laveste egenbetaling (1.500 kr.), som er til familiens fordel.',
          en: '"Op til 6 år" is under 6 completed years (DKK 1,500), "over 6 år" is 7 completed years and up (DKK 2,500). A child of exactly 6 completed years is undefined: needs-assessment, and the suggestion uses the lower own payment (DKK 1,500), in the family’s favour.',
        },
      },
      {
        ambiguity: 'A-27',
        decision: {
          da: 'Alder måles i fyldte år på købsdatoen; båndet for præcis 6 år er markeret som et hul (konkret vurdering), ikke et afslag.',
          en: 'Age is measured in completed years on the purchase date; the band for exactly 6 is marked as a gap (needs-assessment), not a refusal.',
        },
      },
    ],
  },
  {
    ...s41Common,
    id: 'rud-s41-holiday-house',
    group: 'holiday',
    name: { da: 'Ferie: feriehus', en: 'Larger holiday house' },
    summary: {
      da: 'Har I brug for et større feriehus, fx på grund af mange hjælpemidler, dækkes forskellen mellem det større hus og et almindeligt hus.',
      en: 'If you need a larger holiday house, e.g. because of many aids, the difference between the larger house and an ordinary one is covered.',
    },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    conditions: [under18],
    assessment: assess(
      'Merudgiften er lejen af det større hus fratrukket prisen på et almindeligt hus; sagsbehandleren vurderer behovet og prisforskellen.',
      'The extra cost is the rent of the larger house minus the price of an ordinary house; the caseworker assesses the need and the price difference.',
    ),
    documentation: madeProbable(
      ['receipt'],
      'Priser fra udlejningsbureauet på det større og et almindeligt hus.',
      'Prices from the letting agency for the larger and an ordinary house.',
    ),
    sources: [
      { file: U, line: 6554, quote: 'for et større feriehus, kan udgiften til det lejede hus' },
      { file: U, line: 6556, quote: 'fratrukket prisen på et almindeligt hus – medregnes som' },
      { file: U, line: 6560, quote: 'Priserne kan oplyses af udlejningsbureauet.' },
    ],
    decisions: [
      {
        ambiguity: 'A-13',
        decision: {
          da: 'Ferie efter § 41 er kun den merudgift, handicappet medfører (prisforskellen), ikke et generelt ferietilskud; altid konkret vurdering.',
          en: 'Holiday under § 41 covers only the extra cost the disability causes (the price difference), not a general holiday subsidy; always assessed.',
        },
      },
    ],
  },
  {
    ...s41Common,
    id: 'rud-s41-ferry',
    group: 'holiday',
    name: { da: 'Ferie: færgebilletter', en: 'Ferry tickets for a larger car' },
    summary: {
      da: 'Skal I bruge en større bil på grund af barnets handicap, dækkes forskellen i færgebillettens pris mellem den større bil og en almindelig bil.',
      en: 'If you need a larger car because of the child’s disability, the difference in the ferry fare between the larger car and an ordinary car is covered.',
    },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    conditions: [under18],
    assessment: assess(
      'Kun forskellen mellem billetprisen for den større bil og for en almindelig bil dækkes.',
      'Only the difference between the fare for the larger car and for an ordinary car is covered.',
    ),
    documentation: madeProbable(
      ['receipt'],
      'Færgebilletten og prisen for en almindelig bil.',
      'The ferry ticket and the fare for an ordinary car.',
    ),
    sources: [
      { file: U, line: 6564, quote: 'Merudgifter til færgebilletter pga. en større bil.' },
      { file: U, line: 6566, quote: 'Forskellen mellem den større bil og en almindelig bil' },
    ],
    decisions: [
      {
        ambiguity: 'A-13',
        decision: {
          da: 'Ferie efter § 41 er kun den merudgift, handicappet medfører (prisforskellen), ikke et generelt ferietilskud; altid konkret vurdering.',
          en: 'Holiday under § 41 covers only the extra cost the disability causes (the price difference), not a general holiday subsidy; always assessed.',
        },
      },
    ],
  },
  // Calculator 'holiday-helper': the claim carries the helper's stays (nights) and the travel and room
  // expenses; expenses are capped at perWeek per started week (at most 2 weeks a year), plus foodPerNight.
  {
    ...s41Common,
    id: 'rud-s41-holiday-helper',
    group: 'holiday',
    name: { da: 'Ferie: medfølgende hjælper', en: 'Helper on holiday' },
    summary: {
      da: 'Kræver barnet mindst 15 timers pleje eller pasning om ugen, dækkes en hjælpers rejse og ophold med op til 4.000 kr. om ugen i højst 2 uger om året, plus 100 kr. pr. døgn til kost. Hjælperen kan ikke tages med til udlandet.',
      en: 'If the child needs at least 15 hours of care or supervision a week, a helper’s travel and stay is covered with up to DKK 4,000 a week for at most 2 weeks a year, plus DKK 100 a night for food. The helper cannot go abroad.',
    },
    amount: {
      kind: 'calculator',
      calculator: 'holiday-helper',
      rates: { perWeek: 'rud-s41-holiday-helper-per-week', foodPerNight: 'rud-s41-holiday-helper-food' },
    },
    needs: ['stays', 'expenses'],
    conditions: [under18],
    assessment: assess(
      'Barnets pleje- eller pasningsbehov skal være mindst 15 timer om ugen, og hjælperen skal være særligt påkrævet eller en afgørende forudsætning for rejsen. Hjælperens løn (efter § 84, højst 37 timer om ugen på løntrin 11) er ikke en del af denne ydelse.',
      'The child’s care or supervision need must be at least 15 hours a week, and the helper must be particularly required or decisive for the trip. The helper’s wages (under § 84, at most 37 hours a week at pay grade 11) are not part of this item.',
    ),
    documentation: madeProbable(
      ['receipt'],
      'Ydes mod dokumentation: rejse- og opholdsudgifter for hjælperen og feriens datoer.',
      'Paid against documentation: the helper’s travel and stay costs and the holiday dates.',
    ),
    sources: [
      { file: U, line: 6599, quote: 'hjælperens opholds- og rejseudgifter på op til 4.000 kr.' },
      { file: U, line: 6601, quote: 'pr. uge i højest 2 uger årligt.' },
      { file: U, line: 6584, quote: 'Ekstra udgift til kost 100 kr. pr. døgn,' },
      { file: U, line: 6574, quote: 'pasningsbehov er så omfattende (mindst 15 timer pr.' },
      { file: U, line: 6570, quote: 'Medfølgende hjælper (kan ikke medtages til udlandet)' },
      { file: U, line: 6586, quote: 'Aflønning af hjælperen (efter § 84) sker med maks. 37' },
      { file: U, line: 6597, quote: 'Der kan mod dokumentation ydes merudgifter til' },
    ],
    decisions: [
      {
        ambiguity: 'A-13',
        decision: {
          da: 'Kosten på 100 kr. pr. døgn gives oven i de højst 4.000 kr. pr. uge til ophold og rejse. Højst 2 uger om året. Hjælperen kan ikke tages med til udlandet, selv om løbende § 41-ydelser ellers fortsætter under op til 5 ugers ferie i udlandet; ferie i udlandet afvises for denne ydelse.',
          en: 'The DKK 100 a night for food is on top of the at most DKK 4,000 a week for stay and travel. At most 2 weeks a year. The helper cannot go abroad, even though ongoing § 41 payments otherwise continue during up to 5 weeks of holiday abroad; a holiday abroad is refused for this item.',
        },
      },
      unitPriceDecision,
    ],
  },
  {
    ...s41Common,
    id: 'rud-s41-camp-school',
    group: 'school',
    name: { da: 'Sommerlejr / lejrskole', en: 'Camp school in Denmark' },
    summary: {
      da: 'Undtagelsesvis tilskud til en lejrskole i Danmark; I betaler selv de første 2.500 kr. Sommerlejre dækkes som udgangspunkt ikke.',
      en: 'Exceptionally a subsidy towards a camp school in Denmark; you pay the first DKK 2,500 yourselves. Summer camps are not covered as a rule.',
    },
    amount: { kind: 'own-payment', per: 'event', rate: 'rud-s41-camp-school' },
    needs: ['expenses'],
    conditions: [under18],
    assessment: assess(
      'Kun undtagelsesvis og kun lejrskole i Danmark. Sommerlejr m.v. dækkes som udgangspunkt ikke, da alle familier med børn må påregne sådanne udgifter.',
      'Only exceptionally and only a camp school in Denmark. Summer camps and the like are not covered as a rule, since all families with children must expect such costs.',
    ),
    documentation: madeProbable(
      ['receipt'],
      'Skolens brev om lejrskolen med sted og samlet pris.',
      'The school’s letter about the camp school with place and total cost.',
    ),
    sources: [
      { file: U, line: 6613, quote: 'Danmark, fratrukket en egenbetaling på 2500 kr.' },
      { file: U, line: 6611, quote: 'Der kan undtagelsesvist ydes tilskud til en lejrskole i' },
      { file: U, line: 6605, quote: 'Som udgangspunkt ydes der ikke hjælp til udgifter til' },
    ],
    decisions: [
      {
        ambiguity: 'A-9',
        decision: {
          da: 'For forældre efter § 41 gælder kun lejrskole i Danmark med en egenbetaling på 2.500 kr.; lejrskole eller studietur i udlandet og sommerlejr afvises som udgangspunkt. Plejefamiliernes regel (lejrskole eller studietur uden landegrænse) gælder ikke her.',
          en: 'For parents under § 41 only camp school in Denmark applies, with an own payment of DKK 2,500; camp school or study trips abroad and summer camps are refused as a rule. The foster families’ rule (camp school or study trip, no country limit) does not apply here.',
        },
      },
    ],
  },
  {
    ...s41Common,
    id: 'rud-s41-leisure',
    group: 'leisure',
    name: { da: 'Fritidsaktiviteter (§ 41)', en: 'Extra cost of a leisure activity' },
    summary: {
      da: 'Hjælp til 1 fritidsaktivitet, der er dyrere på grund af barnets handicap. Der dækkes forskellen i forhold til prisen for børn uden handicap.',
      en: 'Help with 1 leisure activity that costs more because of the child’s disability. The difference from the price for children without a disability is covered.',
    },
    amount: { kind: 'discretionary', per: 'year' },
    needs: ['expenses'],
    conditions: [under18],
    assessment: assess(
      'Merudgiften er forskellen mellem aktivitetens pris for børn uden handicap og prisen, når der tages højde for barnets handicap, for 1 aktivitet. Kan barnet ikke bruge kommunens egne tilbud (Ung i Rudersdal fra 4. klasse), kan kørsel til en anden kommune og mindre hold indgå. Ridefysioterapi og handicapsvømning er behandling og betales af sygesikringen, når lægen henviser.',
      'The extra cost is the difference between the activity’s price for children without a disability and the price when the disability is accommodated, for 1 activity. If the child cannot use the municipality’s own offers (Ung i Rudersdal from 4th grade), driving to another municipality and smaller teams can count. Riding physiotherapy and disability swimming are treatment paid by the health insurance when a doctor refers the child.',
    ),
    documentation: madeProbable(
      ['receipt'],
      'Pris på aktiviteten og prisen for børn uden handicap.',
      'The price of the activity and the price for children without a disability.',
    ),
    sources: [
      { file: U, line: 6675, quote: 'Der kan ydes hjælp til betaling af 1 fritidsaktivitet, hvis' },
      { file: U, line: 6701, quote: 'Ridefysioterapi og handicapsvømning kan være' },
      { file: U, line: 6681, quote: 'Merudgiften beregnes som forskellen mellem aktiviteten' },
    ],
    decisions: [
      {
        ambiguity: 'A-8',
        decision: {
          da: 'Regimet vælges efter ansøgerens rolle og lovgrundlag: forældre efter § 41 får kun prisforskellen for 1 aktivitet (ikke § 11-beløbet på 2.500 kr. og ikke plejefamiliernes regler). Altid konkret vurdering.',
          en: 'The regime follows the applicant’s role and legal basis: parents under § 41 get only the price difference for 1 activity (not the § 11 amount of DKK 2,500 nor the foster-family rules). Always assessed.',
        },
      },
    ],
  },
  {
    ...s41Common,
    id: 'rud-s41-furniture',
    group: 'home',
    name: { da: 'Indbo / inventar', en: 'Replacing or repairing furniture the child destroyed' },
    summary: {
      da: 'Undtagelsesvis dækkes genanskaffelse eller reparation af indbo, som barnet har ødelagt på grund af sit handicap. Beregningen tager udgangspunkt i IKEA-priser.',
      en: 'Exceptionally, replacing or repairing furniture the child destroyed because of its disability is covered. The calculation uses IKEA prices.',
    },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    conditions: [under18],
    assessment: assess(
      'Kun undtagelsesvis: skaden skal skyldes funktionsnedsættelsen, og forældrene skal søge at undgå den gennem pædagogiske tiltag og indretning af hjemmet. Beløbet udmåles efter møbler og inventar fra IKEA.',
      'Only exceptionally: the damage must be caused by the disability, and the parents must try to prevent it through teaching and how the home is arranged. The amount is based on IKEA furniture.',
    ),
    documentation: madeProbable(
      ['receipt'],
      'Beskrivelse af skaden og pris på tilsvarende inventar.',
      'A description of the damage and the price of equivalent furniture.',
    ),
    sources: [
      { file: U, line: 6727, quote: 'Kommunen kan kun undtagelsesvis refundere' },
      { file: U, line: 6741, quote: 'Beregningen tager udgangspunkt i møbler og inventar' },
    ],
  },
  // Calculator 'hospital-stay': the claim carries the admission stays (nights → foodPerNight for one
  // parent); daily return trips (mileage) and patient-hotel expenses are optional parts of the claim.
  {
    ...s41Common,
    id: 'rud-s41-hospital-stay',
    group: 'health',
    name: {
      da: 'Indlæggelse på hospital: forældres ophold',
      en: 'Parent’s costs during the child’s hospital stay',
    },
    summary: {
      da: 'Er det lægeligt påkrævet, at I er hos barnet under indlæggelsen, dækkes kost med 100 kr. pr. døgn til én forælder og transport én gang dagligt retur.',
      en: 'If a parent’s presence during the admission is medically required, food at DKK 100 a night for one parent and transport once a day return are covered.',
    },
    amount: {
      kind: 'calculator',
      calculator: 'hospital-stay',
      rates: { foodPerNight: 'rud-s41-hospital-food', mileage: 'state-low-mileage' },
    },
    needs: ['stays'],
    conditions: [under18],
    assessment: assess(
      'Indlæggelsen skal skyldes barnets funktionsnedsættelse, forælderens tilstedeværelse skal være lægeligt påkrævet, og sygehuset må ikke dække udgiften. Transport med billigste transportmiddel eller laveste km-takst, når egen bil er nødvendig.',
      'The admission must be due to the child’s disability, the parent’s presence must be medically required, and the hospital must not cover the cost. Transport by the cheapest means or the lowest km rate when the own car is necessary.',
    ),
    documentation: madeProbable(
      ['medical-statement', 'receipt'],
      'Ydes mod dokumentation: indlæggelsesdatoer, lægelig begrundelse og evt. udgifter til patienthotel.',
      'Paid against documentation: admission dates, the medical reason and any patient-hotel costs.',
    ),
    sources: [
      { file: U, line: 6840, quote: 'Kost pr. person pr. døgn: 100 kr.' },
      { file: U, line: 6838, quote: 'transport (én gang dagligt retur).' },
      { file: U, line: 6836, quote: 'Der kan ydes merudgifter til kost til én forælder og' },
      { file: U, line: 6822, quote: 'kan der mod dokumentation ydes dækning af' },
      { file: U, line: 6842, quote: 'Transport: billigste transportmiddel eller laveste km-' },
    ],
    decisions: [
      {
        ambiguity: 'A-14',
        decision: {
          da: 'Forslaget giver kost til én forælder pr. døgn. Kost til begge forældre (eller hele familiens merudgifter) kun med en lægeerklæring om, at begge skal være til stede: konkret vurdering.',
          en: 'The suggestion gives food for one parent per night. Food for both parents (or the whole family’s extra costs) only with a medical statement that both must be present: needs-assessment.',
        },
      },
      mileageDecision,
      unitPriceDecision,
    ],
  },
  {
    ...s41Common,
    id: 'rud-s41-hospital-visits',
    group: 'health',
    name: { da: 'Indlæggelse: besøg af den anden forælder', en: 'Visits by the parent who is not staying' },
    summary: {
      da: 'Den forælder, der ikke er indlagt med barnet, kan få dækket besøg: ingen ved indlæggelse under 2 uger, to besøg om ugen ved mere end 2 uger.',
      en: 'The parent not staying with the child can get visits covered: none for admissions under 2 weeks, two visits a week for more than 2 weeks.',
    },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    conditions: [under18],
    assessment: assess(
      'Under 2 ugers indlæggelse dækkes ingen besøg; over 2 uger to besøg om ugen; ved hyppige korte indlæggelser ét besøg uden overnatning pr. indlæggelse. Der foretages altid et konkret skøn over rimeligheden af hyppighed og omfang.',
      'Under 2 weeks’ admission no visits are covered; over 2 weeks two visits a week; for frequent short admissions one visit without an overnight stay per admission. The reasonableness of frequency and scope is always judged case by case.',
    ),
    documentation: madeProbable(
      ['receipt'],
      'Indlæggelsesdatoer og udgifter til besøgene.',
      'Admission dates and the cost of the visits.',
    ),
    sources: [
      { file: U, line: 6854, quote: 'Under 2 uger: ingen besøg dækkes.' },
      { file: U, line: 6856, quote: 'Mere end 2 uger: to besøg om ugen dækkes.' },
      { file: U, line: 6860, quote: 'indlæggelser dækkes et besøg uden overnatning pr.' },
      { file: U, line: 6868, quote: 'Der vil dog altid blive' },
    ],
    decisions: [
      {
        ambiguity: 'A-14',
        decision: {
          da: 'Er det lægeligt påkrævet, at begge forældre er til stede, dækkes hele familiens merudgifter efter konkret vurdering. En indlæggelse på præcis 2 uger er ikke defineret: konkret vurdering.',
          en: 'If both parents’ presence is medically required, the whole family’s extra costs are covered after assessment. An admission of exactly 2 weeks is undefined: needs-assessment.',
        },
      },
    ],
  },
  {
    ...s41Common,
    id: 'rud-s41-parking',
    group: 'transport',
    name: { da: 'Parkering', en: 'Parking' },
    summary: {
      da: 'Parkering ved hospitalsbesøg dækkes som udgangspunkt ikke. Parkering ved behandling eller kontrol hos fx en speciallæge uden egne pladser kan dækkes.',
      en: 'Parking for hospital visits is not covered as a rule. Parking for treatment or check-ups at e.g. a specialist without own parking can be covered.',
    },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    conditions: [under18],
    assessment: assess(
      'Parkeringsafgift ved hospitalsbesøg dækkes som udgangspunkt ikke (der henvises til hospitalets parkering); undtagelsen er behandling eller kontrol hos fx en speciallæge uden egne parkeringspladser.',
      'Parking fees at hospital visits are not covered as a rule (the hospital’s parking applies); the exception is treatment or check-ups at e.g. a specialist without own parking.',
    ),
    documentation: madeProbable(
      ['receipt'],
      'Parkeringskvitteringer med sted og dato.',
      'Parking receipts with place and date.',
    ),
    sources: [
      { file: U, line: 6876, quote: 'Som udgangspunkt bevilges der ikke dækning af' },
      { file: U, line: 6882, quote: 'Der kan dog dækkes merudgifter til parkering i de' },
    ],
  },
  {
    ...s41Common,
    id: 'rud-s41-diapers',
    group: 'health',
    name: { da: 'Inkontinens: bleer', en: 'Diapers' },
    summary: {
      da: 'Merudgifter til bleer for børn fra 4 år, når alle behandlingsmuligheder er udtømt. I særlige tilfælde leveres bleerne direkte fra et blefirma.',
      en: 'Extra costs of diapers for children from age 4 when all treatment options are exhausted. In special cases the diapers are delivered directly by a diaper company.',
    },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    conditions: [
      under18,
      { kind: 'age', unit: 'years', at: 'expense-date', range: { min: 4, minInclusive: true } },
    ],
    assessment: assess(
      'Alle behandlingsmuligheder skal være udtømt. Sengevædning alene (enuresis nocturna) er normalt ikke omfattet, medmindre barnet er i skolealderen, behandling er udtømt, og tilstanden forventes at blive kronisk.',
      'All treatment options must be exhausted. Bed-wetting alone (enuresis nocturna) is normally not covered, unless the child is of school age, treatment is exhausted and the condition is expected to be chronic.',
    ),
    documentation: madeProbable(
      ['medical-statement', 'receipt'],
      'Lægelige oplysninger om, at behandlingsmulighederne er udtømt, og kvitteringer for bleerne.',
      'Medical information that treatment is exhausted, and receipts for the diapers.',
    ),
    sources: [
      { file: U, line: 6908, quote: 'over 4 år og alle behandlingsmuligheder er udtømte.' },
      { file: U, line: 6912, quote: 'direkte fra et blefirma.' },
      { file: U, line: 1239, quote: 'Børn, der f.eks. alene ikke kan ligge tørre i sengen om natten' },
    ],
    decisions: [
      {
        ambiguity: 'A-4',
        decision: {
          da: 'For forældre efter § 41 gælder Rudersdals § 41-regel (over 4 år og udtømt behandling), ikke Randers’ 5-årsgrænse eller plejefamiliernes regel.',
          en: 'For parents under § 41, Rudersdal’s § 41 rule applies (over 4 and treatment exhausted), not Randers’ age-5 rule or the foster-family rule.',
        },
      },
      over4Decision({ da: 'bleer', en: 'diapers' }),
    ],
  },
  {
    ...s41Common,
    id: 'rud-s41-encopresis-bedding',
    group: 'health',
    name: { da: 'Encoprese: madras, dyne m.v.', en: 'Bedding replacement (soiling)' },
    summary: {
      da: 'Har barnet over 4 år et massivt problem med afføringskontrol, dækkes udskiftning af dyne (200 kr.), pude (50 kr.), madras (300 kr.) og vådliggerlagen (150 kr.).',
      en: 'If a child over 4 has a massive problem with bowel control, replacing a duvet (DKK 200), pillow (DKK 50), mattress (DKK 300) and bed-wetting sheet (DKK 150) is covered.',
    },
    amount: {
      kind: 'price-list',
      prices: {
        duvet: 'rud-s41-encopresis-bedding-duvet',
        pillow: 'rud-s41-encopresis-bedding-pillow',
        mattress: 'rud-s41-encopresis-bedding-mattress',
        'bedwetting-sheet': 'rud-s41-encopresis-bedding-bedwetting-sheet',
      },
    },
    needs: ['items'],
    conditions: [
      under18,
      { kind: 'age', unit: 'years', at: 'expense-date', range: { min: 4, minInclusive: true } },
    ],
    assessment: assess(
      'Barnet skal have et massivt problem med flere uheld om dagen, og det skal være lægeligt godtgjort, om årsagen er fysisk, psykisk eller social. Ekstra vask og bleer søges under tøjvask og bleer.',
      'The child must have a massive problem with several accidents a day, and a doctor must establish whether the cause is physical, psychological or social. Extra washing and diapers are claimed under laundry and diapers.',
    ),
    documentation: madeProbable(
      ['medical-statement', 'receipt'],
      'Lægeerklæring og de udskiftede ting.',
      'A doctor’s statement and the items replaced.',
    ),
    sources: [
      { file: U, line: 6917, quote: 'Der skal være tale om børn over 4 år, der har et massivt' },
      { file: U, line: 6929, quote: 'dyne og lign. dækkes med dyne 200 kr., pude 50 kr.,' },
      { file: U, line: 6931, quote: 'madras 300 kr., vådliggerlagen 150 kr.' },
    ],
    decisions: [over4Decision({ da: 'encoprese', en: 'soiling' }), unitPriceDecision],
  },
  {
    ...s41Common,
    id: 'rud-s41-bedwetting-alarm',
    group: 'health',
    name: { da: 'Vådliggeralarm', en: 'Bed-wetting alarm' },
    summary: {
      da: 'En vådliggeralarm er ikke et hjælpemiddel, men kan gives som merudgift, når betingelserne i § 41 er opfyldt.',
      en: 'A bed-wetting alarm is not an aid, but can be granted as an extra cost when the § 41 conditions are met.',
    },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    conditions: [under18],
    assessment: assess(
      'Vådliggeralarm ydes ikke efter SEL § 112 og vurderes derfor efter § 41; sengevædning alene er normalt ikke omfattet af målgruppen.',
      'A bed-wetting alarm is not granted under SEL § 112 and is therefore assessed under § 41; bed-wetting alone is normally outside the target group.',
    ),
    documentation: madeProbable(['receipt'], 'Pris på alarmen.', 'The price of the alarm.'),
    sources: [{ file: U, line: 6949, quote: 'Vådliggeralarm vurderes derfor efter SEL § 41 og' }],
  },
  // Calculator 'diet': claim items of kind 'cancer-diet', 'energy-enriched' or 'association-rate', with
  // quantity = months. The fixed rates apply as they are; association/dietician rates (item amount)
  // have normalFoodDeduction subtracted per month.
  {
    ...s41Common,
    id: 'rud-s41-diet',
    group: 'diet',
    name: { da: 'Kost / diætpræparater', en: 'Diet, special food and tube feeding' },
    summary: {
      da: 'Lægeligt anbefalet diætkost: kræsekost ved kræft 400 kr. om måneden, energiberiget kost 250 kr. om måneden; ved fx diabetes og cøliaki foreningernes takster minus 1.440 kr. om måneden. Skal søges, før udgiften afholdes.',
      en: 'Medically recommended diet: special food for children with cancer DKK 400 a month, energy-enriched food DKK 250 a month; for e.g. diabetes and coeliac disease the associations’ rates minus DKK 1,440 a month. Apply before the expense.',
    },
    amount: {
      kind: 'calculator',
      calculator: 'diet',
      rates: {
        cancer: 'rud-s41-diet-cancer',
        energy: 'rud-s41-diet-energy',
        normalFoodDeduction: 'rud-s41-diet-normal-food',
      },
    },
    needs: ['items'],
    conditions: [under18],
    assessment: assess(
      'Kosten skal være lægeligt anbefalet på grundlag af en sundhedsfaglig vurdering af barnets behov. Særlig modermælkserstatning til spædbørn, der skønnes disponeret for allergi, dækkes ikke (PA 23-17).',
      'The diet must be medically recommended, based on a health-professional assessment of the child’s need. Special infant formula for babies thought prone to allergy is not covered (PA 23-17).',
    ),
    documentation: madeProbable(
      ['medical-statement'],
      'Sundhedsfaglig vurdering af behovet for særlig kost; ved foreningstakster foreningens eller diætistens beregning.',
      'A health-professional assessment of the need for special food; for association rates the association’s or dietician’s calculation.',
    ),
    deadlines: [{ kind: 'prior-application' }],
    sources: [
      { file: U, line: 7021, quote: 'til 400 kr. mdl.' },
      { file: U, line: 7025, quote: '250 kr. pr. måned.' },
      { file: U, line: 7037, quote: '1440 kr. mdl. fratrækkes.' },
      { file: U, line: 7049, quote: 'Merudgiften skal søges forud for afholdelse af udgiften.' },
      { file: U, line: 7013, quote: 'Der kan ydes merudgifter til lægeligt anbefalet diætkost,' },
    ],
    decisions: [
      {
        ambiguity: 'A-17',
        decision: {
          da: 'Fradraget for normaludgift på 1.440 kr. om måneden gælder forenings- og diætisttakster (diabetes, cøliaki m.v.), ikke de faste merudgiftsbeløb på 400 og 250 kr., som allerede er merudgifter. Udgifter afholdt før ansøgningen afvises (T-25).',
          en: 'The normal-food deduction of DKK 1,440 a month applies to association and dietician rates (diabetes, coeliac disease etc.), not to the fixed DKK 400 and DKK 250, which are already extra costs. Expenses paid before the application are refused (T-25).',
        },
      },
      unitPriceDecision,
    ],
  },
  {
    ...s41Common,
    id: 'rud-s41-courses',
    group: 'courses',
    name: { da: 'Kurser / handicaprettede', en: 'Disability-related courses' },
    summary: {
      da: 'Som udgangspunkt ét relevant kursus, når barnet er nydiagnosticeret. Rejse, kursusgebyr og ophold dækkes; er kost inkluderet, fratrækkes 100 kr. pr. dag (15 år og ældre) eller 55 kr. pr. dag (14 år og yngre).',
      en: 'As a rule one relevant course when the child is newly diagnosed. Travel, course fee and accommodation are covered; if meals are included, DKK 100 a day (15 and older) or DKK 55 a day (14 and younger) is deducted.',
    },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    conditions: [under18],
    assessment: assess(
      'Som udgangspunkt ét kursus, når barnet er nydiagnosticeret, eller familien først nu er blevet opmærksom på behovet; ikke kurser til erfaringsudveksling og netværk. Kommunen vurderer først, om den selv eller sundhedssektoren kan tilbyde rådgivning eller kursus. Er kosten inkluderet, modregnes pr. deltager pr. dag 100 kr. (15 år og ældre) eller 55 kr. (14 år og yngre).',
      'As a rule one course, when the child is newly diagnosed or the family has only now become aware of the need; not courses for sharing experiences and networking. The municipality first considers whether it or the health sector can offer advice or a course. If meals are included, 100 kr. (15 and older) or 55 kr. (14 and younger) per participant per day is deducted.',
    ),
    documentation: madeProbable(
      ['invoice'],
      'Kursusfaktura, rejse- og opholdsudgifter, og om kost er inkluderet.',
      'The course invoice, travel and accommodation costs, and whether meals are included.',
    ),
    sources: [
      { file: U, line: 7098, quote: 'Der bevilges som udgangspunkt ét relevant kursus, når' },
      { file: U, line: 7122, quote: '15 år og ældre på 100 kr.' },
      { file: U, line: 7124, quote: '14 år og yngre på 55 kr.' },
      { file: U, line: 7106, quote: 'Der bevilges ikke kurser til erfaringsudveksling og' },
      { file: U, line: 7112, quote: 'Merudgiftsydelsen kan dække nødvendige rejseudgifter,' },
    ],
    decisions: [
      {
        ambiguity: 'A-27',
        decision: {
          da: '"15 år og ældre" og "14 år og yngre" er sammenhængende: modregningen vælges efter deltagerens fyldte år på kursusdagen (rates rud-s41-courses-meal-15-plus og rud-s41-courses-meal-under-15).',
          en: '"15 and older" and "14 and younger" are consistent: the deduction follows the participant’s completed years on the course day (rates rud-s41-courses-meal-15-plus and rud-s41-courses-meal-under-15).',
        },
      },
      unitPriceDecision,
    ],
  },
  {
    ...s41Common,
    id: 'rud-s41-medicine',
    group: 'health',
    name: { da: 'Medicin', en: 'Own share of prescribed medicine' },
    summary: {
      da: 'Den del af egenbetalingen for lægeordineret medicin, som sundhedsloven ikke dækker, for det billigste produkt. Medicin alene når aldrig op over bagatelgrænsen.',
      en: 'The part of the own payment for prescribed medicine that the Health Act does not cover, for the cheapest product. Medicine alone never reaches the threshold.',
    },
    amount: { kind: 'discretionary', per: 'year' },
    needs: ['expenses'],
    conditions: [under18],
    assessment: assess(
      'Medicinen skal være lægeordineret og en følge af handicappet, og kronikertilskud og individuelt tilskud efter sundhedsloven skal være undersøgt først. Kun det billigste produkt dækkes. Med statstilskud kan forældrenes udgift højst blive ca. 3.710 kr. om året, så medicin alene aldrig overstiger bagatelgrænsen; den tæller med i barnets samlede merudgifter.',
      'The medicine must be prescribed and caused by the disability, and chronic and individual subsidies under the Health Act must be checked first. Only the cheapest product is covered. With the state subsidy the parents’ cost is at most about 3,710 kr. a year, so medicine alone never exceeds the threshold; it counts towards the child’s total extra costs.',
    ),
    documentation: madeProbable(
      ['prescription', 'receipt'],
      'Recept og apotekskvitteringer. En medicinbevilling gælder normalt et år ad gangen og afleveres på apoteket.',
      'Prescription and pharmacy receipts. A medicine grant is normally valid for one year and is handed in at the pharmacy.',
    ),
    sources: [
      { file: U, line: 7188, quote: 'Der ydes kun merudgift til det billigste produkt.' },
      { file: U, line: 7196, quote: 'på ca. 3710 kr. pr. år.' },
      { file: U, line: 7198, quote: 'Medicinbevilling, normalt gældende for et år af gangen,' },
      { file: U, line: 7190, quote: 'Udgifter til medicin alene overstiger ikke' },
    ],
  },
  {
    ...s41Common,
    id: 'rud-s41-cleaning',
    group: 'home',
    name: { da: 'Rengøring', en: 'Cleaning' },
    summary: {
      da: 'Kun ved et ekstraordinært stort rengøringsbehov på grund af barnets handicap: højst 1 time om ugen, betalt efter løntrin 11.',
      en: 'Only for an extraordinary cleaning need because of the child’s disability: at most 1 hour a week, paid at pay grade 11.',
    },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    conditions: [under18],
    assessment: assess(
      'Der ydes normalt ikke hjælp til rengøring, medmindre behovet er ekstraordinært stort, fx næsten sterile rum eller meget svineri ved måltider. Højst 1 time om ugen med timebetaling svarende til løntrin 11, som kilden ikke angiver i kroner.',
      'Cleaning is normally not covered unless the need is extraordinary, e.g. near-sterile rooms or very heavy mess at meals. At most 1 hour a week, paid at pay grade 11, which the source gives no DKK figure for.',
    ),
    documentation: madeProbable(['receipt'], 'Timer pr. uge og udgiften.', 'Hours per week and the cost.'),
    sources: [
      { file: U, line: 7227, quote: 'Hjælp til rengøring kan ikke overstige 1 time ugentlig,' },
      { file: U, line: 7214, quote: 'Der ydes normalt ikke merudgifter til rengøring, jf.' },
    ],
  },
  {
    ...s41Common,
    id: 'rud-s41-clothing',
    group: 'equipment',
    name: { da: 'Tøj: slid / specialsyet tøj', en: 'Clothing (extra wear or specially sewn)' },
    summary: {
      da: 'I sjældne tilfælde, fx når barnet bider tøjet i stykker eller har brug for sømløst undertøj, dækkes tøj efter en prisliste (fx bukser 130 kr., vinterjakke 300 kr.).',
      en: 'In rare cases, e.g. when the child bites its clothes or needs seamless underwear, clothing is covered by a price list (e.g. trousers DKK 130, winter jacket DKK 300).',
    },
    amount: {
      kind: 'price-list',
      prices: {
        trousers: 'rud-s41-clothing-trousers',
        'long-sleeve-top': 'rud-s41-clothing-long-sleeve-top',
        'short-sleeve-top': 'rud-s41-clothing-short-sleeve-top',
        underpants: 'rud-s41-clothing-underpants',
        undershirt: 'rud-s41-clothing-undershirt',
        body: 'rud-s41-clothing-body',
        socks: 'rud-s41-clothing-socks',
        'summer-jacket': 'rud-s41-clothing-summer-jacket',
        'winter-jacket': 'rud-s41-clothing-winter-jacket',
      },
    },
    needs: ['items'],
    conditions: [under18],
    assessment: assess(
      'Kun i helt sjældne tilfælde, fx børn der bider tøjet i stykker, sveder ekstraordinært meget eller har brug for specialsyet tøj; ofte er der mindreudgifter på et andet område. Ortopædisk fodtøj er § 112, og egenbetaling dertil dækkes ikke.',
      'Only in very rare cases, e.g. children who bite their clothes, sweat extraordinarily or need specially sewn clothing; often there are lower costs elsewhere. Orthopaedic footwear is § 112, and its own payment is not covered.',
    ),
    documentation: madeProbable(
      ['receipt'],
      'Kvitteringer for tøjet og begrundelse for det ekstraordinære slid.',
      'Receipts for the clothing and the reason for the extraordinary wear.',
    ),
    sources: [
      { file: U, line: 7301, quote: 'Bukser: 130 kr.' },
      { file: U, line: 7317, quote: 'Vinterjakke: 300 kr.' },
      { file: U, line: 7293, quote: 'specialsyet tøj (fx sømløst undertøj til børn med' },
      { file: U, line: 7303, quote: 'Bluse – lange ærmer: 75 kr.' },
      { file: U, line: 7305, quote: 'Bluse korte-ærmer: 50 kr.' },
      { file: U, line: 7307, quote: 'Undertøj - underbukser: 20 kr.' },
      { file: U, line: 7309, quote: 'Undertøj – trøje: 20 kr.' },
      { file: U, line: 7311, quote: 'Undertøj – body: 20 kr.' },
      { file: U, line: 7313, quote: 'Strømper: 10 kr.' },
      { file: U, line: 7315, quote: 'Sommerjakke: 200 kr.' },
    ],
    decisions: [
      {
        ambiguity: 'A-21',
        decision: {
          da: 'Prislisten bruges som det beløb, der bevilges pr. stk. (hver linje højst det betalte beløb). Kilden siger ikke, om listen i stedet er en referencepris, der fratrækkes, så bevillingen er altid en konkret vurdering.',
          en: 'The price list is used as the amount granted per item (each line at most what was paid). The source does not say whether it is instead a reference price to deduct, so the grant is always assessed.',
        },
      },
      unitPriceDecision,
    ],
  },
  {
    ...s41Common,
    id: 'rud-s41-shoes',
    group: 'equipment',
    name: { da: 'Skoslid', en: 'Extraordinary shoe wear' },
    summary: {
      da: 'Ved ekstraordinært stort slid på sko dækkes udgiften ud over det, I selv betaler: 5 par om året á 500 kr. (2.500 kr. om året).',
      en: 'For extraordinary shoe wear the cost beyond what you pay yourselves is covered: 5 pairs a year at DKK 500 (DKK 2,500 a year).',
    },
    amount: { kind: 'own-payment', per: 'year', rate: 'rud-s41-shoes' },
    needs: ['expenses'],
    conditions: [under18],
    assessment: assess(
      'Sliddet skal være ekstraordinært stort og skyldes barnets funktionsnedsættelse. Familien betaler selv 5 par sko om året á 500 kr.',
      'The wear must be extraordinary and caused by the child’s disability. The family pays for 5 pairs a year at 500 kr. itself.',
    ),
    documentation: madeProbable(['receipt'], 'Kvitteringer for årets sko.', 'Receipts for the year’s shoes.'),
    sources: [
      { file: U, line: 7329, quote: 'udgift til 5 par sko årligt, á 500 kr. pr. par.' },
      { file: U, line: 7327, quote: 'Ved ekstraordinært stort slid på sko fradrages en egen' },
    ],
  },
  // Calculator 'laundry': claim items of kind 'extra-wash' with quantity = the number of washes above
  // the baseline of 12 a week for a family of 4; each is paid at perWash.
  {
    ...s41Common,
    id: 'rud-s41-laundry',
    group: 'home',
    name: { da: 'Tøjvask', en: 'Extra laundry' },
    summary: {
      da: 'Bliver tøj og sengetøj ekstraordinært hurtigt snavset på grund af barnets handicap, gives 10 kr. pr. vask ud over de 12 vaske om ugen, en familie på 4 normalt har.',
      en: 'If clothes and bedding get dirty extraordinarily fast because of the disability, DKK 10 is paid per wash beyond the 12 washes a week a family of 4 normally does.',
    },
    amount: { kind: 'calculator', calculator: 'laundry', rates: { perWash: 'rud-s41-laundry-per-wash' } },
    needs: ['items'],
    conditions: [under18],
    assessment: assess(
      'Udgangspunktet er, at en familie på 4 vasker gennemsnitligt 12 gange om ugen; kun dokumenterede vaske herudover dækkes. Sagsbehandleren vurderer vaskebehovet ud fra husstandens størrelse.',
      'The baseline is that a family of 4 washes 12 times a week on average; only documented washes above that are covered. The caseworker assesses the washing need from the household size.',
    ),
    documentation: madeProbable(
      [],
      'Det ekstra vaskebehov skal dokumenteres (antal vaske pr. uge).',
      'The extra washing need must be documented (washes per week).',
    ),
    sources: [
      { file: U, line: 7353, quote: 'familie på 4 vasker gns. 12 gange om ugen.' },
      { file: U, line: 7355, quote: 'dokumenteres et vaskebehov herudover, ydes der 10 kr.' },
    ],
    decisions: [unitPriceDecision],
  },
];
