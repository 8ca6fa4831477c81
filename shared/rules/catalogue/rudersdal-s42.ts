import type { RateTableInput } from '../rates/schema';
import type { BenefitInput } from './schema';

const U = '004_2ef01a3e92adb0b8.txt' as const;

/** T-36: TAF stops automatically when the child turns 18 (principafgørelse 45-14). */
const underEighteen: NonNullable<BenefitInput['conditions']>[number] = {
  kind: 'age',
  unit: 'years',
  at: 'expense-date',
  range: { max: 18, maxInclusive: false },
};

/**
 * Holiday supplements are settled after the year they were earned in (1 May, or the start of the
 * holiday year after TAF ends), so a claim may arrive after the 18th birthday: 18 and 19 are
 * assessed instead of refused.
 */
const underEighteenSettledLater: NonNullable<BenefitInput['conditions']>[number] = {
  kind: 'age',
  unit: 'years',
  at: 'expense-date',
  range: { max: 18, maxInclusive: false },
  gap: { min: 18, minInclusive: true, max: 20, maxInclusive: false },
};

const s42Legal: BenefitInput['legalBasis'] = {
  da: 'Serviceloven § 42; Rudersdal Kommunes serviceniveau, Bilag 3',
  en: 'Social Services Act § 42; Rudersdal service level, Annex 3',
};

const tafDocs: BenefitInput['documentation'] = {
  regime: 'full-coverage',
  requires: ['medical-statement'],
  text: {
    da: 'Ansøgningsskema, supplerende skema om barnets funktion og en uddybende beskrivelse; lønsedler for de sidste 3 måneder eller seneste afsluttede årsregnskab; arbejdsgivererklæring med orlovsbekræftelse; fornyet lægelig dokumentation ved hver opfølgning.',
    en: 'Application form, supplementary form on the child’s function and a detailed description; payslips for the last 3 months or the latest annual accounts; employer declaration with leave confirmation; renewed medical documentation at each follow-up.',
  },
};

const tafCapDecision = {
  ambiguity: 'A-22',
  decision: {
    da: 'Loftet (28.443 kr. pr. måned i 2014, reguleres 1. januar) bruges kun som øvre grænse for systemets forslag. Om en forælder er omfattet af undtagelsen for bevillinger "siden 2010" (beregning uden loft), afgøres af sagsbehandleren: udfaldet er altid needs-assessment. Løbende bevillinger medtager ikke lønstigninger; den årlige satsregulering sker i rate-tabellen.',
    en: 'The cap (DKK 28,443 a month in 2014, regulated every 1 January) only bounds the system’s suggestion. Whether a parent falls under the "since 2010" exception (calculation without a cap) is decided by the caseworker: the outcome is always needs-assessment. Running grants include no pay rises; the yearly indexation lives in the rate table.',
  },
};

const staleFiguresDecision = {
  ambiguity: 'A-18',
  decision: {
    da: 'Loftet og timelønnen er 2014-niveau og gemt med gyldig-fra 2014-01-01 og confirmed: false; kommunen skal indtaste de gældende satser.',
    en: 'The cap and the hourly wage are 2014 levels, stored valid from 2014-01-01 with confirmed: false; the municipality must enter the current rates.',
  },
};

