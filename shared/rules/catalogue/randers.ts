import type { RateTableInput } from '../rates/schema';
import type { BenefitInput } from './schema';

const R = '000_c74158a5613874a4.txt' as const;

const seatDecision = {
  ambiguity: 'A-1',
  decision: {
    da: 'Randers har ét beløb pr. stol uden alders- eller vægtgrænse. Godkendelsen (i-Size eller ECE R 44/03-04) læses af kvitteringen eller feltet approvalStandard; uden den vurderes sagen. Kravet om først at låne en stol hos Administrationen kontrolleres af Administrationen.',
    en: 'Randers has one amount per seat with no age or weight band. The approval (i-Size or ECE R 44/03-04) is read from the receipt or the approvalStandard field; without it the claim is assessed. The borrow-first rule is checked by Administrationen.',
  },
};

/** Randers 000:466-467: i-Size, or ECE R 44 followed by 03 or 04 (issue 10, class 3). */
const seatApproval: BenefitInput['approval'] = {
  accepted: ['i-size', 'ece-r44-04', 'ece-r44-03'],
  source: { file: R, line: 466, quote: 'Stole skal enten være i-Size godkendt' },
};

const supplementDocs: BenefitInput['documentation'] = {
  regime: 'item-subsidy',
  requires: ['receipt'],
  text: {
    da: 'Tilskud til en konkret ydelse: familien skal kunne dokumentere i op til 2 år, at tilskuddet er brugt til formålet.',
    en: 'Subsidy for a concrete item: the family must be able to show for up to 2 years that it was used for its purpose.',
  },
};

const randersDeadlines: NonNullable<BenefitInput['deadlines']> = [{ kind: 'year-end', day: 5 }];

/** Randers' dated amounts. The handbook is undated; amounts hold until the municipality enters new ones. */
export const randersRates: RateTableInput[] = [
  {
    id: 'ran-car-seat',
    name: { da: 'Autostol', en: 'Car seat' },
    unit: 'dkk',
    periods: [
      {
        validFrom: '2000-01-01',
        amount: '1500.00',
        source: `${R}: "Autostol: kr. 1.500"`,
        note: 'Undated handbook',
      },
    ],
  },
  {
    id: 'ran-booster-cushion',
    name: { da: 'Selepude', en: 'Booster cushion' },
    unit: 'dkk',
    periods: [
      {
        validFrom: '2000-01-01',
        amount: '250.00',
        source: `${R}: "Selepude kr. 250"`,
        note: 'Undated handbook',
      },
    ],
  },
  {
    id: 'ran-property-damage-threshold',
    name: { da: 'Mindre skader afholdt af familien', en: 'Minor damage borne by the family' },
    unit: 'dkk',
    periods: [
      {
        validFrom: '2000-01-01',
        amount: '300.00',
        source: `${R}: "Ved mindre skader (under 300"`,
        note: 'Undated handbook',
      },
    ],
  },
];

