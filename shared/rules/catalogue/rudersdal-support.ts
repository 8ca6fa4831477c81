import type { RateTableInput } from '../rates/schema';
import type { BenefitInput } from './schema';

const U = '004_2ef01a3e92adb0b8.txt' as const;

/** § 32 items are refunded inside the yearly home-training budget frame (rud-s32-budget). */
const s32Frame: BenefitInput['amount'] = { kind: 'discretionary', cap: 'rud-s32-budget', per: 'year' };

const s32Deadlines: NonNullable<BenefitInput['deadlines']> = [{ kind: 'prior-application' }];

const s32Legal: BenefitInput['legalBasis'] = {
  da: 'Serviceloven § 32 (Bilag 1, hjemmetræning)',
  en: 'Social Services Act § 32 (Annex 1, home training)',
};

const s32Receipts = (da: string, en: string): BenefitInput['documentation'] => ({
  regime: 'full-coverage',
  requires: ['receipt'],
  text: {
    da: `${da} Kvitteringer sendes til sagsbehandleren, eller dokumentation for en kommende udgift (fx kursus) før udbetaling. Kommunen kan altid kræve dokumentation, også under loftet.`,
    en: `${en} Receipts go to the caseworker, or documentation of an upcoming expense (e.g. a course) before payout. The municipality may always ask for documentation, even below the cap.`,
  },
});

const s32FrameAssessment = (da: string, en: string): BenefitInput['assessment'] => ({
  da: `${da} Udgiften skal være begrundet og nødvendig for den valgte metode, og den dækkes kun inden for det godkendte årsbudget; der er ikke "frit træk" på rammebeløbet.`,
  en: `${en} The expense must be justified and necessary for the chosen method, and it is covered only within the approved yearly budget; the frame is not a "free draw".`,
});

const s32FrameSources = [
  { file: U, line: 5836, quote: 'Forældrene kan afholde udgiften og sende kvitteringer til' },
  { file: U, line: 5843, quote: 'ansøgning, skal forældrene ansøge sagsbehandler, før der' },
  { file: U, line: 1031, quote: 'Visitation Tværfagligt visitationsudvalg.' },
];

const s32PanelDecision = {
  ambiguity: 'A-24',
  decision: {
    da: '"Visitationsudvalg" i Bilag 1 er det tværfaglige visitationsudvalg for § 32 (decidedBy interdisciplinary-allocation-panel); sagsbehandleren udbetaler efter det godkendte budget.',
    en: '"Visitationsudvalg" in Annex 1 is the interdisciplinary allocation panel for § 32 (decidedBy interdisciplinary-allocation-panel); the caseworker pays out against the approved budget.',
  },
};

/** Rudersdal's dated amounts for §1.6. */
export const rudersdalSupportRates: RateTableInput[] = [
  {
    id: 'rud-s11-leisure',
    name: {
      da: 'Fritidsaktivitet (§ 11, stk. 6), loft pr. år',
      en: 'Leisure activity (§ 11(6)), yearly cap',
    },
    unit: 'dkk-per-year',
    periods: [
      {
        validFrom: '2015-01-01',
        amount: '2500.00',
        source: `${U}: "op til 2.500 kr. årligt, medmindre særlige forhold gør sig"`,
        note: 'undated; 2015 service level',
      },
    ],
  },
  {
    id: 'rud-s32-budget',
    name: { da: 'Hjemmetræning, rammebeløb pr. år', en: 'Home training, yearly budget frame' },
    unit: 'dkk-per-year',
    periods: [
      {
        validFrom: '2014-01-01',
        amount: '579747.00',
        source: `${U}: "Budgettet for hjemmetræning er for 2014 max. 579.747 kr."`,
        note: 'Socialministeriet sets the ceiling each year',
        confirmed: false,
      },
    ],
  },
  {
    id: 'rud-s45-companion-expenses',
    name: {
      da: 'Ledsagerordning, tilskud til befordring og aktiviteter pr. år',
      en: 'Companion scheme, transport and activity subsidy per year',
    },
    unit: 'dkk-per-year',
    periods: [
      {
        validFrom: '2014-01-01',
        amount: '825.00',
        source: `${U}: "med op til kr. 825,- pr. år (pr. 1.1.2014)."`,
        note: 'stale 2014 level',
        confirmed: false,
      },
    ],
  },
];