/** Rudersdal § 42 / § 43 rates (Bilag 3, price level "i 2014" / "pr. 01.01.14"). */
export const rudersdalS42Rates: RateTableInput[] = [
  {
    id: 'rud-s42-taf-monthly-cap',
    name: {
      da: 'Ydelsesloft for tabt arbejdsfortjeneste (brutto pr. måned)',
      en: 'Lost-earnings cap (gross per month)',
    },
    unit: 'dkk-per-month',
    periods: [
      {
        validFrom: '2014-01-01',
        amount: '28443.00',
        source: `${U}: "Ydelsesloftet udgør i 2014 kr. 28.443,00 pr. måned. Ydelsesloftet reguleres hvert år pr. 1. januar."`,
        confirmed: false,
      },
    ],
  },
  {
    id: 'rud-s42-taf-hourly-cap',
    name: { da: 'Maksimal timeløn ved tabt arbejdsfortjeneste', en: 'Maximum hourly wage for lost earnings' },
    unit: 'dkk-per-hour',
    periods: [
      {
        validFrom: '2014-01-01',
        amount: '177.44',
        source: `${U}: "28.443,-, svarende til en timeløn på max. kr. 177,44,- ved"`,
        note: '"(pr. 01.01.14)"',
        confirmed: false,
      },
    ],
  },
  {
    id: 'rud-s42-pension',
    name: { da: 'Pensionsbidrag af bruttoydelsen', en: 'Pension contribution on the gross benefit' },
    unit: 'percent',
    periods: [
      {
        validFrom: '2014-01-01',
        amount: '10',
        source: `${U}: "Der kan makismalt gives 10 % af bruttoydelsen"`,
      },
    ],
  },
  {
    id: 'rud-s42-pension-civil-servant',
    name: {
      da: 'Pensionsbidrag for statsansatte tjenestemænd',
      en: 'Pension contribution for state civil servants',
    },
    unit: 'percent',
    periods: [
      { validFrom: '2014-01-01', amount: '15', source: `${U}: "For statsansatte tjenestemænd dog 15 %."` },
    ],
  },
  {
    id: 'rud-s42-holiday-1pct',
    name: { da: 'Tillæg til ferieformål (aktive bevillinger)', en: 'Holiday supplement (active grants)' },
    unit: 'percent',
    periods: [
      {
        validFrom: '2014-01-01',
        amount: '1',
        source: `${U}: "Ved årsskiftet beregnes et tillæg til ferieformål på 1 % af bruttoydelsen"`,
      },
    ],
  },
  {
    id: 'rud-s42-holiday-termination',
    name: { da: 'Tillæg til ferieformål ved ophør', en: 'Holiday supplement on termination' },
    unit: 'percent',
    periods: [
      {
        validFrom: '2014-01-01',
        amount: '12.5',
        source: `${U}: "udbetales et tillæg på 12,5 % af bruttoydelsen i"`,
      },
    ],
  },
  {
    id: 'rud-s43-special-supplement-earnings-share',
    name: {
      da: 'Særlig supplerende ydelse: højst andel af arbejdsfortjenesten',
      en: 'Special supplement: maximum share of lost earnings',
    },
    unit: 'percent',
    periods: [
      {
        validFrom: '2014-01-01',
        amount: '90',
        source: `${U}: "fødsel. Der kan dog kun udbetales et beløb, der svarer til 90"`,
      },
    ],
  },
];