/** Randers Kommune, Myndighedscentret: supplements for relief families (rules-catalogue §1.1). */
export const randersBenefits: BenefitInput[] = [
  {
    id: 'ran-relief-fee',
    municipality: 'randers',
    group: 'relief-pay',
    name: { da: 'Vederlag (plejevederlag)', en: 'Relief care fee' },
    summary: {
      da: 'Løn for aflastning, opgjort i hotel-døgn: en overnatning er et døgn. Antallet af vederlag fastsættes af Myndighedscentret.',
      en: 'Pay for relief, counted in hotel nights: one overnight is one døgn. The number of vederlag is set by Myndighedscentret.',
    },
    applicants: { eligible: ['relief-family'] },
    amount: {
      kind: 'calculator',
      calculator: 'hotel-nights',
      rates: { perNight: 'kl-foster-fee-per-night' },
    },
    needs: ['stays'],
    assessment: {
      da: 'Antallet af vederlag fastsættes efter et fagligt skøn, og taksten findes i KL’s taksttabel.',
      en: 'The number of vederlag is a professional judgement, and the rate is in KL’s rate table.',
    },
    documentation: {
      regime: 'none',
      requires: [],
      text: { da: 'Aflastningsdatoerne.', en: 'The relief dates.' },
    },
    decidedBy: 'caseworker',
    legalBasis: {
      da: 'Serviceloven § 84 / § 52, stk. 3, nr. 5; KL’s taksttabel',
      en: 'Social Services Act § 84 / § 52(3)(5); KL rate table',
    },
    taxable: true,
    sources: [
      { file: R, line: 380, quote: 'at en overnatning svarer til et døgn' },
      { file: R, line: 393, quote: 'Vederlag og omkostningsbeløb er bagudbetalt.' },
      { file: R, line: 363, quote: 'Plejevederlaget er ikke pensionsgivende' },
    ],
    decisions: [
      {
        ambiguity: 'A-6',
        decision: {
          da: 'Randers tæller hotel-døgn (overnatninger); påbegyndte døgn betales ikke. Randers har intet års- eller månedsloft.',
          en: 'Randers counts hotel nights (overnights); a started døgn is not paid. Randers has no yearly or monthly cap.',
        },
      },
    ],
  },
  {
    id: 'ran-cost-allowance',
    municipality: 'randers',
    group: 'relief-pay',
    name: { da: 'Omkostningsbeløb', en: 'Cost allowance (board, lodging, daily necessities)' },
    summary: {
      da: 'Skattefrit beløb til kost, logi og daglige fornødenheder, også entré og billetter. Udbetales bagud efter KL’s takst.',
      en: 'Tax-free allowance for board, lodging and daily necessities, including entrance fees and tickets. Paid in arrears at KL’s rate.',
    },
    applicants: { eligible: ['relief-family'] },
    amount: { kind: 'calculator', calculator: 'hotel-nights', rates: {} },
    needs: ['stays'],
    assessment: {
      da: 'Omkostningsbeløbet følger KL’s taksttabel, som kildedokumentet ikke gengiver.',
      en: 'The cost allowance follows KL’s rate table, which the source does not reproduce.',
    },
    documentation: {
      regime: 'none',
      requires: [],
      text: { da: 'Aflastningsdatoerne.', en: 'The relief dates.' },
    },
    decidedBy: 'caseworker',
    legalBasis: { da: 'Serviceloven; KL’s taksttabel', en: 'Social Services Act; KL rate table' },
    sources: [
      {
        file: R,
        line: 395,
        quote: 'Det skal også dække udgifter til evt. entrébetaling, billetter og lign.',
      },
      { file: R, line: 348, quote: 'mens omkostningsandelen er skatte-' },
    ],
  },
  {
    id: 'ran-car-seat',
    municipality: 'randers',
    group: 'equipment',
    name: { da: 'Autostol', en: 'Car seat' },
    summary: {
      da: 'Tilskud på op til 1.500 kr. til en godkendt autostol. Spørg først Administrationen, om I kan låne en.',
      en: 'Up to DKK 1,500 towards an approved car seat. Ask Administrationen first whether you can borrow one.',
    },
    applicants: { eligible: ['relief-family'] },
    amount: { kind: 'fixed', rate: 'ran-car-seat', per: 'item' },
    approval: seatApproval,
    needs: ['expenses'],
    documentation: supplementDocs,
    decidedBy: 'administration',
    deadlines: [...randersDeadlines],
    payoutRule: 'month-after-documentation',
    legalBasis: {
      da: 'Randers Kommunes regler for supplerende ydelser',
      en: 'Randers Municipality rules for supplementary benefits',
    },
    sources: [
      { file: R, line: 463, quote: 'Autostol: kr. 1.500' },
      { file: R, line: 466, quote: 'Stole skal enten være i-Size godkendt' },
      { file: R, line: 467, quote: 'ECE R 44 (efterfulgt af cifrene 03 eller 04).' },
      { file: R, line: 480, quote: 'henblik på at låne' },
    ],
    decisions: [
      seatDecision,
      {
        ambiguity: 'A-24',
        decision: {
          da: 'Randers’ rollemodel bevares: Administrationen afgør standardydelser med faste beløb (autostol, selepude, kørsel, bleer), rådgiver de skønsmæssige (diæt, ferie, større skader). Rudersdals "sagsbehandler / faglig leder", myndighedssagsbehandler og udvalg har hver deres værdi i decidedBy.',
          en: 'Randers’ roles are kept: Administrationen decides fixed-amount items (car seat, booster, driving, diapers), the caseworker the discretionary ones (diet, holiday, larger damage). Rudersdal’s caseworker/team lead, authority caseworker and panels each have their own decidedBy value.',
        },
      },
    ],
  },
  {
    id: 'ran-booster-cushion',
    municipality: 'randers',
    group: 'equipment',
    name: { da: 'Selepude', en: 'Booster cushion' },
    summary: {
      da: 'Tilskud på op til 250 kr. til en godkendt selepude. Spørg først Administrationen, om I kan låne en.',
      en: 'Up to DKK 250 towards an approved booster cushion. Ask Administrationen first whether you can borrow one.',
    },
    applicants: { eligible: ['relief-family'] },
    amount: { kind: 'fixed', rate: 'ran-booster-cushion', per: 'item' },
    approval: seatApproval,
    needs: ['expenses'],
    documentation: supplementDocs,
    decidedBy: 'administration',
    deadlines: [...randersDeadlines],
    payoutRule: 'month-after-documentation',
    legalBasis: {
      da: 'Randers Kommunes regler for supplerende ydelser',
      en: 'Randers Municipality rules for supplementary benefits',
    },
    sources: [{ file: R, line: 464, quote: 'Selepude kr. 250' }],
    decisions: [seatDecision],
  },
  {
    id: 'ran-mileage',
    municipality: 'randers',
    group: 'transport',
    name: { da: 'Transportgodtgørelse', en: 'Mileage allowance' },
    summary: {
      da: 'Aftalt kørsel med barnet betales efter statens lave takst på kørselsdagen. Kørsel skal være modtaget senest den 5. i måneden og indberettes mindst hver 2. måned.',
      en: 'Agreed driving with the child is paid at the state’s low rate on the day of the trip. Driving must arrive by the 5th of the month and be reported at least every second month.',
    },
    applicants: { eligible: ['relief-family'] },
    amount: { kind: 'per-unit', rate: 'state-low-mileage', unit: 'km' },
    tripPurposes: {
      paid: ['relief', 'treatment', 'school', 'meeting'],
      weekdaysOnly: ['school'],
      otherwise: 'prior-approval',
      paidSource: { file: R, line: 505, quote: 'Der ydes transportgodtgørelse efter statens lave' },
      otherwiseSource: { file: R, line: 516, quote: 'Anden kørsel som ønskes dækket, skal altid for-' },
    },
    needs: ['trips'],
    documentation: {
      regime: 'full-coverage',
      requires: ['trip-log'],
      text: {
        da: 'Kørslen indberettes i app- eller pc-løsningen med dato, formål, adresser og km.',
        en: 'Trips are reported in the app or PC solution with date, purpose, addresses and km.',
      },
    },
    decidedBy: 'administration',
    deadlines: [{ kind: 'randers-reporting' }, ...randersDeadlines],
    payoutRule: 'month-after-documentation',
    legalBasis: {
      da: 'Randers Kommunes regler for supplerende ydelser; statens lave takst',
      en: 'Randers rules for supplementary benefits; the state’s low rate',
    },
    taxable: false,
    sources: [
      { file: R, line: 505, quote: 'Der ydes transportgodtgørelse efter statens lave' },
      { file: R, line: 491, quote: 'nest d. 5. i hver måned.' },
      { file: R, line: 502, quote: 'berettes hver 2. måned og se-' },
      { file: R, line: 516, quote: 'Anden kørsel som ønskes dækket, skal altid for-' },
    ],
    decisions: [
      {
        ambiguity: 'A-3',
        decision: {
          da: 'Indberetning hver måned er tilladt; en tur skal senest være modtaget den 5. i anden måned efter turen (fx tur i februar senest 5. april). Senere indberettet kørsel afvises som for sent dokumenteret.',
          en: 'Monthly reporting is allowed; a trip must arrive by the 5th of the second month after it (a February trip by 5 April). Later trips are refused as late documentation.',
        },
      },
      {
        ambiguity: 'A-25',
        decision: {
          da: 'Kun Randers har en udbetalingsfrist: senest i måneden efter dokumentationen er modtaget, dvs. senest sidste bankdag i den måned (deadlines.payoutBy). Rudersdal har ingen frist for supplerende ydelser, så deres afgørelser har ingen payoutBy.',
          en: 'Only Randers has a payout deadline: at the latest in the month after the documentation arrived, i.e. by the last banking day of that month (deadlines.payoutBy). Rudersdal sets none for supplements, so its decisions carry no payoutBy.',
        },
      },
      {
        ambiguity: 'A-2',
        decision: {
          da: '"Statens lave takst" er den lave sats i tabellen state-low-mileage; taksten på kørselsdagen gælder.',
          en: '"Statens lave takst" is the low rate in the state-low-mileage table; the rate on the day of the trip applies.',
        },
      },
    ],
  },
  {
    id: 'ran-incontinence',
    municipality: 'randers',
    group: 'health',
    name: {
      da: 'Bleer, ekstra tøj, vådliggertillæg, inkontinens',
      en: 'Diapers, extra clothes, bed-wetting supplement',
    },
    summary: {
      da: 'For børn fra 5 år aftales beløbet med Administrationen. Lægen bør inddrages.',
      en: 'For children from age 5 the amount is agreed with Administrationen. The doctor should be consulted.',
    },
    applicants: { eligible: ['relief-family'] },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    conditions: [{ kind: 'age', unit: 'years', at: 'expense-date', range: { min: 5, minInclusive: true } }],
    assessment: {
      da: 'Bevillingen aftales konkret med Administrationen.',
      en: 'The grant is agreed case by case with Administrationen.',
    },
    documentation: supplementDocs,
    decidedBy: 'administration',
    deadlines: [...randersDeadlines],
    payoutRule: 'month-after-documentation',
    legalBasis: {
      da: 'Randers Kommunes regler for supplerende ydelser',
      en: 'Randers rules for supplementary benefits',
    },
    sources: [
      { file: R, line: 527, quote: 'For børn fra 5 år aftales bevilling med admini-' },
      { file: R, line: 531, quote: 'Samtidig bør lægen tages med på råd omkring' },
    ],
    decisions: [
      {
        ambiguity: 'A-4',
        decision: {
          da: '"Fra 5 år" betyder fra 5-årsdagen (inklusive). Børn under 5 år får intet tillæg: bleer er dækket af omkostningsbeløbet.',
          en: '"Fra 5 år" means from the 5th birthday (inclusive). Children under 5 get no supplement: diapers are covered by the cost allowance.',
        },
      },
    ],
  },
  {
    id: 'ran-diet-food',
    municipality: 'randers',
    group: 'health',
    name: { da: 'Diætmad', en: 'Diet food' },
    summary: {
      da: 'Tilskud til merudgifter til lægeordineret diætmad. Beløbet fastsættes i dialog med rådgiver.',
      en: 'Towards the extra cost of doctor-prescribed diet food. The amount is set with the caseworker.',
    },
    applicants: { eligible: ['relief-family'] },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    assessment: {
      da: 'Tilskuddets størrelse fastsættes i tæt dialog med rådgiver, som også vurderer, om der kan søges efter servicelovens § 41.',
      en: 'The size is set in close dialogue with the caseworker, who also considers whether § 41 applies instead.',
    },
    documentation: {
      regime: 'full-coverage',
      requires: ['prescription', 'receipt'],
      text: { da: 'Lægeordination og kvitteringer.', en: 'Doctor’s prescription and receipts.' },
    },
    decidedBy: 'caseworker',
    deadlines: [...randersDeadlines],
    payoutRule: 'month-after-documentation',
    legalBasis: {
      da: 'Randers Kommunes regler for supplerende ydelser',
      en: 'Randers rules for supplementary benefits',
    },
    sources: [
      { file: R, line: 537, quote: 'Diætmad Der kan bevilges tilskud til merudgifter forbundet' },
      { file: R, line: 539, quote: 'med diætmad, der er lægeordineret.' },
      { file: R, line: 549, quote: 'evt. kan søges tilskud jf. servicelovens § 41.' },
    ],
    decisions: [
      {
        ambiguity: 'A-23',
        decision: {
          da: 'Ved fuld dækning modtager Randers kvitteringerne som uploadede kopier; familien bekræfter, at originalerne opbevares i 2 år. Kravet om originaler eller kopier er en indstilling pr. kommune.',
          en: 'For full coverage Randers receives the receipts as uploaded copies; the family confirms it keeps the originals for 2 years. Originals or copies is a per-municipality setting.',
        },
      },
      {
        ambiguity: 'A-17',
        decision: {
          da: 'Intet beløb i kilden: altid konkret vurdering hos rådgiver.',
          en: 'No amount in the source: always assessed by the caseworker.',
        },
      },
    ],
  },
  {
    id: 'ran-holiday',
    municipality: 'randers',
    group: 'holiday',
    name: { da: 'Ferie', en: 'Holiday costs' },
    summary: {
      da: 'Kun i helt særlige tilfælde. Kontakt rådgiver, før I planlægger og bestiller ferien.',
      en: 'Only in very special cases. Contact the caseworker before you plan and book the holiday.',
    },
    applicants: { eligible: ['relief-family'] },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    assessment: {
      da: 'Kun i helt særlige tilfælde; rådgiver vurderer, om der kan gives tilskud.',
      en: 'Only in very special cases; the caseworker decides whether a subsidy can be given.',
    },
    documentation: supplementDocs,
    decidedBy: 'caseworker',
    deadlines: [{ kind: 'prior-application' }, ...randersDeadlines],
    payoutRule: 'month-after-documentation',
    legalBasis: {
      da: 'Randers Kommunes regler for supplerende ydelser',
      en: 'Randers rules for supplementary benefits',
    },
    sources: [
      { file: R, line: 553, quote: 'Ferie I helt særlige tilfælde kan der søges om bevilling' },
      { file: R, line: 564, quote: 'den I planlægger og bestiller ferien.' },
    ],
    decisions: [
      {
        ambiguity: 'A-13',
        decision: {
          da: 'Randers: altid konkret vurdering og forudgående kontakt til rådgiver.',
          en: 'Randers: always assessed, with prior contact to the caseworker.',
        },
      },
    ],
  },
  {
    id: 'ran-property-damage',
    municipality: 'randers',
    group: 'insurance',
    name: { da: 'Skade på aflastningsfamiliens ting', en: 'Damage to the relief family’s belongings' },
    summary: {
      da: 'Skader under 300 kr. betaler familien selv. Større skader vurderes af kommunens forsikringsselskab. Ting i barnets varetægt er ikke dækket.',
      en: 'Damage under DKK 300 is borne by the family. Larger damage is assessed by the municipality’s insurer. Things in the child’s care are not covered.',
    },
    applicants: { eligible: ['relief-family'] },
    amount: {
      kind: 'threshold',
      rate: 'ran-property-damage-threshold',
      payable: 'at-or-above',
      per: 'event',
      aboveDecidedBy: {
        da: 'Rådgiver rekvirerer en skadesanmeldelse, og kommunens forsikringsselskab vurderer, om skaden kan dækkes.',
        en: 'The caseworker requests a damage report, and the municipality’s insurer decides whether the damage is covered.',
      },
    },
    needs: ['expenses'],
    documentation: {
      regime: 'full-coverage',
      requires: ['damage-report', 'receipt'],
      text: {
        da: 'Skadesanmeldelse og dokumentation for skaden.',
        en: 'Damage report and proof of the damage.',
      },
    },
    decidedBy: 'caseworker',
    legalBasis: {
      da: 'Randers Kommunes forsikringsregler for aflastningsfamilier',
      en: 'Randers insurance rules for relief families',
    },
    sources: [
      { file: R, line: 335, quote: 'Ved mindre skader (under 300' },
      { file: R, line: 336, quote: 'afholder aflastningsfamilien udgiften' },
    ],
    decisions: [
      {
        ambiguity: 'A-5',
        decision: {
          da: '300 kr. er en grænse, ikke en selvrisiko: under 300 kr. betaler familien; fra 300 kr. vurderer forsikringsselskabet hele skaden.',
          en: 'DKK 300 is a claim threshold, not a deductible: under DKK 300 the family pays; from DKK 300 the insurer assesses the whole damage.',
        },
      },
    ],
  },
];
