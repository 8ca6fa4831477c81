import type { ExclusionInput } from './schema';

const R = '000_c74158a5613874a4.txt' as const;
const U = '004_2ef01a3e92adb0b8.txt' as const;

/**
 * Randers relief benefits a board-and-lodging expense could be put in. The cost allowance itself,
 * diet food (food is its subject), incontinence (extra clothes and washing are its subject) and
 * damage to the family's things (insurance, not upkeep) are left out.
 */
const randersGuarded = ['ran-car-seat', 'ran-booster-cushion', 'ran-mileage', 'ran-holiday'];

/**
 * Rudersdal benefits of foster, relief and network foster families (Bilag 4) a board-and-lodging
 * expense could be put in. Left out: the allowance itself, pocket money and clothing, pay and
 * holiday, damage and insurance, and what parents claim.
 */
const rudersdalGuarded = [
  'rud-activity-amount',
  'rud-car-seat-',
  'rud-christening',
  'rud-babysitter-foster',
  'rud-mileage-relief',
  'rud-mileage-foster',
  'rud-treatment',
  'rud-diapers-foster',
  'rud-lenses',
  'rud-glasses-frame',
  'rud-computer',
  'rud-leisure-extra',
  'rud-aids',
  'rud-institution-fees',
  'rud-confirmation',
  'rud-camp-school-foster',
  'rud-medicine-foster',
  'rud-first-passport',
  'rud-enrolment-',
  'rud-bike-helmet',
  'rud-network-foster-costs',
  'rud-foster-s41-costs',
];
/** Where the enrolment amount pays the thing itself (a bike, furniture for the room), it is not guarded. */
const notEnrolment = rudersdalGuarded.filter((id) => id !== 'rud-enrolment-');
/** Where a second leisure activity is the benefit, the first one's words are not guarded there. */
const notLeisure = rudersdalGuarded.filter((id) => id !== 'rud-leisure-extra');

const intro = { file: U, line: 8250, quote: 'Kost og logibeløbet skal blandt andet dække følgende:' };

/** One line of Rudersdal's list of what the board-and-lodging allowance covers (004:8252-8270). */
function rudersdalLine(
  slug: string,
  name: { da: string; en: string },
  line: number,
  quote: string,
  keywords: string[],
  appliesTo: string[] = rudersdalGuarded,
): ExclusionInput {
  return {
    id: `rud-x-board-lodging-${slug}`,
    municipality: 'rudersdal',
    name,
    appliesTo,
    keywords,
    reason: {
      da: `Dækkes af kost og logi-beløbet, som plejefamilien får hver måned: "${quote}".`,
      en: `Covered by the monthly board and lodging allowance: ${name.en.toLowerCase()} ("${quote}").`,
    },
    sources: [{ file: U, line, quote }, intro],
  };
}

/**
 * What board and lodging (kost og logi) covers, refused as not covered in every benefit a family
 * could put it in (issue 10, class 4): Randers' cost allowance (000:346-397; its entrance fees and
 * tickets are `ran-x-entrance-tickets`) and Rudersdal's list (004:8250-8270). Gifts are guarded
 * by `rud-x-birthday-christmas-gifts`; everyday driving on mileage claims by the trip's purpose.
 */