/** Rudersdal Kommune: SEL § 11, § 32 home training (Bilag 1), § 45 companion (rules-catalogue §1.6). */
export const rudersdalSupportBenefits: BenefitInput[] = [
  {
    id: 'rud-s11-consultancy-costs',
    municipality: 'rudersdal',
    group: 'support',
    name: {
      da: 'Økonomisk støtte til konsulentbistand (SEL § 11, stk. 3)',
      en: 'Follow-on costs of consultancy support',
    },
    summary: {
      da: 'Støtte til forældrenes følgeudgifter ved konsulentbistand, hvis de ikke selv har midlerne. Kommunen betaler selve forløbet.',
      en: 'Support for the parents’ follow-on costs of consultancy support if they lack the means. The municipality pays for the support itself.',
    },
    applicants: { eligible: ['parent'] },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    assessment: {
      da: 'Støtten er trangsbestemt: forældrene må ikke selv have midler hertil. Kilden angiver intet beløb.',
      en: 'The support is means-tested: the parents must lack the means themselves. The source gives no amount.',
    },
    documentation: {
      regime: 'full-coverage',
      requires: ['means-assessment', 'receipt'],
      text: {
        da: 'Trangsvurdering og kvitteringer for følgeudgifterne.',
        en: 'Means assessment and receipts for the follow-on costs.',
      },
    },
    decidedBy: 'caseworker-or-team-lead',
    legalBasis: { da: 'Serviceloven § 11, stk. 3', en: 'Social Services Act § 11(3)' },
    sources: [
      { file: U, line: 375, quote: 'Økonomisk støtte til konsulentbistand forudsætter, at forældrene' },
      { file: U, line: 392, quote: 'bevilges af sagsbehandler / faglig leder.' },
      { file: U, line: 377, quote: 'ikke selv har midler hertil og omfatter følgeudgifter for' },
    ],
  },
  {
    id: 'rud-s11-contraception',
    municipality: 'rudersdal',
    group: 'health',
    name: { da: 'Økonomisk tilskud til prævention (SEL § 11)', en: 'Contraception subsidy' },
    summary: {
      da: 'Tilskud til prævention, når den unges eller forældrenes modenhed eller livsomstændigheder gør (flere) børn uhensigtsmæssigt. Ikke indkomstafhængigt.',
      en: 'A subsidy for contraception when the young person’s or parents’ maturity or circumstances make (more) children inadvisable. Not means-tested.',
    },
    applicants: { eligible: ['parent'] },
    amount: { kind: 'discretionary', per: 'claim' },
    needs: ['expenses'],
    assessment: {
      da: 'Sagsbehandleren vurderer modenhed og livsomstændigheder. Kilden angiver intet beløb; tilskuddet afhænger ikke af indkomst.',
      en: 'The caseworker assesses maturity and circumstances. The source gives no amount; the subsidy does not depend on income.',
    },
    documentation: {
      regime: 'full-coverage',
      requires: ['receipt'],
      text: { da: 'Kvittering for præventionen.', en: 'Receipt for the contraception.' },
    },
    decidedBy: 'caseworker-or-team-lead',
    legalBasis: { da: 'Serviceloven § 11, stk. 3 og 4', en: 'Social Services Act § 11(3) and (4)' },
    sources: [
      { file: U, line: 335, quote: 'Der gives økonomisk tilskud til prævention, når det på baggrund' },
      { file: U, line: 380, quote: 'Økonomisk tilskud til prævention er ikke afhængig' },
      { file: U, line: 392, quote: 'bevilges af sagsbehandler / faglig leder.' },
    ],
  },
  {
    id: 'rud-s11-leisure',
    municipality: 'rudersdal',
    group: 'leisure',
    name: {
      da: 'Økonomisk støtte til fritidsaktiviteter (SEL § 11, stk. 6)',
      en: 'Leisure-activity support for vulnerable children',
    },
    summary: {
      da: 'Op til 2.500 kr. om året til kontingent og udstyr til én fritidsaktivitet pr. barn, hvis forældremyndighedsindehaveren ikke selv har midlerne. Afgørelsen kan ikke påklages til anden administrativ myndighed.',
      en: 'Up to DKK 2,500 a year towards the fee and equipment for one leisure activity per child if the custody holder lacks the means. The decision cannot be appealed to another administrative authority.',
    },
    applicants: { eligible: ['parent'] },
    amount: { kind: 'cap', rate: 'rud-s11-leisure', per: 'year' },
    needs: ['expenses'],
    assessment: {
      da: 'Støtten er trangsbestemt (forældremyndighedsindehaveren må ikke selv have tilstrækkelige midler), gives til højst 1 aktivitet pr. barn, og Ung i Rudersdals tilbud skal undersøges først. Dyrere aktiviteter kun undtagelsesvis efter en socialfaglig vurdering.',
      en: 'The support is means-tested (the custody holder must lack sufficient means), covers at most 1 activity per child, and Ung i Rudersdal’s offers must be checked first. Dearer activities only exceptionally after a professional assessment.',
    },
    documentation: {
      regime: 'full-coverage',
      requires: ['means-assessment', 'receipt'],
      text: {
        da: 'Trangsvurdering og kvitteringer for kontingent og udstyr.',
        en: 'Means assessment and receipts for the fee and equipment.',
      },
    },
    decidedBy: 'caseworker-or-team-lead',
    legalBasis: { da: 'Serviceloven § 11, stk. 6', en: 'Social Services Act § 11(6)' },
    sources: [
      { file: U, line: 475, quote: 'Der ydes tilskud til max 1 fritidsaktivitet pr. barn. Der kan gives' },
      { file: U, line: 477, quote: 'op til 2.500 kr. årligt, medmindre særlige forhold gør sig' },
      { file: U, line: 453, quote: 'Støtten er betinget af, at forældremyndighedsindehaveren ikke' },
      { file: U, line: 507, quote: 'Afgørelse efter denne bestemmelse kan ikke indbringes for' },
      { file: U, line: 457, quote: 'Det skal altid undersøges, hvorvidt Ung i Rudersdals aktiviteter' },
      { file: U, line: 479, quote: 'Merudgifter til fritidsaktiviteter til børn med handicap' },
      { file: U, line: 483, quote: 'Tildeling Sagsbehandler / faglig leder.' },
    ],
    decisions: [
      {
        ambiguity: 'A-8',
        decision: {
          da: 'Regimet vælges efter rolle og lovgrundlag: forældremyndighedsindehavere til udsatte børn bruger denne post (§ 11, stk. 6, højst 2.500 kr. om året, 1 aktivitet, trangsbestemt); plejefamilier bruger rud-leisure-extra; forældre til børn med handicap søger merudgiften efter § 41 (rud-s41-leisure).',
          en: 'The regime is picked by role and legal basis: custody holders of vulnerable children use this item (§ 11(6), at most DKK 2,500 a year, 1 activity, means-tested); foster families use rud-leisure-extra; parents of disabled children claim the extra cost under § 41 (rud-s41-leisure).',
        },
      },
    ],
  },
  {
    id: 'rud-s32-budget',
    municipality: 'rudersdal',
    group: 'home-training',
    name: { da: 'Hjemmetræning: rammebeløb (SEL § 32)', en: 'Home-training budget frame' },
    summary: {
      da: 'Hjemmetræning af et barn med handicap dækkes inden for et årligt budget, som kommunen godkender, højst 579.747 kr. (2014). Der betales kun dokumenterede udgifter, og nye udgifter skal søges først.',
      en: 'Home training of a disabled child is covered within a yearly budget approved by the municipality, at most DKK 579,747 (2014). Only documented expenses are paid, and new expenses must be applied for first.',
    },
    applicants: { eligible: ['parent'] },
    amount: { kind: 'cap', rate: 'rud-s32-budget', per: 'year' },
    needs: ['expenses'],
    assessment: {
      da: 'Forældrene udarbejder hvert år et budget, som det tværfaglige visitationsudvalg godkender; hjælpen ydes på grundlag af dokumenterede udgifter, og der er ikke "frit træk" på rammebeløbet.',
      en: 'The parents draw up a yearly budget, which the interdisciplinary allocation panel approves; help is given on the basis of documented expenses, and the frame is not a "free draw".',
    },
    documentation: s32Receipts(
      'Dokumenterede udgifter efter det godkendte budget.',
      'Documented expenses under the approved budget.',
    ),
    decidedBy: 'interdisciplinary-allocation-panel',
    deadlines: s32Deadlines,
    legalBasis: s32Legal,
    sources: [
      { file: U, line: 917, quote: 'Budgettet for hjemmetræning er for 2014 max. 579.747 kr.' },
      { file: U, line: 929, quote: 'Hjælpen ydes på grundlag af dokumenterede udgifter.' },
      { file: U, line: 1031, quote: 'Visitation Tværfagligt visitationsudvalg.' },
      { file: U, line: 5836, quote: 'Forældrene kan afholde udgiften og sende kvitteringer til' },
      { file: U, line: 5857, quote: 'træk” på rammebeløbet.' },
      { file: U, line: 905, quote: 'Socialministeriet fastsætter hvert år en øvre grænse for' },
      { file: U, line: 5843, quote: 'ansøgning, skal forældrene ansøge sagsbehandler, før der' },
    ],
    decisions: [
      {
        ambiguity: 'A-18',
        decision: {
          da: 'Loftet 579.747 kr. er 2014-niveau; Socialministeriet fastsætter det hvert år. Det gemmes med gyldighedsdato og skal bekræftes af kommunen.',
          en: 'The DKK 579,747 ceiling is the 2014 level; Socialministeriet sets it every year. It is stored with a valid-from date and must be confirmed by the municipality.',
        },
      },
    ],
  },
  {
    id: 'rud-s32-equipment',
    municipality: 'rudersdal',
    group: 'home-training',
    name: { da: 'Træningsredskaber', en: 'Training equipment' },
    summary: {
      da: 'Træningsredskaber, som træningen ikke kan gennemføres uden, refunderes inden for hjemmetræningens rammebeløb. Nye udgifter skal søges først.',
      en: 'Training equipment without which the training cannot be done is refunded within the home-training budget frame. New expenses must be applied for first.',
    },
    applicants: { eligible: ['parent'] },
    amount: s32Frame,
    needs: ['expenses'],
    assessment: s32FrameAssessment(
      'Redskabet skal være nødvendigt, så træningen ikke kan gennemføres uden det.',
      'The equipment must be necessary, so that the training cannot be done without it.',
    ),
    documentation: s32Receipts('Kvitteringer for redskaberne.', 'Receipts for the equipment.'),
    decidedBy: 'interdisciplinary-allocation-panel',
    deadlines: s32Deadlines,
    legalBasis: s32Legal,
    sources: [
      { file: U, line: 5614, quote: 'Inden for rammebeløbet refunderes udgifter til' },
      { file: U, line: 5618, quote: 'inden for de konkrete metoder, dvs. træningen kan ikke' },
      ...s32FrameSources,
    ],
    decisions: [s32PanelDecision],
  },
  {
    id: 'rud-s32-trainer-hours',
    municipality: 'rudersdal',
    group: 'home-training',
    name: { da: 'Trænertimer', en: 'Trainer hours' },
    summary: {
      da: 'Løn til trænere ved hjemmetræning på løntrin 11, inden for rammebeløbet. Der gives ikke tilskud til au pair.',
      en: 'Pay for trainers in home training at pay step 11, within the budget frame. No subsidy for an au pair.',
    },
    applicants: { eligible: ['parent'] },
    amount: s32Frame,
    needs: ['expenses'],
    assessment: s32FrameAssessment(
      'Antallet af trænertimer vurderes ud fra metoden, og barnets programsatte "arbejdsdag" må ikke overstige jævnaldrendes; den hjemmetrænende forælder skal selv deltage. Aflønning på løntrin 11, som kilden ikke angiver i kroner.',
      'The number of trainer hours is assessed from the method, and the child’s programmed "working day" must not exceed that of peers; the training parent must take part. Pay is at pay step 11, which the source gives no DKK value for.',
    ),
    documentation: s32Receipts(
      'Lønudgifter til trænere; forældrene står selv for ansættelse og administration af hjælpere.',
      'Trainers’ pay costs; the parents handle hiring and administration of helpers themselves.',
    ),
    decidedBy: 'interdisciplinary-allocation-panel',
    deadlines: s32Deadlines,
    legalBasis: s32Legal,
    sources: [
      { file: U, line: 5656, quote: 'Aflønningen af trænere er løntrin 11.' },
      { file: U, line: 5658, quote: 'Der kan ikke ydes tilskud til au pair efter denne bestemmelse.' },
      { file: U, line: 5652, quote: 'Den forælder, der' },
      { file: U, line: 1068, quote: 'Forældrene skal selv stå for administration af hjælpere,' },
      ...s32FrameSources,
    ],
    decisions: [
      s32PanelDecision,
      {
        ambiguity: 'A-18',
        decision: {
          da: 'Løntrin 11 har ingen kroneværdi i kilden: beløbet er altid en konkret vurdering inden for rammebeløbet.',
          en: 'Pay step 11 has no DKK value in the source: the amount is always assessed within the budget frame.',
        },
      },
    ],
  },
  {
    id: 'rud-s32-courses',
    municipality: 'rudersdal',
    group: 'home-training',
    name: { da: 'Kurser (hjemmetræning)', en: 'Method courses' },
    summary: {
      da: 'Kursus i træningsmetoden for begge forældre eller én forælder og en hjælper, med kost, logi og befordring, inden for rammebeløbet. Kurser i udlandet dækkes ikke.',
      en: 'A course in the training method for both parents or one parent and a helper, with board, lodging and travel, within the budget frame. Courses abroad are not covered.',
    },
    applicants: { eligible: ['parent'] },
    amount: s32Frame,
    needs: ['expenses'],
    assessment: s32FrameAssessment(
      'Kurset skal være nødvendigt for træningen inden for den valgte metode; kurser i udlandet er udelukket.',
      'The course must be necessary for training in the chosen method; courses abroad are excluded.',
    ),
    documentation: s32Receipts(
      'Dokumentation for kurset, kost, logi og befordring.',
      'Documentation of the course, board, lodging and travel.',
    ),
    decidedBy: 'interdisciplinary-allocation-panel',
    deadlines: s32Deadlines,
    legalBasis: s32Legal,
    sources: [
      { file: U, line: 5628, quote: 'Der ydes tilskud til, at begge forældre eller den ene forældre' },
      { file: U, line: 5634, quote: 'kost og logi, befordringsgodtgørelse m.v. for forældrene.' },
      { file: U, line: 951, quote: 'Kurser i udlandet' },
      ...s32FrameSources,
    ],
    decisions: [s32PanelDecision],
  },
  {
    id: 'rud-s32-supervision',
    municipality: 'rudersdal',
    group: 'home-training',
    name: { da: 'Supervision', en: 'Supervision of parents' },
    summary: {
      da: 'Supervision af forældrene i træningsmetoden kan kun undtagelsesvis dækkes, når den er absolut nødvendig for fortsat træning.',
      en: 'Supervision of the parents in the training method can only exceptionally be covered, when it is absolutely necessary for continued training.',
    },
    applicants: { eligible: ['parent'] },
    amount: s32Frame,
    needs: ['expenses'],
    assessment: s32FrameAssessment(
      'Supervision bevilges kun undtagelsesvis og kun, hvis den er absolut nødvendig for fortsat træning.',
      'Supervision is granted only exceptionally and only if absolutely necessary for continued training.',
    ),
    documentation: s32Receipts('Regning for supervisionen.', 'Bill for the supervision.'),
    decidedBy: 'interdisciplinary-allocation-panel',
    deadlines: s32Deadlines,
    legalBasis: s32Legal,
    sources: [
      { file: U, line: 5664, quote: 'kan kun undtagelsesvist bevilges og kun, hvis den er absolut' },
      ...s32FrameSources,
    ],
    decisions: [s32PanelDecision],
  },
  {
    id: 'rud-s32-diet',
    municipality: 'rudersdal',
    group: 'home-training',
    name: { da: 'Kosttilskud / særlig kost', en: 'Food supplements / special diet (home training)' },
    summary: {
      da: 'Kosttilskud eller særlig kost i forbindelse med hjemmetræning, når der er lægelig dokumentation for behovet. Inden for rammebeløbet.',
      en: 'Food supplements or a special diet for home training when there is medical documentation of the need. Within the budget frame.',
    },
    applicants: { eligible: ['parent'] },
    amount: s32Frame,
    needs: ['expenses'],
    assessment: s32FrameAssessment(
      'Der skal være lægelig dokumentation for behovet, og kosten skal være nødvendig og forsvarlig for metoden.',
      'There must be medical documentation of the need, and the diet must be necessary and safe for the method.',
    ),
    documentation: {
      regime: 'full-coverage',
      requires: ['medical-statement', 'receipt'],
      text: {
        da: 'Lægelig dokumentation for behovet og kvitteringer. Kommunen kan altid kræve dokumentation, også under loftet.',
        en: 'Medical documentation of the need and receipts. The municipality may always ask for documentation, even below the cap.',
      },
    },
    decidedBy: 'interdisciplinary-allocation-panel',
    deadlines: s32Deadlines,
    legalBasis: s32Legal,
    sources: [
      { file: U, line: 5672, quote: 'Kan bevilges, når der er lægelig dokumentation for behovet' },
      { file: U, line: 5674, quote: 'og det er nødvendigt og forsvarligt for gennemførelse' },
      ...s32FrameSources,
    ],
    decisions: [s32PanelDecision],
  },
  {
    id: 'rud-s45-companion-expenses',
    municipality: 'rudersdal',
    group: 'companion',
    name: {
      da: 'Ledsagerordning: tilskud til ledsagerens befordring og aktiviteter (SEL § 45)',
      en: 'Companion’s transport and activity costs',
    },
    summary: {
      da: 'Unge på 12–17 år med ledsagerordning kan få op til 825 kr. om året (2014) til ledsagerens befordring og aktiviteter. Beløbet udbetales én gang om året ud fra sandsynliggjorte merudgifter.',
      en: 'Young people aged 12–17 with a companion can get up to DKK 825 a year (2014) for the companion’s transport and activities. It is paid once a year based on extra costs made probable.',
    },
    applicants: { eligible: ['parent'] },
    amount: { kind: 'cap', rate: 'rud-s45-companion-expenses', per: 'year' },
    needs: ['expenses'],
    conditions: [
      {
        kind: 'age',
        unit: 'years',
        at: 'expense-date',
        range: { min: 12, minInclusive: true, max: 18, maxInclusive: false },
      },
    ],
    assessment: {
      da: 'Tilskuddet gives efter en individuel vurdering på baggrund af sandsynliggjorte merudgifter efter § 41-logik og udbetales én gang årligt. Hjælp til enkelte ledsageropgaver vurderes særskilt og ligger uden for de 825 kr.',
      en: 'The subsidy is given after an individual assessment of extra costs made probable, using § 41 logic, and is paid once a year. Help for single companion tasks is assessed separately and is outside the DKK 825.',
    },
    documentation: {
      regime: 'made-probable',
      requires: [],
      text: {
        da: 'Forældrene/den unge sandsynliggør merudgifterne til ledsagerens befordring og aktiviteter.',
        en: 'The parents/young person make the extra costs of the companion’s transport and activities probable.',
      },
    },
    decidedBy: 'caseworker',
    legalBasis: { da: 'Serviceloven § 45, jf. § 41', en: 'Social Services Act § 45, cf. § 41' },
    sources: [
      { file: U, line: 2211, quote: 'med op til kr. 825,- pr. år (pr. 1.1.2014).' },
      { file: U, line: 2213, quote: 'Beløbet udbetales én gang årligt på baggrund af' },
      { file: U, line: 2189, quote: 'Den unge skal tilbydes 15 timers ledsagelse pr. måned,' },
      { file: U, line: 2201, quote: 'ledsagertimer inden for en periode på 6 måneder.' },
      { file: U, line: 2215, quote: 'sandsynliggjorte merudgifter, jf. SEL § 41.' },
      { file: U, line: 2154, quote: 'Målgruppen er hjemmeboende børn og unge mellem 12 og' },
      {
        file: U,
        line: 2241,
        quote: 'Tildeling Rådgiveren foretager en konkret, individuel vurdering af den',
      },
    ],
    decisions: [
      {
        ambiguity: 'A-26',
        decision: {
          da: 'De 825 kr. er en § 45-ydelse, der vurderes med § 41-logik (sandsynliggjorte merudgifter). Kilden siger ikke, om § 41-tærsklen på 4.596 kr. gælder; det afgøres i rådgiverens konkrete vurdering (needs-assessment).',
          en: 'The DKK 825 is a § 45 benefit assessed with § 41 logic (extra costs made probable). The source does not say whether the § 41 threshold of DKK 4,596 applies; the caseworker decides in the assessment (needs-assessment).',
        },
      },
      {
        ambiguity: 'A-18',
        decision: {
          da: 'Beløbet 825 kr. er niveau pr. 1.1.2014; det gemmes med gyldighedsdato og skal bekræftes af kommunen.',
          en: 'The DKK 825 is the level at 1 Jan 2014; it is stored with a valid-from date and must be confirmed by the municipality.',
        },
      },
      {
        ambiguity: 'A-27',
        decision: {
          da: '"Mellem 12 og 18 år" læses som fra 12-årsdagen til dagen før 18-årsdagen, målt ved indsendelse.',
          en: '"Between 12 and 18" is read as from the 12th birthday to the day before the 18th birthday, measured at submission.',
        },
      },
    ],
  },
];
