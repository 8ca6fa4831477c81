import { boardAndLodgingExclusions } from './board-and-lodging';
import type { ExclusionInput } from './schema';

const R = '000_c74158a5613874a4.txt' as const;
const U = '004_2ef01a3e92adb0b8.txt' as const;

/** The § 42 exclusions also guard TAF during § 32 home training, which is measured by the § 42 standard. */
const s42Taf = ['rud-s42-', 'rud-s32-taf'];

/**
 * Items the sources exclude (rules-catalogue §1.7). The engine refuses an expense, trip or item line
 * whose lower-cased description contains one of an entry's keywords as a substring, using the
 * first entry that matches. Keywords are therefore long, specific words or phrases that do not
 * occur in the descriptions of covered items (e.g. no "bil", "forsikring", "billet" or
 * "kontingent" alone), and entries that guard every Rudersdal benefit come last so that a
 * provision's own rule is quoted first.
 */
export const exclusions: ExclusionInput[] = [
  // ── Randers: relief families ────────────────────────────────────────────────────────────
  {
    id: 'ran-x-accident-insurance',
    municipality: 'randers',
    name: { da: 'Ulykkesforsikring til barnet', en: 'Accident insurance for the child' },
    appliesTo: ['ran-'],
    keywords: ['ulykkesforsikring', 'børneforsikring', 'accident insurance', 'child insurance'],
    reason: {
      da: 'Dækkes ikke: "Barnets forældre er selv ansvarlige for at tegne en ulykkesforsikring til barnet."',
      en: 'Not covered: "The child’s parents are themselves responsible for taking out accident insurance for the child."',
    },
    sources: [
      {
        file: R,
        line: 342,
        quote: 'Barnets forældre er selv ansvarlige for at tegne en ulykkesforsikring til barnet.',
      },
    ],
  },
  {
    id: 'ran-x-minor-damage',
    municipality: 'randers',
    name: { da: 'Mindre skader (under 300 kr.)', en: 'Minor damage (under DKK 300)' },
    appliesTo: ['ran-'],
    keywords: ['bagatelskade', 'småskade', 'minor damage', 'petty damage'],
    reason: {
      da: 'Dækkes ikke: "Ved mindre skader (under 300 kr.) afholder aflastningsfamilien udgiften."',
      en: 'Not covered: "For minor damage (under DKK 300) the relief family bears the cost."',
    },
    sources: [
      { file: R, line: 335, quote: 'Ved mindre skader (under 300' },
      { file: R, line: 336, quote: 'afholder aflastningsfamilien udgiften' },
    ],
  },
  {
    id: 'ran-x-child-care-items',
    municipality: 'randers',
    name: {
      da: 'Skade på ting overladt i barnets varetægt',
      en: 'Damage to things left in the child’s care',
    },
    appliesTo: ['ran-'],
    keywords: [
      'plejebarnets værelse',
      'barnets værelse',
      'ting på værelset',
      'overladt til barnet',
      'i barnets varetægt',
      "child's room",
      'child’s room',
      "in the child's care",
      'in the child’s care',
      'left with the child',
    ],
    reason: {
      da: 'Dækkes ikke: forsikringen dækker skade på aflastningsfamiliens ting, "dog ikke ting, der er overladt i plejebarnets varetægt – så som ting på værelset, dagligdagsting til brug for plejebørn og lignende."',
      en: 'Not covered: the insurance covers damage to the relief family’s belongings, "but not things left in the foster child’s care, such as things in the child’s room, everyday things for the foster child’s use and the like."',
    },
    sources: [
      { file: R, line: 334, quote: 'dog ikke ting, der er overladt i plejebarnets varetægt' },
      {
        file: R,
        line: 335,
        quote: 'så som ting på værelset, dagligdagsting til brug for plejebørn og lignende.',
      },
    ],
  },
  {
    id: 'ran-x-entrance-tickets',
    municipality: 'randers',
    name: { da: 'Entré, billetter og forlystelser', en: 'Entrance fees, tickets and amusements' },
    appliesTo: ['ran-'],
    keywords: [
      'entré',
      'entrebillet',
      'entrebetaling',
      'adgangsbillet',
      'forlystelse',
      'tivoli',
      'biografbillet',
      'turpas',
      'entrance fee',
      'entrance ticket',
      'admission fee',
      'admission ticket',
      'amusement',
      'cinema ticket',
    ],
    reason: {
      da: 'Ingen særskilt ydelse: omkostningsbeløbet dækker kost, logi og daglige fornødenheder. "Det skal også dække udgifter til evt. entrébetaling, billetter og lign. i forbindelse med forlystelser."',
      en: 'No separate supplement: the cost allowance covers board, lodging and daily necessities. "It must also cover any entrance fees, tickets and the like for amusements."',
    },
    sources: [
      { file: R, line: 393, quote: 'Omkostningsbeløbet skal dække udgifterne til kost og logi' },
      {
        file: R,
        line: 395,
        quote: 'Det skal også dække udgifter til evt. entrébetaling, billetter og lign.',
      },
      { file: R, line: 397, quote: 'forbindelse med forlystelser.' },
    ],
  },

  // ── Rudersdal: relief activity money and § 52 a ─────────────────────────────────────────
  {
    id: 'rud-x-relief-activity-money',
    municipality: 'rudersdal',
    name: {
      da: 'Aktivitetspenge ved aflastning (§ 44 og § 52, stk. 3, nr. 5)',
      en: 'Activity money in relief (§ 44 and § 52(3)(5))',
    },
    // Not rud-activity-amount: Bilag 4 allows an activity subsidy "i særlige tilfælde".
    appliesTo: ['rud-relief-s44', 'rud-relief-s52-vulnerable'],
    keywords: [
      'aktivitetspenge',
      'aktivitetsbeløb',
      'aktivitetstilskud',
      'activity money',
      'activity allowance',
      'activity subsidy',
      'activity amount',
    ],
    reason: {
      da: 'Dækkes ikke: ved aflastning efter § 44 "Der ydes ikke aktivitetspenge"; ved aflastning af udsatte børn efter § 52, stk. 3, nr. 5 "Der gives som udgangspunkt ikke aktivitetspenge."',
      en: 'Not covered: in § 44 relief "no activity money is given"; in § 52(3)(5) relief for vulnerable children "as a rule no activity money is given."',
    },
    sources: [
      { file: U, line: 1941, quote: 'udgifter, som ikke er omfattet af vederlaget. Der ydes ikke' },
      { file: U, line: 1943, quote: 'aktivitetspenge.' },
      { file: U, line: 3168, quote: 'Der gives som udgangspunkt ikke aktivitetspenge.' },
    ],
  },
  {
    id: 'rud-x-s52a-maintenance',
    municipality: 'rudersdal',
    name: { da: 'Løbende forsørgelsesudgifter (§ 52 a)', en: 'Ongoing maintenance costs (§ 52 a)' },
    appliesTo: ['rud-s52a-'],
    keywords: [
      'forsørgelsesudgift',
      'løbende forsørgelse',
      'leveomkostninger',
      'husholdningspenge',
      'living expenses',
      'living costs',
      'cost of living',
      'household money',
      'subsistence',
    ],
    reason: {
      da: 'Dækkes ikke: "Bestemmelsen giver ikke mulighed for at yde en familie hjælp til løbende forsørgelsesudgifter."',
      en: 'Not covered: "The provision does not allow help to a family with ongoing maintenance costs."',
    },
    sources: [
      { file: U, line: 4900, quote: 'Bestemmelsen giver ikke mulighed for at yde en familie hjælp til' },
      { file: U, line: 4902, quote: 'løbende forsørgelsesudgifter.' },
    ],
  },

  // ── Rudersdal § 41 (Bilag 2) ────────────────────────────────────────────────────────────
  {
    id: 'rud-x-s41-allergy-asthma',
    municipality: 'rudersdal',
    name: { da: 'Astma og allergi', en: 'Asthma and allergy' },
    appliesTo: ['rud-s41-'],
    keywords: [
      'astma',
      'asthma',
      'allergiker',
      'allergimedicin',
      'allergitest',
      'allergivaccin',
      'fødevareallergi',
      'pollenallergi',
      'høfeber',
      'allergy',
      'hay fever',
    ],
    reason: {
      da: 'Dækkes som regel ikke: "Børn med astma / allergi er normalt ikke omfattet af målgruppen for § 41."',
      en: 'Normally not covered: "Children with asthma / allergy are normally not in the § 41 target group."',
    },
    sources: [
      { file: U, line: 5960, quote: 'Børn med astma / allergi er normalt ikke omfattet af' },
      { file: U, line: 5962, quote: 'målgruppen for § 41.' },
    ],
  },
  {
    id: 'rud-x-s41-insurance',
    municipality: 'rudersdal',
    name: { da: 'Forsikringer og sygeforsikring', en: 'Insurance and health insurance' },
    // Car insurance for a granted disability car is a covered running cost, so no bare "forsikring".
    appliesTo: ['rud-s41-'],
    keywords: [
      'ulykkesforsikring',
      'livsforsikring',
      'børneforsikring',
      'helbredsforsikring',
      'sundhedsforsikring',
      'rejseforsikring',
      'sygeforsikringskontingent',
      'kontingent til sygeforsikring',
      'accident insurance',
      'life insurance',
      'child insurance',
      'health insurance',
      'travel insurance',
    ],
    reason: {
      da: 'Dækkes som hovedregel ikke: "Der ydes som hovedregel ikke hjælp til forsikringer, da det normalt ikke anses som en nødvendig merudgift". "Der kan heller ikke ydes hjælp til dækning af sygeforsikringer."',
      en: 'As a rule not covered: "As a rule no help is given for insurance, as it is normally not a necessary extra cost". "Nor can help be given to cover health insurance."',
    },
    sources: [
      { file: U, line: 6627, quote: 'Der ydes som hovedregel ikke hjælp til forsikringer, da' },
      { file: U, line: 6633, quote: 'Der kan heller ikke ydes hjælp til dækning af' },
      { file: U, line: 6635, quote: 'sygeforsikringer. Servicelovens § 41 omfatter ikke' },
    ],
  },
  {
    id: 'rud-x-s41-patient-association',
    municipality: 'rudersdal',
    name: { da: 'Kontingent til patientforeninger', en: 'Patient-association membership' },
    // Leisure-club fees (kontingent) are covered under rud-s41-leisure, so no bare "kontingent".
    appliesTo: ['rud-s41-'],
    keywords: [
      'patientforening',
      'interesseorganisation',
      'patient association',
      'patient organisation',
      'patient organization',
      'interest organisation',
      'interest organization',
    ],
    reason: {
      da: 'Dækkes ikke: "Der ydes ikke merudgifter til kontingent til patientforeninger eller interesseorganisationer, da det ikke anses for at være en nødvendig merudgift".',
      en: 'Not covered: "No extra costs are given for membership of patient associations or interest organisations, as it is not a necessary extra cost".',
    },
    sources: [
      { file: U, line: 6961, quote: 'Der ydes ikke merudgifter til kontingent til' },
      { file: U, line: 6963, quote: 'patientforeninger eller interesseorganisationer, da det' },
    ],
  },
  {
    id: 'rud-x-s41-toys',
    municipality: 'rudersdal',
    name: { da: 'Legetøj', en: 'Toys' },
    appliesTo: ['rud-s41-'],
    keywords: ['legetøj', 'toys', 'lego', 'playmobil', 'bamse', 'teddy', 'plaything'],
    reason: {
      da: 'Dækkes som udgangspunkt ikke: "Der kan som udgangspunkt ikke bevilges betaling af legetøj, uanset at legetøjet er specielt udviklet til børn med funktionsnedsættelse."',
      en: 'As a rule not covered: "As a rule, payment for toys cannot be granted, even if the toys are specially developed for children with disabilities."',
    },
    sources: [
      { file: U, line: 7134, quote: 'Der kan som udgangspunkt ikke bevilges betaling af' },
      { file: U, line: 7136, quote: 'legetøj, uanset at legetøjet er specielt udviklet til børn' },
    ],
  },
  {
    id: 'rud-x-s41-washing-machine',
    municipality: 'rudersdal',
    name: { da: 'Vaskemaskine', en: 'Washing machine' },
    appliesTo: ['rud-s41-'],
    keywords: ['vaskemaskine', 'washing machine'],
    reason: {
      da: 'Dækkes ikke: "Anskaffelse af vaskemaskine er ikke omfattet af SEL § 113 om forbrugsgoder, da det anses for at være sædvanligt indbo". Ekstra tøjvask dækkes pr. vask under tøjvask.',
      en: 'Not covered: "Buying a washing machine is not covered by SEL § 113 on consumer goods, as it is ordinary household equipment". Extra washing is paid per wash under laundry.',
    },
    sources: [
      { file: U, line: 6937, quote: 'Anskaffelse af vaskemaskine er ikke omfattet af SEL §' },
      { file: U, line: 6939, quote: '113 om forbrugsgoder, da det anses for at være' },
      { file: U, line: 6941, quote: 'sædvanligt indbo, jf. C-31-02.' },
    ],
  },
  {
    id: 'rud-x-s41-infant-formula',
    municipality: 'rudersdal',
    name: { da: 'Særlig modermælkserstatning', en: 'Special infant formula' },
    appliesTo: ['rud-s41-'],
    keywords: ['modermælkserstatning', 'modermælks-erstatning', 'infant formula', 'baby formula'],
    reason: {
      da: 'Dækkes ikke: "Der kan ikke ydes merudgifter til en særlig modermælkserstatning til spædbørn, der skønnes at være særlig disponeret for allergi."',
      en: 'Not covered: "No extra costs can be given for a special infant formula for babies judged to be especially prone to allergy."',
    },
    sources: [
      { file: U, line: 7039, quote: 'Der kan ikke ydes merudgifter til en særlig' },
      { file: U, line: 7041, quote: 'modermælkserstatning til spædbørn' },
      { file: U, line: 7043, quote: 'være særlig disponeret for allergi.' },
    ],
  },
  {
    id: 'rud-x-s41-networking-courses',
    municipality: 'rudersdal',
    name: {
      da: 'Kurser til erfaringsudveksling og netværk',
      en: 'Networking and experience-exchange courses',
    },
    appliesTo: ['rud-s41-'],
    keywords: [
      'netværkskursus',
      'netværksdannelse',
      'netværksweekend',
      'netværkstræf',
      'netværksgruppe',
      'erfaringsudveksling',
      'networking',
      'network course',
      'network weekend',
      'experience exchange',
      'exchange of experience',
    ],
    reason: {
      da: 'Dækkes ikke: "Der bevilges ikke kurser til erfaringsudveksling og netværksdannelse med andre familier og børn med funktionsnedsættelse."',
      en: 'Not covered: "Courses for exchanging experience and networking with other families and children with disabilities are not granted."',
    },
    sources: [
      { file: U, line: 7106, quote: 'Der bevilges ikke kurser til erfaringsudveksling og' },
      { file: U, line: 7108, quote: 'netværksdannelse med andre familier og børn med' },
    ],
  },
  {
    id: 'rud-x-s41-camp-school-abroad',
    municipality: 'rudersdal',
    name: { da: 'Lejrskole i udlandet (§ 41)', en: 'Camp school abroad (§ 41)' },
    appliesTo: ['rud-s41-camp-school'],
    keywords: ['udlandet', 'i udland', 'abroad', 'overseas'],
    reason: {
      da: 'Dækkes ikke: § 41 støtter kun lejrskole i Danmark ("lejrskole i Danmark, fratrukket en egenbetaling på 2500 kr.").',
      en: 'Not covered: § 41 supports only a camp school in Denmark ("camp school in Denmark, less an own payment of DKK 2,500").',
    },
    sources: [{ file: U, line: 6613, quote: 'Danmark, fratrukket en egenbetaling på 2500 kr.' }],
  },
  {
    id: 'rud-x-s41-helper-abroad',
    municipality: 'rudersdal',
    name: { da: 'Medfølgende hjælper i udlandet (§ 41)', en: 'Holiday helper abroad (§ 41)' },
    appliesTo: ['rud-s41-holiday-helper'],
    keywords: ['udlandet', 'i udland', 'abroad', 'overseas'],
    reason: {
      da: 'Dækkes ikke: "Medfølgende hjælper (kan ikke medtages til udlandet)".',
      en: 'Not covered: "A helper on holiday (cannot be taken abroad)".',
    },
    sources: [{ file: U, line: 6570, quote: 'Medfølgende hjælper (kan ikke medtages til udlandet)' }],
  },
  {
    id: 'rud-x-s41-summer-camp',
    municipality: 'rudersdal',
    name: { da: 'Sommerlejr m.v.', en: 'Summer camp etc.' },
    appliesTo: ['rud-s41-'],
    keywords: [
      'sommerlejr',
      'ferielejr',
      'feriekoloni',
      'spejderlejr',
      'summer camp',
      'holiday camp',
      'scout camp',
    ],
    reason: {
      da: 'Dækkes som udgangspunkt ikke: "Som udgangspunkt ydes der ikke hjælp til udgifter til sommerlejr m.v., da familier med børn må påregne udgifter hertil." Kun en lejrskole i Danmark kan undtagelsesvist støttes.',
      en: 'As a rule not covered: "As a rule no help is given for summer camp etc., as families with children must expect such costs." Only a camp school in Denmark can exceptionally be supported.',
    },
    sources: [
      { file: U, line: 6605, quote: 'Som udgangspunkt ydes der ikke hjælp til udgifter til' },
      { file: U, line: 6607, quote: 'sommerlejr m.v., da familier med børn må påregne' },
    ],
  },
  {
    id: 'rud-x-s41-car-purchase',
    municipality: 'rudersdal',
    name: { da: 'Køb af bil', en: 'Car purchase' },
    // No "bil"/"køb af bil"/"new car": they would also match car seats (bilstol, car seat).
    appliesTo: ['rud-s41-'],
    keywords: [
      'bilkøb',
      'bilanskaffelse',
      'køb af handicapbil',
      'anskaffelse af handicapbil',
      'car purchase',
      'vehicle purchase',
      'purchase of a vehicle',
    ],
    reason: {
      da: 'Dækkes ikke efter § 41: "Hjælp til anskaffelse af bil til befordring af børn og unge med funktionsnedsættelse kan ikke ydes efter SEL § 41, men evt. efter reglerne i servicelovens § 114."',
      en: 'Not covered by § 41: "Help to buy a car for transporting children and young people with disabilities cannot be given under SEL § 41, but possibly under § 114."',
    },
    sources: [
      { file: U, line: 6148, quote: 'Hjælp til anskaffelse af bil til befordring af børn og unge' },
      { file: U, line: 6150, quote: 'med funktionsnedsættelse kan ikke ydes efter SEL § 41,' },
      { file: U, line: 6152, quote: 'men evt. efter reglerne i servicelovens § 114.' },
    ],
  },
  {
    id: 'rud-x-s41-loan-repayments',
    municipality: 'rudersdal',
    name: { da: 'Afdrag', en: 'Loan repayments' },
    appliesTo: ['rud-s41-'],
    keywords: [
      'afdrag',
      'billån',
      'låneydelse',
      'ydelse på lån',
      'loan repayment',
      'repayment',
      'instalment',
      'installment',
      'car loan',
    ],
    reason: {
      da: 'Dækkes ikke: ved drift af bil "Der ydes ikke merudgifter til Afdrag".',
      en: 'Not covered: for running a car "No extra costs are given for loan repayments".',
    },
    sources: [
      { file: U, line: 6335, quote: 'Der ydes ikke merudgifter til' },
      { file: U, line: 6337, quote: 'Afdrag' },
    ],
  },
  {
    id: 'rud-x-s41-diesel-tax',
    municipality: 'rudersdal',
    name: { da: 'Udligningsafgift på dieselbil', en: 'Diesel equalisation tax' },
    appliesTo: ['rud-s41-'],
    keywords: ['udligningsafgift', 'dieselafgift', 'diesel tax', 'equalisation tax', 'equalization tax'],
    reason: {
      da: 'Dækkes ikke: "Der ydes ikke merudgifter til … Udligningsafgift på dieselbil".',
      en: 'Not covered: "No extra costs are given for … the diesel equalisation tax".',
    },
    sources: [
      { file: U, line: 6335, quote: 'Der ydes ikke merudgifter til' },
      { file: U, line: 6339, quote: 'Udligningsafgift på dieselbil' },
    ],
  },
  {
    id: 'rud-x-s41-green-taxes',
    municipality: 'rudersdal',
    name: { da: 'Grønne afgifter', en: 'Green taxes' },
    appliesTo: ['rud-s41-'],
    keywords: [
      'grøn afgift',
      'grønne afgift',
      'ejerafgift',
      'green tax',
      'green owner tax',
      'vehicle tax',
      'road tax',
    ],
    reason: {
      da: 'Dækkes ikke: "Der ydes ikke merudgifter til … Grønne afgifter".',
      en: 'Not covered: "No extra costs are given for … green taxes".',
    },
    sources: [
      { file: U, line: 6335, quote: 'Der ydes ikke merudgifter til' },
      { file: U, line: 6341, quote: 'Grønne afgifter' },
    ],
  },
  {
    id: 'rud-x-s41-disability-fittings-repair',
    municipality: 'rudersdal',
    name: {
      da: 'Reparation af handicapindretninger i bilen',
      en: 'Repairs of disability fittings in the car',
    },
    appliesTo: ['rud-s41-'],
    keywords: [
      'handicapindretning',
      'reparation af lift',
      'reparation af rampe',
      'liftreparation',
      'disability fitting',
      'disability adaptation',
      'lift repair',
      'ramp repair',
    ],
    reason: {
      da: 'Dækkes ikke efter § 41: "Der ydes ikke merudgifter til … Reparation af handicapindretninger i bilen."',
      en: 'Not covered by § 41: "No extra costs are given for … repairs of disability fittings in the car."',
    },
    sources: [
      { file: U, line: 6335, quote: 'Der ydes ikke merudgifter til' },
      { file: U, line: 6343, quote: 'Reparation af handicapindretninger i bilen.' },
    ],
  },
  {
    id: 'rud-x-s41-car-damage-falck',
    municipality: 'rudersdal',
    name: { da: 'Skader, hærværk og Falck-abonnement', en: 'Damage, vandalism and Falck subscription' },
    // Car context only: rud-s41-furniture covers furniture the child destroyed.
    appliesTo: ['rud-s41-car-running', 'rud-s41-transport-'],
    keywords: [
      'hærværk',
      'falck',
      'vejhjælp',
      'autohjælp',
      'redningsabonnement',
      'bilskade',
      'skade på bilen',
      'vandalism',
      'roadside assistance',
      'breakdown cover',
      'car damage',
      'damage to the car',
    ],
    reason: {
      da: 'Dækkes som udgangspunkt ikke: "Skader og hærværk og Falck-abonnement dækkes som udgangspunkt ikke."',
      en: 'As a rule not covered: "Damage, vandalism and a Falck subscription are as a rule not covered."',
    },
    sources: [
      { file: U, line: 6331, quote: 'Skader og hærværk og Falck-abonnement dækkes som' },
      { file: U, line: 6333, quote: 'udgangspunkt ikke.' },
    ],
  },
  {
    id: 'rud-x-s41-driving-without-child',
    municipality: 'rudersdal',
    name: { da: 'Kørsel uden barn', en: 'Driving without the child' },
    // Not rud-s41-hospital-visits: the visiting parent drives to the child in hospital.
    appliesTo: ['rud-s41-car-running', 'rud-s41-transport-'],
    keywords: [
      'uden barn',
      'barnet var ikke med',
      'barnet ikke med',
      'without the child',
      'without child',
      'child not in the car',
      'child not present',
    ],
    reason: {
      da: 'Dækkes ikke: "Kørsel uden barn dækkes ikke."',
      en: 'Not covered: "Driving without the child is not covered."',
    },
    sources: [
      { file: U, line: 6194, quote: 'Kørsel uden barn dækkes ikke.' },
      { file: U, line: 6244, quote: 'Kørsel uden barn dækkes ikke.' },
      { file: U, line: 6280, quote: 'Kørsel uden barn dækkes ikke.' },
    ],
  },
  {
    id: 'rud-x-s41-hospital-parking',
    municipality: 'rudersdal',
    name: { da: 'Parkering ved hospitalsbesøg', en: 'Parking at hospitals' },
    // Parking at a specialist without own parking is covered (rud-s41-parking): hospital phrases only.
    appliesTo: ['rud-s41-'],
    keywords: [
      'hospitalsparkering',
      'sygehusparkering',
      'parkering hospital',
      'parkering ved hospital',
      'parkering på hospital',
      'parkering sygehus',
      'parkering ved sygehus',
      'parkering på sygehus',
      'parkering rigshospital',
      'parkering ved rigshospital',
      'parkering på rigshospital',
      'hospital parking',
      'parking at hospital',
      'parking at the hospital',
      'parking hospital',
    ],
    reason: {
      da: 'Dækkes som udgangspunkt ikke: "Som udgangspunkt bevilges der ikke dækning af parkeringsafgift ved hospitalsbesøg. Der henvises til hospitalets parkeringsmuligheder."',
      en: 'As a rule not covered: "As a rule parking fees at hospital visits are not covered. The hospital’s parking options should be used."',
    },
    sources: [
      { file: U, line: 6876, quote: 'Som udgangspunkt bevilges der ikke dækning af' },
      { file: U, line: 6878, quote: 'parkeringsafgift ved hospitalsbesøg.' },
    ],
  },
  {
    id: 'rud-x-s41-parking-item-at-hospital',
    municipality: 'rudersdal',
    name: {
      da: 'Parkering ved hospitalsbesøg (søgt som parkering)',
      en: 'Parking at hospitals (claimed as parking)',
    },
    // Within the parking item any hospital is the excluded case; it only covers specialists without parking.
    appliesTo: ['rud-s41-parking'],
    keywords: ['hospital', 'sygehus'],
    reason: {
      da: 'Dækkes som udgangspunkt ikke: "Som udgangspunkt bevilges der ikke dækning af parkeringsafgift ved hospitalsbesøg." Parkering dækkes kun hos fx en speciallæge uden egne parkeringspladser.',
      en: 'As a rule not covered: "As a rule parking fees at hospital visits are not covered." Parking is only covered at e.g. a specialist without their own parking spaces.',
    },
    sources: [
      { file: U, line: 6876, quote: 'Som udgangspunkt bevilges der ikke dækning af' },
      { file: U, line: 6878, quote: 'parkeringsafgift ved hospitalsbesøg.' },
      { file: U, line: 6886, quote: 'kontroller hos f.eks. en speciallæge uden egne' },
    ],
  },
  {
    id: 'rud-x-s41-orthopaedic-footwear',
    municipality: 'rudersdal',
    name: { da: 'Egenbetaling til ortopædisk fodtøj', en: 'Own payment for orthopaedic footwear' },
    // No bare "ortopæd": it would match trips to an orthopaedic surgeon (ortopædkirurg).
    appliesTo: ['rud-s41-'],
    keywords: [
      'ortopædisk fodtøj',
      'ortopædisk fortøj',
      'ortopædiske sko',
      'ortopædisk sko',
      'ortopædsko',
      'ortopædiske støvle',
      'ortopædisk støvle',
      'orthopaedic shoe',
      'orthopedic shoe',
      'orthopaedic footwear',
      'orthopedic footwear',
      'orthopaedic boot',
      'orthopedic boot',
    ],
    reason: {
      da: 'Dækkes ikke efter § 41: ortopædisk fodtøj ydes "efter SEL § 112. Der kan ikke ydes hjælp til egenbetaling."',
      en: 'Not covered by § 41: orthopaedic footwear is given "under SEL § 112. No help can be given towards the own payment."',
    },
    sources: [
      { file: U, line: 7319, quote: 'Hvis det er nødvendigt med ortopædisk fortøj, herunder' },
      { file: U, line: 7323, quote: 'efter SEL § 112. Der kan ikke ydes hjælp til' },
      { file: U, line: 7325, quote: 'egenbetaling.' },
    ],
  },

  // ── Rudersdal § 32 home training (Bilag 1) ──────────────────────────────────────────────
  {
    id: 'rud-x-s32-au-pair',
    municipality: 'rudersdal',
    name: { da: 'Au pair som træner eller hjælper', en: 'Au pair as trainer or helper' },
    appliesTo: ['rud-s32-'],
    keywords: ['au pair', 'au-pair', 'aupair'],
    reason: {
      da: 'Dækkes ikke, heller ikke selv om rammebeløbet ikke er brugt: "Der kan ikke ydes tilskud til au pair efter denne bestemmelse. Au pair kan således ikke anvendes som træner / hjælper."',
      en: 'Not covered, even if the budget frame is unused: "No subsidy can be given for an au pair under this provision. An au pair therefore cannot be used as trainer / helper."',
    },
    sources: [
      { file: U, line: 5658, quote: 'Der kan ikke ydes tilskud til au pair efter denne bestemmelse.' },
      { file: U, line: 5660, quote: 'Au pair kan således ikke anvendes som træner / hjælper.' },
    ],
  },
  {
    id: 'rud-x-s32-home-teaching',
    municipality: 'rudersdal',
    name: { da: 'TAF til hjemmeundervisning', en: 'Lost earnings for home teaching' },
    appliesTo: ['rud-s32-', 'rud-s42-'],
    keywords: [
      'hjemmeundervisning',
      'hjemmeunderviser',
      'home teaching',
      'home schooling',
      'homeschooling',
      'home-schooling',
      'home education',
    ],
    reason: {
      da: 'Dækkes ikke: hjemmetræning efter § 32 omfatter ikke "Tabt arbejdsfortjeneste til evt. hjemmeundervisning", og efter § 42 "Der kan ikke ydes tabt arbejdsfortjeneste for den tid, forældrene evt. hjemmeunderviser deres barn." Skolens timetal trækkes fra den fulde arbejdsuge.',
      en: 'Not covered: § 32 home training does not include "lost earnings for any home teaching", and under § 42 "no lost earnings can be paid for the time the parents home-teach their child." The school hours are deducted from a full working week.',
    },
    sources: [
      { file: U, line: 943, quote: 'Ydelsen omfatter ikke' },
      { file: U, line: 945, quote: 'Tabt arbejdsfortjeneste til evt. hjemmeundervisning' },
      { file: U, line: 5780, quote: 'Ved hjemmetræning af skolebørn kan der ikke ydes tabt' },
      {
        file: U,
        line: 7908,
        quote: 'Der kan ikke ydes tabt arbejdsfortjeneste for den tid, forældrene evt.',
      },
      { file: U, line: 7910, quote: 'hjemmeunderviser deres barn.' },
    ],
  },
  {
    id: 'rud-x-s32-courses-abroad',
    municipality: 'rudersdal',
    name: { da: 'Kurser i udlandet', en: 'Courses abroad' },
    appliesTo: ['rud-s32-'],
    keywords: [
      'kursus i udlandet',
      'kurser i udlandet',
      'kursus udlandet',
      'udlandskursus',
      'udenlandsk kursus',
      'kursus i usa',
      'course abroad',
      'courses abroad',
      'training abroad',
      'philadelphia',
    ],
    reason: {
      da: 'Dækkes ikke, heller ikke selv om rammebeløbet ikke er brugt: hjemmetræningen "omfatter ikke … Kurser i udlandet".',
      en: 'Not covered, even if the budget frame is unused: home training "does not include … courses abroad".',
    },
    sources: [
      { file: U, line: 943, quote: 'Ydelsen omfatter ikke' },
      { file: U, line: 951, quote: 'Kurser i udlandet' },
      { file: U, line: 967, quote: 'Dette gælder uanset om budgetrammen ikke er anvendt fuldt' },
    ],
  },
  {
    id: 'rud-x-s32-treatment',
    municipality: 'rudersdal',
    name: { da: 'Behandling (sundhedslovgivningen)', en: 'Treatment (health legislation)' },
    appliesTo: ['rud-s32-'],
    keywords: [
      'lægebehandling',
      'behandling hos',
      'kiropraktor',
      'zoneterapi',
      'zoneterapeut',
      'akupunktur',
      'osteopat',
      'kraniosakral',
      'medical treatment',
      'chiropractor',
      'chiropractic',
      'acupuncture',
      'osteopath',
      'reflexology',
    ],
    reason: {
      da: 'Dækkes ikke, heller ikke selv om rammebeløbet ikke er brugt: hjemmetræningen "omfatter ikke … Behandling (hører under sundhedslovgivningen)".',
      en: 'Not covered, even if the budget frame is unused: home training "does not include … treatment (which falls under the health legislation)".',
    },
    sources: [
      { file: U, line: 943, quote: 'Ydelsen omfatter ikke' },
      { file: U, line: 953, quote: 'Behandling (hører under sundhedslovgivningen)' },
      { file: U, line: 967, quote: 'Dette gælder uanset om budgetrammen ikke er anvendt fuldt' },
    ],
  },
  {
    id: 'rud-x-s32-body-worn-aids',
    municipality: 'rudersdal',
    name: { da: 'Kropsbårne hjælpemidler', en: 'Body-worn aids' },
    appliesTo: ['rud-s32-'],
    keywords: [
      'kropsbår',
      'body-worn',
      'body worn',
      'ortose',
      'orthosis',
      'orthoses',
      'protese',
      'prosthesis',
      'høreapparat',
      'hearing aid',
      'paryk',
    ],
    reason: {
      da: 'Dækkes ikke, heller ikke selv om rammebeløbet ikke er brugt: hjemmetræningen "omfatter ikke … Kropsbårne hjælpemidler".',
      en: 'Not covered, even if the budget frame is unused: home training "does not include … body-worn aids".',
    },
    sources: [
      { file: U, line: 943, quote: 'Ydelsen omfatter ikke' },
      { file: U, line: 961, quote: 'Kropsbårne hjælpemidler' },
      { file: U, line: 967, quote: 'Dette gælder uanset om budgetrammen ikke er anvendt fuldt' },
    ],
  },
  {
    id: 'rud-x-s32-pressure-chamber',
    municipality: 'rudersdal',
    name: {
      da: 'Trykkammer og redskaber til respirationstræning',
      en: 'Pressure chamber and respiratory-training equipment',
    },
    appliesTo: ['rud-s32-'],
    keywords: [
      'trykkammer',
      'hyperbar',
      'iltkammer',
      'respirationstræning',
      'pressure chamber',
      'hyperbaric',
      'oxygen chamber',
      'respiratory training',
      'breathing trainer',
    ],
    reason: {
      da: 'Dækkes ikke, heller ikke selv om rammebeløbet ikke er brugt: hjemmetræningen "omfatter ikke … Trykkammer og redskaber til respirationstræning (hører under sundhedslovgivningen)".',
      en: 'Not covered, even if the budget frame is unused: home training "does not include … a pressure chamber and respiratory-training equipment (which fall under the health legislation)".',
    },
    sources: [
      { file: U, line: 943, quote: 'Ydelsen omfatter ikke' },
      { file: U, line: 963, quote: 'Trykkammer og redskaber til respirationstræning' },
      { file: U, line: 965, quote: '(hører under sundhedslovgivningen).' },
      { file: U, line: 967, quote: 'Dette gælder uanset om budgetrammen ikke er anvendt fuldt' },
    ],
  },

  // ── Rudersdal § 42 lost earnings (Bilag 3) ──────────────────────────────────────────────
  {
    id: 'rud-x-s42-homework',
    municipality: 'rudersdal',
    name: { da: 'TAF til lektielæsning', en: 'Lost earnings for homework' },
    appliesTo: s42Taf,
    keywords: ['lektie', 'homework'],
    reason: {
      da: 'Dækkes ikke: "Der gives ikke tabt arbejdsfortjeneste til lektielæsning, da det er en opgave, der skal løses i skoleregi."',
      en: 'Not covered: "No lost earnings are given for homework, as it is a task for the school."',
    },
    sources: [
      {
        file: U,
        line: 7914,
        quote: 'Der gives ikke tabt arbejdsfortjeneste til lektielæsning, da det er en',
      },
      { file: U, line: 7916, quote: 'opgave, der skal løses i skoleregi.' },
    ],
  },
  {
    id: 'rud-x-s42-chores',
    municipality: 'rudersdal',
    name: {
      da: 'TAF til rengøring og praktiske gøremål',
      en: 'Lost earnings for cleaning and everyday chores',
    },
    // Shopping, laundry and cooking are left out: rud-s42-standard-hours grants them to a single parent.
    appliesTo: s42Taf,
    keywords: [
      'rengøring',
      'husarbejde',
      'praktiske gøremål',
      'dagligdags opgaver',
      'cleaning',
      'housework',
      'household chores',
      'chores',
      'everyday tasks',
    ],
    reason: {
      da: 'Dækkes som udgangspunkt ikke: "Der gives som udgangspunkt ikke tabt arbejdsfortjeneste til udførelse af almindelig dagligdags opgaver såsom indkøb, rengøring og madlavning."',
      en: 'As a rule not covered: "As a rule no lost earnings are given for ordinary everyday tasks such as shopping, cleaning and cooking."',
    },
    sources: [
      { file: U, line: 7923, quote: 'Der gives som udgangspunkt ikke tabt arbejdsfortjeneste til' },
      { file: U, line: 7925, quote: 'udførelse af almindelig dagligdags opgaver såsom indkøb, rengøring' },
    ],
  },
  {
    id: 'rud-x-s42-school-meetings',
    municipality: 'rudersdal',
    name: {
      da: 'TAF til skolemøder (under 4 om året)',
      en: 'Lost earnings for school meetings (fewer than 4 a year)',
    },
    // Not rud-s42-occasional, which assesses at least 4 extraordinary meetings a year.
    appliesTo: [
      'rud-s42-taf',
      'rud-s42-standard-hours',
      'rud-s42-transition',
      'rud-s42-wind-down',
      'rud-s32-taf',
    ],
    keywords: [
      'skolemøde',
      'møde på skolen',
      'møde med skolen',
      'forældremøde',
      'skole-hjem',
      'skolehjemsamtale',
      'school meeting',
      'meeting at school',
      'meeting with the school',
      'parent-teacher',
      "parents' evening",
      'parents’ evening',
      'parents evening',
    ],
    reason: {
      da: 'Dækkes som udgangspunkt ikke: "Der gives som udgangspunkt ikke tabt arbejdsfortjeneste til ekstraordinære skolemøder mv." Ved mindst 4 ekstraordinære møder om året søges lejlighedsvis TAF.',
      en: 'As a rule not covered: "As a rule no lost earnings are given for extraordinary school meetings etc." With at least 4 extraordinary meetings a year, apply for occasional TAF.',
    },
    sources: [
      {
        file: U,
        line: 7933,
        quote: 'Skolemøder Der gives som udgangspunkt ikke tabt arbejdsfortjeneste til',
      },
      { file: U, line: 7935, quote: 'ekstraordinære skolemøder mv., selvom disse skyldes barnets' },
      { file: U, line: 7945, quote: 'Hvis der er tale om mindst 4 ekstraordinære møder om året kan der,' },
    ],
  },
  {
    id: 'rud-x-s42-shorter-school-day',
    municipality: 'rudersdal',
    name: {
      da: 'TAF til kortere dag i specialtilbud',
      en: 'Lost earnings for shorter days at a special school or daycare',
    },
    // Not rud-s42-transition: a transition period is the stated exception.
    appliesTo: [
      'rud-s42-taf',
      'rud-s42-standard-hours',
      'rud-s42-occasional',
      'rud-s42-wind-down',
      'rud-s32-taf',
    ],
    keywords: [
      'kortere dag',
      'kortere skoledag',
      'afkortet skoledag',
      'nedsat skoledag',
      'shorter day',
      'shorter school day',
      'reduced school day',
      'shortened school day',
    ],
    reason: {
      da: 'Dækkes ikke: "Der gives ikke tabt arbejdsfortjeneste til forældre, der ønsker en kortere dag for barnet i specialdagtilbud / specialskole / SFO." Der kan evt. gives TAF for en overgangsperiode (delvis TAF i overgangsperiode).',
      en: 'Not covered: "No lost earnings are given to parents who want a shorter day for the child in a special daycare / special school / after-school club." TAF may be given for a transition period (partial TAF while the offer adapts).',
    },
    sources: [
      { file: U, line: 7953, quote: 'Der gives ikke tabt arbejdsfortjeneste til forældre, der ønsker en' },
      { file: U, line: 7955, quote: 'kortere dag for barnet i specialdagtilbud / specialskole / SFO.' },
      { file: U, line: 7957, quote: 'kan evt. gives TAF for en overgangsperiode' },
    ],
  },
  {
    id: 'rud-x-s42-strike',
    municipality: 'rudersdal',
    name: {
      da: 'TAF ved strejke i dagtilbud, skole eller SFO',
      en: 'Lost earnings during a strike at daycare, school or after-school club',
    },
    appliesTo: s42Taf,
    keywords: ['strejke', 'lockout', 'lock-out', 'strike'],
    reason: {
      da: 'Dækkes ikke: "Der er ikke ret til dækning af tabt arbejdsfortjeneste på grundlag af et pasningsbehov, der udelukkende opstod som følge af strejke".',
      en: 'Not covered: "There is no right to lost earnings for a care need that arose solely because of a strike".',
    },
    sources: [
      { file: U, line: 7967, quote: 'Der er ikke ret til dækning af tabt arbejdsfortjeneste på grundlag af' },
      { file: U, line: 7969, quote: 'et pasningsbehov, der udelukkende opstod som følge af strejke på' },
    ],
  },
  {
    id: 'rud-x-s42-pay-rise',
    municipality: 'rudersdal',
    name: { da: 'Lønstigninger under løbende TAF', en: 'Pay rises during a running TAF grant' },
    appliesTo: s42Taf,
    keywords: [
      'lønstigning',
      'lønforhøjelse',
      'lønregulering',
      'pay rise',
      'pay increase',
      'salary increase',
      'wage increase',
      'raise in pay',
    ],
    reason: {
      da: 'Dækkes ikke: "Der ydes ikke dækning for fremtidige ydelser, som f. eks. lønstigninger", og ved en løbende bevilling kan der "ikke medtages eventuelle lønstigninger eller lønnedgang."',
      en: 'Not covered: "No cover is given for future benefits such as pay rises", and a running grant "cannot include any pay rises or pay cuts."',
    },
    sources: [
      {
        file: U,
        line: 7517,
        quote: 'Der ydes ikke dækning for fremtidige ydelser, som f. eks. lønstigninger',
      },
      { file: U, line: 1636, quote: 'Ved en løbende bevilling på tabt arbejdsfortjeneste kan der' },
      { file: U, line: 1638, quote: 'ikke medtages eventuelle lønstigninger eller lønnedgang.' },
    ],
  },

  // ── What board and lodging covers (issue 10, class 4) ───────────────────────────────────
  ...boardAndLodgingExclusions,

  // ── Rudersdal rules that guard every Rudersdal benefit (last: the engine takes the first hit) ──
  {
    id: 'rud-x-homework-help',
    municipality: 'rudersdal',
    name: { da: 'Lektiehjælp', en: 'Homework help' },
    appliesTo: ['rud-'],
    // No bare "lektie": a computer "til lektier" (rud-computer) is covered.
    keywords: [
      'lektiehjælp',
      'lektiecafé',
      'lektiecafe',
      'lektieklub',
      'homework help',
      'homework club',
      'homework café',
      'homework cafe',
      'tutor',
    ],
    reason: {
      da: 'Dækkes ikke: "Der gives ikke hjælp til dette, da det anses for at være en del af plejeforældreopgaven".',
      en: 'Not covered: "No help is given for this, as it is considered part of the foster parents’ task".',
    },
    sources: [
      { file: U, line: 8457, quote: 'Der gives ikke hjælp til dette,' },
      { file: U, line: 8458, quote: 'da det anses for at være en del' },
      { file: U, line: 8459, quote: 'af plejeforældreopgaven' },
    ],
  },
  {
    id: 'rud-x-fixed-activity-amount',
    municipality: 'rudersdal',
    name: {
      da: 'Fast aktivitetsbeløb til ung med fast kontaktperson (efterværn, § 76)',
      en: 'Fixed activity amount for a young person with a permanent contact person (aftercare, § 76)',
    },
    appliesTo: ['rud-'],
    keywords: ['fast aktivitetsbeløb', 'fixed activity amount', 'fixed activity allowance'],
    reason: {
      da: 'Dækkes ikke: "Der gives ikke fast aktivitetsbeløb til en ung med fast kontaktperson."',
      en: 'Not covered: "No fixed activity amount is given to a young person with a permanent contact person."',
    },
    sources: [
      { file: U, line: 5217, quote: 'Der gives ikke fast aktivitetsbeløb til en ung med fast' },
      { file: U, line: 5219, quote: 'kontaktperson.' },
      {
        file: U,
        line: 5074,
        quote: 'Efterværn – kontaktperson m.v. (SEL § 76, stk. 2, stk. 3, nr. 2 og stk. 5)',
      },
    ],
  },
  {
    id: 'rud-x-birthday-christmas-gifts',
    municipality: 'rudersdal',
    name: { da: 'Fødselsdags- og julegaver', en: 'Birthday and Christmas presents' },
    appliesTo: ['rud-'],
    keywords: [
      'fødselsdagsgave',
      'julegave',
      'birthday present',
      'birthday gift',
      'christmas present',
      'christmas gift',
      'xmas present',
      'xmas gift',
    ],
    reason: {
      da: 'Dækkes ikke: "Bestemmelsen giver ikke mulighed for at yde tilskud til fødselsdags- og julegaver." (§ 52 a); ingen anden ydelse dækker gaver.',
      en: 'Not covered: "The provision does not allow a subsidy for birthday and Christmas presents." (§ 52 a); no other benefit covers presents.',
    },
    sources: [
      { file: U, line: 4863, quote: 'Bestemmelsen giver ikke mulighed for at yde tilskud til' },
      { file: U, line: 4865, quote: 'fødselsdags- og julegaver.' },
    ],
  },
];