export const boardAndLodgingExclusions: ExclusionInput[] = [
  {
    id: 'ran-x-board-lodging',
    municipality: 'randers',
    name: { da: 'Kost, logi og daglige fornødenheder', en: 'Board, lodging and daily necessities' },
    appliesTo: randersGuarded,
    keywords: [
      'dagligvarer',
      'madvarer',
      'fødevarer',
      'madpakke',
      'shampoo',
      'sæbe',
      'tandpasta',
      'tandbørste',
      'deodorant',
      'hygiejneartikler',
      'sengetøj',
      'dyne',
      'hovedpude',
      'vaskepulver',
      'vaskemiddel',
      'groceries',
      'toiletries',
      'bedding',
      'detergent',
    ],
    reason: {
      da: 'Ingen særskilt ydelse: omkostningsbeløbet "skal dække udgifterne til kost og logi og almindelige daglige fornødenheder."',
      en: 'No separate supplement: the cost allowance "must cover board, lodging and ordinary daily necessities."',
    },
    sources: [
      { file: R, line: 393, quote: 'Omkostningsbeløbet skal dække udgifterne til kost og logi' },
      { file: R, line: 395, quote: 'og almindelige daglige fornødenheder.' },
      { file: R, line: 346, quote: 'der skal dække barnets kost, logi og daglige' },
    ],
  },
  rudersdalLine(
    'hygiene',
    { da: 'Personlig hygiejne', en: 'Personal hygiene' },
    8252,
    'Personlig hygiejne (sæbe, shampoo, deodorant, bind mv. )',
    ['hygiejne', 'sæbe', 'shampoo', 'deodorant', 'tandpasta', 'tandbørste', 'toiletries'],
  ),
  rudersdalLine('toys', { da: 'Legetøj', en: 'Toys' }, 8253, 'Legetøj', [
    'legetøj',
    'toys',
    'lego',
    'playmobil',
  ]),
  rudersdalLine(
    'medicine',
    {
      da: 'Medicin og salver, der ikke er lægeordineret, og vaccinationer',
      en: 'Non-prescribed medicine, ointments and vaccinations',
    },
    8254,
    'Medicin og salver, som ikke er lægeordineret, herunder vaccinationer',
    ['vaccination', 'vaccine', 'håndkøbsmedicin', 'salve', 'ikke lægeordineret', 'over-the-counter'],
  ),
  rudersdalLine(
    'school-things',
    { da: 'Skoletaske, skoleremedier og skolefoto', en: 'School bag, school supplies and school photo' },
    8255,
    'Skoletaske og diverse skoleremedier samt skolefoto',
    ['skoletaske', 'skoleremedier', 'skolefoto', 'penalhus', 'school bag', 'school photo'],
  ),
  rudersdalLine(
    'bus-train-pass',
    { da: 'Bus- og togkort', en: 'Bus and train pass' },
    8256,
    'Bus og togkort til skole og fritidsinteresser',
    ['buskort', 'togkort', 'rejsekort', 'ungdomskort', 'periodekort', 'bus pass', 'train pass'],
  ),
  rudersdalLine(
    'everyday-driving',
    { da: 'Kørsel i hverdagen', en: 'Everyday driving' },
    8258,
    'Kørsel til skole, daginstitution, læge, tandlæge, kammerater og fritidsinteresser',
    [
      'kørsel til skole',
      'kørsel til daginstitution',
      'kørsel til læge',
      'kørsel til tandlæge',
      'kørsel til kammerat',
      'kørsel til fritid',
      'driving to school',
      'driving to the dentist',
    ],
  ),
  rudersdalLine(
    'bike-repairs',
    { da: 'Småreparationer af cykel', en: 'Small bike repairs' },
    8259,
    'Småreparationer af cykel.',
    ['cykelreparation', 'reparation af cykel', 'cykelslange', 'lappegrej', 'bike repair'],
  ),
  rudersdalLine(
    'new-bike',
    { da: 'Ny cykel (opsparing)', en: 'A new bike (savings)' },
    8260,
    'Opsparing til ny cykel',
    ['ny cykel', 'cykelkøb', 'new bike', 'new bicycle'],
    notEnrolment,
  ),
  rudersdalLine(
    'one-leisure-interest',
    { da: 'Én fritidsinteresse med sportsudstyr', en: 'One leisure interest with sports equipment' },
    8261,
    'En fritidsinteresse herunder sportsudstyr',
    ['sportsudstyr', 'fodboldstøvler', 'kontingent til', 'sports equipment'],
    notLeisure,
  ),
  rudersdalLine('hairdresser', { da: 'Frisør', en: 'Hairdresser' }, 8262, 'Frisør', [
    'frisør',
    'klipning',
    'hairdresser',
    'haircut',
  ]),
  rudersdalLine(
    'cinema-museum',
    { da: 'Biograf og museum', en: 'Cinema and museum' },
    8263,
    'Biograf, museumsindgang mv.',
    ['biograf', 'museum', 'cinema'],
  ),
  rudersdalLine(
    'food',
    { da: 'Kost og skolemælk', en: 'Food and school milk' },
    8264,
    'Kost, herunder skolemælk',
    ['skolemælk', 'madpakke', 'dagligvarer', 'madvarer', 'fødevarer', 'school milk', 'groceries'],
  ),
  rudersdalLine(
    'own-room',
    {
      da: 'Eget værelse med seng, bord, stol og sengetøj',
      en: 'Own room with bed, table, chair and bedding',
    },
    8265,
    'Eget værelse med seng, bord, stol, sengetøj, lys, vand og varme',
    ['sengetøj', 'dyne', 'hovedpude', 'madras', 'skrivebord', 'skrivebordsstol', 'bedding', 'mattress'],
    notEnrolment,
  ),
  rudersdalLine(
    'room-upkeep',
    { da: 'Vedligeholdelse af værelse', en: 'Upkeep of the room' },
    8266,
    'Vedligeholdelse af værelse',
    ['vedligeholdelse af værelse', 'maling af værelse', 'tapet', 'room upkeep'],
  ),
  rudersdalLine(
    'internet-phone-tv',
    { da: 'Internet, telefoni og tv', en: 'Internet, phone and TV' },
    8267,
    'Internetforbindelse, telefoni, og TV, herunder forbrug',
    ['internet', 'telefoni', 'mobilabonnement', 'taletid', 'tv-pakke', 'streaming', 'phone subscription'],
  ),
  rudersdalLine(
    'laundry',
    { da: 'Tøjvask og vaskepulver', en: 'Laundry and detergent' },
    8268,
    'Tøjvask og vaskepulver',
    ['tøjvask', 'vaskepulver', 'vaskemiddel', 'laundry', 'detergent'],
  ),
  {
    ...rudersdalLine('passport-renewal', { da: 'Fornyelse af pas', en: 'Passport renewal' }, 8269, 'Pas', [
      'pasfornyelse',
      'fornyelse af pas',
      'nyt pas',
      'passport renewal',
    ]),
    sources: [
      { file: U, line: 8472, quote: 'pasfornyelse skal afholdes af' },
      { file: U, line: 8473, quote: 'kost og logibeløbet' },
    ],
  },
  rudersdalLine(
    'babysitter-outings',
    {
      da: 'Barnepige ved forældremøder og biograf/teater',
      en: 'Babysitter for parent meetings, cinema or theatre',
    },
    8270,
    'Udgifter til barnepige i forbindelse med forældremøder, biograf/teatertur',
    ['forældremøde', 'teatertur', 'parent meeting', 'parents’ meeting'],
  ),
];
