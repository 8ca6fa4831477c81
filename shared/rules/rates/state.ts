import type { RateTableInput } from './schema';

/**
 * The state's low mileage rate ("statens laveste takst"), kr. per km (facts.md §1). The rate in
 * force on the day of the trip applies ("det er tidspunktet for kørslen, som er afgørende").
 */
export const stateRates: RateTableInput[] = [
  {
    id: 'state-low-mileage',
    name: { da: 'Statens laveste kørselstakst', en: "The state's low mileage rate" },
    unit: 'dkk-per-km',
    periods: [
      { validFrom: '2015-01-01', amount: '2.05', source: 'skat.dk press release 11 Nov 2014' },
      { validFrom: '2016-01-01', amount: '1.99', source: 'forumadvokater.dk; skat.dk' },
      { validFrom: '2017-01-01', amount: '1.93', source: 'Deloitte; frinet.dk' },
      {
        validFrom: '2018-01-01',
        amount: '1.94',
        source: 'ffd.dk "Den lave takst er på 1,94 kr. pr. km i 2018"',
      },
      { validFrom: '2019-01-01', amount: '1.98', source: 'frinet.dk 2019' },
      { validFrom: '2020-01-01', amount: '1.96', source: 'sn.dk quoting Skatterådet' },
      { validFrom: '2021-01-01', amount: '1.90', source: 'Skattestyrelsen via kristeligt-dagblad.dk' },
      { validFrom: '2022-01-01', amount: '1.98', source: 'fakk.dk; dmogt.dk' },
      {
        validFrom: '2022-05-01',
        amount: '2.17',
        source: 'fakk.dk; efterskolerne.dk (changed 1 May 2022, not retroactively)',
      },
      { validFrom: '2023-01-01', amount: '2.19', source: 'Skattestyrelsen via ekstrabladet.dk; 035.dk' },
      { validFrom: '2024-01-01', amount: '2.23', source: 'dlf.org; buusjensen.dk' },
      { validFrom: '2025-01-01', amount: '2.23', source: 'tekniq.dk; driversnote.dk' },
      { validFrom: '2026-01-01', amount: '2.28', source: 'tekniq.dk (single source)', confirmed: false },
    ],
  },
  {
    id: 'kl-foster-fee-per-night',
    name: { da: 'Vederlag pr. døgn (KL)', en: 'Care fee per night, one vederlag (KL)' },
    unit: 'dkk-per-night',
    periods: [
      {
        validFrom: '2023-01-01',
        validTo: '2023-12-31',
        amount: '154.31',
        source: "KL's letter of 1 Sep 2022 for 2023 (socialjura.dk); 2024 onwards not found: configuration",
        confirmed: false,
      },
    ],
  },
];