/** Rudersdal Kommune: SEL § 42 lost earnings (Bilag 3), § 43 and TAF under § 32 (rules-catalogue §1.5). */
export const rudersdalS42Benefits: BenefitInput[] = [
  {
    id: 'rud-s42-taf',
    municipality: 'rudersdal',
    group: 'lost-earnings',
    name: { da: 'Tabt arbejdsfortjeneste (SEL § 42)', en: 'Compensation for lost earnings' },
    summary: {
      da: 'Dækning af tabt løn, når en forælder går helt eller delvist ned i tid for at passe et barn under 18 år med handicap hjemme. Højst 37 timer om ugen for begge forældre tilsammen og højst 28.443 kr. brutto om måneden (2014).',
      en: 'Covers lost pay when a parent stops or cuts down work to care at home for a disabled child under 18. At most 37 hours a week for both parents together and at most DKK 28,443 gross a month (2014).',
    },
    applicants: { eligible: ['parent'] },
    amount: { kind: 'discretionary', cap: 'rud-s42-taf-monthly-cap', per: 'month' },
    needs: ['expenses'],
    conditions: [underEighteen],
    assessment: {
      da: 'Tabet beregnes ud fra de sidste 3 måneders lønsedler eller årsregnskab og en arbejdsgivererklæring, som kravet ikke indeholder. Sagsbehandleren vurderer konkret timetallet (højst 37 timer pr. uge tilsammen), fratrækker sparede udgifter (befordring, dagtilbud, optjent feriegodtgørelse) samt A-skat, AM-bidrag og 1/3 af ATP. Loftet er pr. måned: et krav dækker én kalendermåned.',
      en: 'The loss is calculated from the last 3 months’ payslips or annual accounts and an employer declaration, which the claim does not carry. The caseworker assesses the hours (at most 37 a week together) and deducts savings (transport, daycare, earned holiday pay) plus A-tax, labour-market contribution and 1/3 of ATP. The cap is monthly: one claim covers one calendar month.',
    },
    documentation: tafDocs,
    decidedBy: 'caseworker-or-team-lead',
    legalBasis: s42Legal,
    taxable: true,
    sources: [
      { file: U, line: 1563, quote: '28.443,-, svarende til en timeløn på max. kr. 177,44,- ved' },
      { file: U, line: 1547, quote: 'ydes dækning af tabt arbejdsfortjeneste for 37 timer pr. uge' },
      {
        file: U,
        line: 7475,
        quote:
          'Ydelsesloftet udgør i 2014 kr. 28.443,00 pr. måned. Ydelsesloftet reguleres hvert år pr. 1. januar.',
      },
      { file: U, line: 7477, quote: 'Forældre, der siden 2010 har været bevilget tabt arbejdsfortjeneste' },
      { file: U, line: 1578, quote: 'skal betale 1/3 af det samlede ATP-bidrag' },
      { file: U, line: 1501, quote: 'fremsende arbejdsgivererklæring med orlovsbekræftelse.' },
      {
        file: U,
        line: 7588,
        quote: 'Kompensationen ophører automatisk, når barnet flytter hjemmefra eller fylder 18 år',
      },
      { file: U, line: 1420, quote: 'fordi de passer et barn under 18 år med et' },
      { file: U, line: 1565, quote: '(pr. 01.01.14)' },
      { file: U, line: 1559, quote: 'Beregningsgrundlaget tager udgangspunkt i de sidste 3' },
      { file: U, line: 1618, quote: 'statens laveste kilometertakst' },
    ],
    decisions: [
      tafCapDecision,
      staleFiguresDecision,
      {
        ambiguity: 'A-2',
        decision: {
          da: 'Fradraget for sparet befordring ("statens laveste kilometertakst") beregnes af sagsbehandleren med satsen state-low-mileage eller klippekortprisen; systemet fratrækker det ikke automatisk.',
          en: 'The deduction for saved commuting ("statens laveste kilometertakst") is calculated by the caseworker at the state-low-mileage rate or the clip-card price; the system does not deduct it automatically.',
        },
      },
    ],
  },
  {
    id: 'rud-s42-pension',
    municipality: 'rudersdal',
    group: 'lost-earnings',
    name: { da: 'TAF: pensionsbidrag', en: 'Pension contribution on top of TAF' },
    summary: {
      da: 'Havde du arbejdsgiverbetalt pension lige før TAF, indbetaler kommunen op til 10 % af bruttoydelsen (statsansatte tjenestemænd 15 %) til din pensionskasse, dog højst det hidtidige arbejdsgiverbidrag.',
      en: 'If you had an employer-paid pension just before TAF, the municipality pays up to 10 % of the gross benefit (state civil servants 15 %) into your pension fund, but never more than the previous employer contribution.',
    },
    applicants: { eligible: ['parent'] },
    amount: {
      kind: 'percentage',
      rate: 'rud-s42-pension',
      of: { da: 'bruttoydelsen af tabt arbejdsfortjeneste', en: 'the gross lost-earnings benefit' },
    },
    needs: ['expenses'],
    conditions: [underEighteen],
    assessment: {
      da: 'Bruttoydelsen og det hidtidige arbejdsgiverbidrag fremgår ikke af kravet. Sagsbehandleren fastsætter procenten (højst 10 %, for statsansatte tjenestemænd 15 %) og kontrollerer, at der blev indbetalt pension umiddelbart før overgangen til TAF.',
      en: 'The gross benefit and the previous employer contribution are not in the claim. The caseworker sets the percentage (at most 10 %, 15 % for state civil servants) and checks that pension was paid just before TAF started.',
    },
    documentation: {
      regime: 'full-coverage',
      requires: [],
      text: {
        da: 'Dokumentation for arbejdsgiverbetalt pension umiddelbart før TAF (fx lønseddel eller pensionsoversigt).',
        en: 'Proof of employer-paid pension just before TAF (e.g. a payslip or pension statement).',
      },
    },
    decidedBy: 'caseworker-or-team-lead',
    legalBasis: s42Legal,
    taxable: false,
    sources: [
      { file: U, line: 7489, quote: 'Der kan makismalt gives 10 % af bruttoydelsen' },
      { file: U, line: 7491, quote: 'For statsansatte tjenestemænd dog 15 %.' },
      {
        file: U,
        line: 7487,
        quote: 'arbejdsfortjeneste, men kun, hvis der er indbetalt til en pensionsordning umiddelbart før',
      },
      { file: U, line: 7493, quote: 'Beløbet indsættes i forælderens pensionskasse.' },
    ],
  },
  {
    id: 'rud-s42-holiday-1pct',
    municipality: 'rudersdal',
    group: 'lost-earnings',
    name: { da: 'Tillæg til ferieformål', en: 'Holiday supplement (active grants)' },
    summary: {
      da: 'Har du en løbende TAF-bevilling, beregnes ved årsskiftet 1 % af sidste års bruttoydelse til ferieformål. Det udbetales 1. maj.',
      en: 'With a running TAF grant, 1 % of last year’s gross benefit is calculated at year-end as a holiday supplement. It is paid on 1 May.',
    },
    applicants: { eligible: ['parent'] },
    amount: {
      kind: 'percentage',
      rate: 'rud-s42-holiday-1pct',
      of: {
        da: 'bruttoydelsen i det forudgående kalenderår',
        en: 'the gross benefit in the previous calendar year',
      },
    },
    needs: ['expenses'],
    conditions: [underEighteenSettledLater],
    assessment: {
      da: 'Sidste års bruttoydelse fremgår ikke af kravet; kommunen beregner tillægget ud fra sine udbetalinger. Forældre med kun lejlighedsvis TAF har ikke ret til tillægget (Ankestyrelsens C 50-03).',
      en: 'Last year’s gross benefit is not in the claim; the municipality calculates the supplement from its own payments. Parents with only occasional TAF have no right to it (Ankestyrelsen C 50-03).',
    },
    documentation: {
      regime: 'none',
      requires: [],
      text: {
        da: 'Kommunen beregner tillægget; der skal ikke sendes bilag.',
        en: 'The municipality calculates the supplement; no documents are needed.',
      },
    },
    decidedBy: 'caseworker-or-team-lead',
    legalBasis: s42Legal,
    taxable: true,
    sources: [
      {
        file: U,
        line: 7523,
        quote: 'Ved årsskiftet beregnes et tillæg til ferieformål på 1 % af bruttoydelsen',
      },
      { file: U, line: 7525, quote: 'Udbetalingen sker pr. 1. maj.' },
      {
        file: U,
        line: 7542,
        quote:
          'ikke har ret til udbetaling af ferieformål, idet forælderen havde modtaget lejlighedsvis tabt',
      },
    ],
  },
  {
    id: 'rud-s42-holiday-termination',
    municipality: 'rudersdal',
    group: 'lost-earnings',
    name: { da: 'Tillæg til ferieformål ved ophør', en: 'Holiday supplement when TAF ends or is reduced' },
    summary: {
      da: 'Når TAF ophører eller timerne sættes ned, udbetales 12,5 % af bruttoydelsen i det foregående kalenderår og i ophørsåret til ferieformål (fratrukket et allerede udbetalt 1 %-tillæg).',
      en: 'When TAF ends or the hours are cut, 12.5 % of the gross benefit in the previous calendar year and in the year it ends is paid as a holiday supplement (less any 1 % supplement already paid).',
    },
    applicants: { eligible: ['parent'] },
    amount: {
      kind: 'percentage',
      rate: 'rud-s42-holiday-termination',
      of: {
        da: 'bruttoydelsen i det foregående kalenderår og i ophørsåret (forholdsmæssigt ved nedsættelse af timer)',
        en: 'the gross benefit in the previous calendar year and in the year TAF ends (pro rata when hours are reduced)',
      },
    },
    needs: ['expenses'],
    conditions: [underEighteenSettledLater],
    assessment: {
      da: 'Bruttoydelsen fremgår ikke af kravet. Kommunen beregner tillægget, trækker et udbetalt 1 %-tillæg fra, beregner afholdt ferie forholdsmæssigt (2,08 dag pr. måned) ved ophør midt i ferieåret og udbetaler forholdsmæssigt ved nedsættelse af timer.',
      en: 'The gross benefit is not in the claim. The municipality calculates the supplement, leaves out any 1 % supplement already paid, counts holiday taken pro rata (2.08 days a month) when TAF ends mid holiday year, and pays pro rata when hours are reduced.',
    },
    documentation: {
      regime: 'none',
      requires: [],
      text: {
        da: 'Kommunen beregner tillægget; der skal ikke sendes bilag.',
        en: 'The municipality calculates the supplement; no documents are needed.',
      },
    },
    decidedBy: 'caseworker-or-team-lead',
    legalBasis: s42Legal,
    taxable: true,
    sources: [
      { file: U, line: 7530, quote: 'udbetales et tillæg på 12,5 % af bruttoydelsen i' },
      { file: U, line: 7540, quote: '(2,08 dag pr. måned)' },
      { file: U, line: 7532, quote: 'Er der udbetalt 1 % tillæg til ferieformål, indgår dette' },
      { file: U, line: 7536, quote: 'Beløbet udbetales til forælderen ved ferieårets start.' },
      {
        file: U,
        line: 7546,
        quote:
          'Hvis en forældre reduceres i antal timer for tabt arbejdsfortjeneste, betragtes dette som delvist',
      },
    ],
  },
  {
    id: 'rud-s42-occasional',
    municipality: 'rudersdal',
    group: 'lost-earnings',
    name: {
      da: 'Lejlighedsvis TAF: behandlinger, kontroller, møder, kurser',
      en: 'Occasional TAF for treatments, check-ups, meetings, courses',
    },
    summary: {
      da: 'Tabt løn for de timer, du ledsager dit barn til behandling eller kontrol, deltager i ekstraordinære skolemøder eller relevante kurser. Det kræver mindst 4 gange om året og mindst 4 timers fravær pr. gang.',
      en: 'Lost pay for the hours you take your child to treatment or check-ups, attend extraordinary school meetings or relevant courses. It needs at least 4 occasions a year and at least 4 hours’ absence each time.',
    },
    applicants: { eligible: ['parent'] },
    amount: { kind: 'discretionary', cap: 'rud-s42-taf-monthly-cap', per: 'month' },
    needs: ['expenses'],
    conditions: [underEighteen],
    assessment: {
      da: 'Gives kun efter en konkret vurdering: mindst 4 behandlinger, hospitalskontroller eller ekstraordinære skolemøder om året, et fravær på mindst 4 timer pr. gang, og det kan ikke lægges uden for arbejdstiden. Lejlighedsvise kontroller (2-3 gange årligt) giver ikke TAF. Timerne er behandlingstiden plus transporttid i arbejdstiden; lønnen fremgår ikke af kravet.',
      en: 'Only after a concrete assessment: at least 4 treatments, hospital check-ups or extraordinary school meetings a year, an absence of at least 4 hours each time, and it cannot be arranged outside working hours. Occasional check-ups (2-3 a year) give no TAF. Hours are the treatment time plus travel time within working hours; the pay is not in the claim.',
    },
    documentation: {
      regime: 'full-coverage',
      requires: ['medical-statement'],
      text: {
        da: 'Dokumentation fra behandlende myndighed (hospital, behandler, skole) for hver behandling eller hvert møde, med dato og fraværets længde, samt lønsedler.',
        en: 'Documentation from the treating authority (hospital, therapist, school) for each treatment or meeting, with date and length of absence, plus payslips.',
      },
    },
    decidedBy: 'caseworker-or-team-lead',
    legalBasis: s42Legal,
    taxable: true,
    sources: [
      { file: U, line: 1632, quote: 'tale om 4 årlige behandlinger / møder.' },
      {
        file: U,
        line: 7846,
        quote: 'Hvis der er tale om mindst 4 hospitalskontroller om året, kan der efter',
      },
      { file: U, line: 7856, quote: 'fravær fra arbejdet på mindst 4 timer pr. gang.' },
      { file: U, line: 7900, quote: 'lejlighedsvise (2-3 gange årligt) hospitalskontroller' },
      { file: U, line: 7945, quote: 'Hvis der er tale om mindst 4 ekstraordinære møder om året kan der,' },
      { file: U, line: 1628, quote: 'omfang af disse møder, og at der foreligger dokumentation' },
      {
        file: U,
        line: 7878,
        quote: 'Kurser Der kan ydes tabt arbejdsfortjeneste til deltagelse i handicaprettede',
      },
    ],
    decisions: [tafCapDecision],
  },
  {
    id: 'rud-s42-standard-hours',
    municipality: 'rudersdal',
    group: 'lost-earnings',
    name: { da: 'TAF: vejledende timeomfang', en: 'Standard TAF hours by situation' },
    summary: {
      da: 'Vejledende timer for TAF i typiske situationer, fx 3 måneder ved ny diabetes, 2 timer pr. arbejdsdag ved urolig søvn og 2 timer om ugen af hensyn til søskende. Timerne fastsættes altid konkret.',
      en: 'Guideline hours for TAF in typical situations, e.g. 3 months for new diabetes, 2 hours per working day for disturbed sleep and 2 hours a week for siblings. The hours are always set case by case.',
    },
    applicants: { eligible: ['parent'] },
    amount: { kind: 'discretionary', cap: 'rud-s42-taf-monthly-cap', per: 'month' },
    needs: ['expenses'],
    conditions: [underEighteen],
    assessment: {
      da: 'Timetallene er udgangspunkter, ikke rettigheder: ny diabetes 3 måneder; urolig søvn typisk 2 timer pr. arbejdsdag; personlig pleje ingen under 10 år og højst 30 min. pr. arbejdsdag over 10 år; søskende 2 timer pr. uge; tilsyn for enlig forsørger indkøb 30 min./uge, tøjvask 30 min./uge, madlavning 30 min./dag; varierende sygdom typisk fuld tid. Aflastning (§ 84) eller hjemmepleje overvejes først.',
      en: 'The hours are starting points, not entitlements: new diabetes 3 months; disturbed sleep typically 2 hours per working day; personal care none under 10 and at most 30 min. per working day over 10; siblings 2 hours a week; supervision for a single parent shopping 30 min./week, laundry 30 min./week, cooking 30 min./day; fluctuating illness typically full time. A relief person (§ 84) or home care is considered first.',
    },
    documentation: {
      regime: 'full-coverage',
      requires: ['medical-statement'],
      text: {
        da: 'Lægelige oplysninger om barnets behov, samt lønsedler og arbejdsgivererklæring som ved § 42.',
        en: 'Medical information on the child’s needs, plus payslips and employer declaration as for § 42.',
      },
    },
    decidedBy: 'caseworker-or-team-lead',
    legalBasis: s42Legal,
    taxable: true,
    sources: [
      { file: U, line: 7670, quote: 'Der kan ydes tabt arbejdsfortjeneste for en periode på 3 måneder til' },
      { file: U, line: 7706, quote: 'Typisk vurderes et behov til 2 timer pr. arbejdsdag.' },
      { file: U, line: 7758, quote: 'personlig pleje af børn under 10 år.' },
      { file: U, line: 7760, quote: 'Udgangspunktet for børn over 10 år er, at der kan ydes maks. 30 min.' },
      { file: U, line: 7786, quote: 'Hvis dette ikke er en mulighed, er udgangspunktet 2 timer pr. uge,' },
      { file: U, line: 7809, quote: 'Indkøb: 30 min. pr. uge' },
      { file: U, line: 7813, quote: 'Forberedelse af mad: 30 min. pr. dag.' },
      { file: U, line: 7811, quote: 'Tøjvask: 30 min. pr. uge' },
      { file: U, line: 7824, quote: 'Behovet vurderes konkret. Typisk vil der bevilges fuld tid, såfremt' },
    ],
    decisions: [
      tafCapDecision,
      {
        ambiguity: 'A-27',
        decision: {
          da: '"Under 10 år" / "over 10 år" (personlig pleje) indgår kun i sagsbehandlerens vurdering af timetallet; systemet beregner ikke timer, og et barn på præcis 10 år vurderes konkret (needs-assessment).',
          en: '"Under 10" / "over 10" (personal care) only feeds the caseworker’s assessment of the hours; the system does not compute hours, and a child aged exactly 10 is assessed case by case (needs-assessment).',
        },
      },
    ],
  },
  {
    id: 'rud-s42-transition',
    municipality: 'rudersdal',
    group: 'lost-earnings',
    name: {
      da: 'Delvis TAF i overgangsperiode (sektoransvar)',
      en: 'Partial TAF while a school or daycare adapts',
    },
    summary: {
      da: 'Undtagelsesvis delvis TAF i normalt højst 3 måneder, hvis barnet udtrættes af en hel dag i dagtilbud eller skole, mens tilbuddet indretter sig. Kræver lægelig dokumentation for udtrætning.',
      en: 'Exceptionally, partial TAF for normally at most 3 months if a full day in daycare or school exhausts the child, while the offer adapts. Needs medical documentation of the exhaustion.',
    },
    applicants: { eligible: ['parent'] },
    amount: { kind: 'discretionary', cap: 'rud-s42-taf-monthly-cap', per: 'month' },
    needs: ['expenses'],
    conditions: [underEighteen],
    assessment: {
      da: 'Gives kun undtagelsesvist og for en periode på normalt højst 3 måneder; skolen eller dagtilbuddet har ansvaret (sektoransvar). Sagsbehandleren vurderer timetal og periode; TAF til en kortere dag i specialtilbud kræver lægelig dokumentation for udtrætning.',
      en: 'Only exceptionally and for normally at most 3 months; the school or daycare is responsible (sector responsibility). The caseworker assesses the hours and the period; TAF for a shorter day in a special offer needs medical documentation of exhaustion.',
    },
    documentation: {
      regime: 'full-coverage',
      requires: ['medical-statement'],
      text: {
        da: 'Lægelig dokumentation for barnets udtrætning, samt lønsedler og arbejdsgivererklæring.',
        en: 'Medical documentation of the child’s exhaustion, plus payslips and employer declaration.',
      },
    },
    decidedBy: 'caseworker-or-team-lead',
    legalBasis: s42Legal,
    taxable: true,
    sources: [
      { file: U, line: 1683, quote: 'tabt arbejdsfortjeneste for en periode på normalt max 3' },
      { file: U, line: 1681, quote: 'fritidstilbud eller lign.), kan der undtagelsesvist gives delvist' },
      { file: U, line: 7959, quote: 'indrettet sig på at kunne rumme barnet. TAF kan kun gives, hvis der' },
      { file: U, line: 7961, quote: 'er lægelig dokumentation for udtrætning af barnet.' },
    ],
    decisions: [tafCapDecision],
  },
  {
    id: 'rud-s42-wind-down',
    municipality: 'rudersdal',
    group: 'lost-earnings',
    name: { da: 'Afviklingsperiode', en: 'Wind-down period after a large reduction or end' },
    summary: {
      da: 'Sættes TAF væsentligt ned (normalt 15 timer om ugen) eller ophører den, fortsætter udbetalingen i 3 måneder efter udgangen af den måned, hvor betingelserne bortfaldt, medmindre en afgrænset periode var aftalt.',
      en: 'When TAF is cut significantly (normally 15 hours a week) or ends, payment continues for 3 months after the end of the month in which the conditions lapsed, unless a limited period was agreed in advance.',
    },
    applicants: { eligible: ['parent'] },
    amount: { kind: 'discretionary', cap: 'rud-s42-taf-monthly-cap', per: 'month' },
    needs: ['expenses'],
    conditions: [underEighteen],
    assessment: {
      da: 'Sagsbehandleren afgør, om nedsættelsen er betydelig (normalt 15 timer om ugen), og om en afgrænset periode var aftalt på forhånd. Perioden forkortes, hvis forælderen begynder at arbejde, og timerne nedsættes ved arbejde på nedsat tid.',
      en: 'The caseworker decides whether the reduction is significant (normally 15 hours a week) and whether a limited period was agreed in advance. The period is shortened if the parent starts work, and the hours are cut for part-time work.',
    },
    documentation: {
      regime: 'none',
      requires: [],
      text: {
        da: 'Oplys straks, hvis du begynder at arbejde i afviklingsperioden.',
        en: 'Tell the caseworker at once if you start work during the wind-down period.',
      },
    },
    decidedBy: 'caseworker-or-team-lead',
    legalBasis: s42Legal,
    taxable: true,
    sources: [
      { file: U, line: 1709, quote: 'Der vil blive fastsat en afviklingsperiode på 3 mdr. efter' },
      { file: U, line: 1715, quote: 'nedsættelse af den tabte arbejdsfortjeneste (normalt 15 timer' },
      {
        file: U,
        line: 7574,
        quote: 'Dette er dog ikke gældende, hvis der på forhånd er aftalt en afgrænset periode.',
      },
      {
        file: U,
        line: 7580,
        quote: 'Hvis forælderen påbegynder arbejde i afviklingsperioden, forkortes periode fra det tidspunkt',
      },
    ],
    decisions: [tafCapDecision],
  },
  {
    id: 'rud-s43-special-supplement',
    municipality: 'rudersdal',
    group: 'lost-earnings',
    name: {
      da: 'Særlig supplerende ydelse (SEL § 43)',
      en: 'Special supplementary benefit (a TAF recipient who loses a part-time job)',
    },
    summary: {
      da: 'Modtager du TAF og mister dit deltidsarbejde uden ret til dagpenge, kan du i højst 3 måneder få et beløb svarende til højeste sygedagpengesats, dog højst 90 % af lønnen i det mistede job.',
      en: 'If you receive TAF and lose your part-time job without a right to unemployment benefit, you can get an amount equal to the highest sickness-benefit rate for at most 3 months, but at most 90 % of your pay in the lost job.',
    },
    applicants: { eligible: ['parent'] },
    amount: {
      kind: 'percentage',
      rate: 'rud-s43-special-supplement-earnings-share',
      of: {
        da: 'arbejdsfortjenesten i det deltidsarbejde, forælderen er blevet ledig fra (ydelsen er højst højeste sygedagpengesats)',
        en: 'the earnings in the part-time job the parent lost (the benefit is at most the highest sickness-benefit rate)',
      },
    },
    needs: ['expenses'],
    conditions: [underEighteen],
    assessment: {
      da: 'Lønnen i det mistede job og den højeste sygedagpengesats fremgår ikke af kravet. Sagsbehandleren kontrollerer, at forælderen er arbejdsløshedsforsikret, ikke har ret til dagpenge, ikke er selvforskyldt ledig og ikke har et rimeligt tilbud om deltidsarbejde, og udbetaler i højst tre måneder efter udgangen af den måned, hvor ledigheden indtraf. Indtægt og formue indgår ikke. ATP deles 1/3 og 2/3.',
      en: 'The pay in the lost job and the highest sickness-benefit rate are not in the claim. The caseworker checks that the parent is insured against unemployment, has no right to unemployment benefit, is not unemployed by own fault and has no reasonable part-time job offer, and pays for at most three months after the end of the month unemployment began. Income and assets are ignored. ATP is split 1/3 and 2/3.',
    },
    documentation: {
      regime: 'full-coverage',
      requires: [],
      text: {
        da: 'Oplysninger om a-kasse, det mistede deltidsarbejde og lønnen dér. Du skal oplyse, hvis du kommer i ordinært arbejde igen.',
        en: 'Details of the unemployment fund, the lost part-time job and its pay. You must report if you return to ordinary work.',
      },
    },
    decidedBy: 'caseworker-or-team-lead',
    legalBasis: {
      da: 'Serviceloven § 43; Rudersdal Kommunes serviceniveau',
      en: 'Social Services Act § 43; Rudersdal service level',
    },
    taxable: true,
    sources: [
      { file: U, line: 1820, quote: 'Ydelsen udgør et beløb svarende til højeste' },
      { file: U, line: 1824, quote: 'fødsel. Der kan dog kun udbetales et beløb, der svarer til 90' },
      { file: U, line: 1838, quote: 'Ydelsen kan højest udbetales i tre måneder efter udgangen af' },
      { file: U, line: 1863, quote: 'Foretages af den enkelte sagsbehandler / socialfaglig leder' },
      { file: U, line: 1834, quote: 'Ydelsen udbetales uden hensyn til ydelsesmodtagerens og' },
      { file: U, line: 1857, quote: 'særlige supplerende ydelse kommer i ordinært arbejde igen.' },
    ],
    decisions: [
      {
        ambiguity: 'A-24',
        decision: {
          da: '"Sagsbehandler / socialfaglig leder" behandles som caseworker-or-team-lead.',
          en: '"Sagsbehandler / socialfaglig leder" is treated as caseworker-or-team-lead.',
        },
      },
    ],
  },
  {
    id: 'rud-s32-taf',
    municipality: 'rudersdal',
    group: 'lost-earnings',
    name: { da: 'TAF ved hjemmetræning', en: 'Lost earnings during home training' },
    summary: {
      da: 'Ved hjemmetræning på fuld tid af et barn under skolealderen kan forældrene få TAF i op til 37 timer om ugen. For skolebørn trækkes skolens timetal fra den fulde arbejdsuge; der gives ikke TAF til hjemmeundervisning.',
      en: 'For full-time home training of a pre-school child the parents can get TAF for up to 37 hours a week. For school children the school hours are deducted from a full working week; there is no TAF for home teaching.',
    },
    applicants: { eligible: ['parent'] },
    amount: { kind: 'discretionary', cap: 'rud-s42-taf-monthly-cap', per: 'month' },
    needs: ['expenses'],
    conditions: [underEighteen],
    assessment: {
      da: 'Timetallet fastsættes konkret: op til 37 timer pr. uge for et barn under skolealderen (kan deles); for skolebørn den fulde arbejdsuge minus skolereformens timetal (0.-3. kl. 28 (30), 4.-6. kl. 30 (32), 7.-9. kl. 33 (35) timer), også ved hjemmeundervisning. Lønnen beregnes som ved § 42 ud fra lønsedler, som kravet ikke indeholder.',
      en: 'The hours are set case by case: up to 37 hours a week for a pre-school child (can be shared); for school children a full working week minus the school-reform hours (grades 0-3 28 (30), 4-6 30 (32), 7-9 33 (35) hours), also when home-schooled. Pay is calculated as for § 42 from payslips the claim does not carry.',
    },
    documentation: tafDocs,
    decidedBy: 'caseworker-or-team-lead',
    legalBasis: {
      da: 'Serviceloven § 32 og § 42; Rudersdal Kommunes serviceniveau, Bilag 1',
      en: 'Social Services Act § 32 and § 42; Rudersdal service level, Annex 1',
    },
    taxable: true,
    sources: [
      { file: U, line: 5766, quote: 'ydes tabt arbejdsfortjeneste til forældrene på op til 37 timer' },
      { file: U, line: 5733, quote: '28 (30) timer ugentligt' },
      { file: U, line: 5735, quote: '30 (32) timer ugentligt' },
      { file: U, line: 5737, quote: '33 (35) timer ugentligt.' },
      { file: U, line: 5780, quote: 'Ved hjemmetræning af skolebørn kan der ikke ydes tabt' },
      { file: U, line: 5790, quote: 'Dette timetal fratrækkes den fulde arbejdsuge.' },
      { file: U, line: 939, quote: 'herunder til tabt arbejdsfortjeneste efter SEL § 42.' },
    ],
    decisions: [
      tafCapDecision,
      {
        ambiguity: 'A-24',
        decision: {
          da: 'Kilden siger ikke, hvem der bevilger TAF ved hjemmetræning. Hjemmetræningen godkendes af det tværfaglige visitationsudvalg, men TAF søges efter § 42 ("Se nærmere servicestandard om § 42"), så sagsbehandler / faglig leder (caseworker-or-team-lead) afgør kravet.',
          en: 'The source does not say who grants TAF during home training. The home training is approved by the interdisciplinary allocation panel, but TAF is applied for under § 42 ("Se nærmere servicestandard om § 42"), so the caseworker / team lead (caseworker-or-team-lead) decides the claim.',
        },
      },
    ],
  },
];
