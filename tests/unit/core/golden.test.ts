// Golden examples of docs/reimbursement.md §3, as tables. Each test name carries the example's
// id and its source. §3.A examples are tested at several days of the period they state, within
// the table's dates (2017-07-01 on); A13 (2009) is before the table (see inputs.test.ts).
import { describe, expect, it } from 'vitest';
import type { Estimate, Money } from '../../../src/core/types';
import { type Case, exact, mutuelle, NO_MUTUELLE, run } from './helpers';

type MoneyField =
  | 'fee'
  | 'brss'
  | 'amoRate'
  | 'amoGross'
  | 'amo'
  | 'participationForfaitaire'
  | 'mutuelle'
  | 'outOfPocket'
  | 'majoration'
  | 'uncoveredExcess'
  | 'uncoveredTicketModerateur'
  | 'fullyCoveredUpTo';

interface Golden {
  name: string;
  dates: string[];
  case: Omit<Case, 'date'>;
  expect: Partial<Record<MoneyField, number | Money>> & { status?: Estimate['status'] };
}

function check(g: Golden): void {
  for (const date of g.dates) {
    const e = run({ ...g.case, date });
    const { status = 'exact', ...money } = g.expect;
    expect(e.status, `${date} status`).toBe(status);
    for (const [field, want] of Object.entries(money)) {
      expect(e[field as MoneyField], `${date} ${field}`).toEqual(typeof want === 'number' ? exact(want) : want);
    }
    // The breakdown always adds up for an exact estimate.
    if (e.status === 'exact') {
      expect(e.amo!.min + e.mutuelle!.min + e.outOfPocket!.min, `${date} sum`).toBe(e.fee!.min);
      expect(e.participationForfaitaire!.min + e.majoration!.min + e.uncoveredTicketModerateur!.min + e.uncoveredExcess!.min).toBe(
        e.outOfPocket!.min,
      );
    }
  }
}

const GP = 'generaliste';
const SPEC = 'dermatologue'; // a generic CS specialist

// §3.A — numbers printed in a source.
const PUBLISHED: Golden[] = [
  {
    name: 'A1 GP S1, médecin traitant, adult, 30 €: AMO 21 − 2 = 19, TM 9 — service-public F17042 (22/12/2024), MSP Rillieux, magnolia 2026',
    dates: ['2024-12-22', '2025-06-01', '2026-01-31'],
    case: { sector: '1', specialty: GP, fee: 3000, profile: { mutuelle: NO_MUTUELLE } },
    expect: { brss: 3000, amoGross: 2100, amo: 1900, uncoveredTicketModerateur: 900, participationForfaitaire: 200, outOfPocket: 1100 },
  },
  {
    name: 'A1 with mutuelle 100 %: the TM 9 € is paid, only the PF remains — service-public F17042 (22/12/2024)',
    dates: ['2025-06-01'],
    case: { sector: '1', specialty: GP, fee: 3000 },
    expect: { amo: 1900, mutuelle: 900, outOfPocket: 200 },
  },
  {
    name: 'A2 GP S2 OPTAM, médecin traitant, 35 €: AMO 19 ("calcul à partir de 30 € et non de 35 €") — service-public F17042',
    dates: ['2024-12-22', '2025-06-01'],
    case: { sector: '2-optam', specialty: GP, fee: 3500 },
    expect: { brss: 3000, amo: 1900 },
  },
  {
    name: 'A3 GP S2 non-OPTAM, adult, in parcours: AMO 14.10 (23 × 70 % − 2) — homeprotection 2025',
    dates: ['2025-01-01', '2025-06-01', '2025-12-31'],
    case: { sector: '2', specialty: GP, fee: 4000 },
    expect: { brss: 2300, amo: 1410 },
  },
  {
    name: 'A3 same doctor OPTAM: AMO 19.00 — homeprotection 2025',
    dates: ['2025-06-01'],
    case: { sector: '2-optam', specialty: GP, fee: 4000 },
    expect: { amo: 1900 },
  },
  {
    name: 'A4 paediatrician S1, child under 2, 39 €: AMO 27.30, no PF — service-public F10874 (22/12/2024)',
    dates: ['2024-12-22', '2025-06-01', '2025-12-31'],
    case: { sector: '1', specialty: 'pediatre', fee: 3900, profile: { age: 1 } },
    expect: { brss: 3900, amo: 2730, participationForfaitaire: 0 },
  },
  {
    name: 'A4 at age 0 — service-public F10874 (22/12/2024)',
    dates: ['2025-06-01'],
    case: { sector: '1', specialty: 'pediatre', fee: 3900, profile: { age: 0, medecinTraitant: false, referred: false } },
    expect: { amo: 2730, amoRate: 70 },
  },
  {
    name: 'A5 GP S1, child under 6, 35 €: AMO 24.50 — service-public F10874 (22/12/2024)',
    dates: ['2024-12-22', '2025-06-01'],
    case: { sector: '1', specialty: GP, fee: 3500, profile: { age: 3 } },
    expect: { brss: 3500, amo: 2450 },
  },
  {
    name: 'A6 GP S2 non-OPTAM, child under 6: BR 28, AMO 19.60 — service-public F10874 (22/12/2024)',
    dates: ['2024-12-22', '2025-06-01'],
    case: { sector: '2', specialty: GP, fee: 4000, profile: { age: 5 } },
    expect: { brss: 2800, amo: 1960 },
  },
  {
    name: 'A7 GP S1 26.50 €: AMO 17.55 (PF 1 €) — pagesjaunes "médecin non conventionné"',
    dates: ['2023-11-01', '2024-02-01', '2024-05-14'],
    case: { sector: '1', specialty: GP, fee: 2650 },
    expect: { brss: 2650, amo: 1755, participationForfaitaire: 100 },
  },
  {
    name: 'A8 GP S1 26.50 €: AMO 16.55, TM 7.95 — magnolia 2024, service-public F165',
    dates: ['2024-05-15', '2024-09-01', '2024-12-21'],
    case: { sector: '1', specialty: GP, fee: 2650, profile: { mutuelle: NO_MUTUELLE } },
    expect: { amo: 1655, uncoveredTicketModerateur: 795 },
  },
  {
    // The source prints the 18.55 € rounded ("18,6 €"); it is the participation before the PF.
    name: 'A9 GP S1 26.50 € hors parcours: AMO gross 7.95, participation 18.55 — service-public F165',
    dates: ['2023-11-01', '2024-05-14', '2024-05-15', '2024-12-21'],
    case: { sector: '1', specialty: GP, fee: 2650, profile: { medecinTraitant: false, referred: false, mutuelle: NO_MUTUELLE } },
    expect: { amoGross: 795, amoRate: 30, majoration: 1060 },
  },
  {
    name: 'A10 GP S1 25 €: AMO 16.50 (PF 1 €) — ag2r, mutuelle-conseil',
    dates: ['2017-07-01', '2020-06-15', '2023-10-31'],
    case: { sector: '1', specialty: GP, fee: 2500 },
    expect: { brss: 2500, amo: 1650 },
  },
  {
    name: 'A10 GP S2 non-OPTAM base 23 €: AMO 15.10 (PF 1 €) — ag2r, mutuelle-conseil',
    dates: ['2017-07-01', '2020-06-15', '2023-10-31'],
    case: { sector: '2', specialty: GP, fee: 3500 },
    expect: { brss: 2300, amo: 1510 },
  },
  {
    name: 'A11 OPTAM specialist in parcours, 45 €, BR 30: AMO 20.00, TM 9.00 — SNDS glossary "PF"',
    dates: ['2017-07-01', '2021-01-01', '2023-10-31'],
    case: { sector: '2-optam', specialty: SPEC, fee: 4500, profile: { mutuelle: NO_MUTUELLE } },
    expect: { brss: 3000, amo: 2000, uncoveredTicketModerateur: 900, uncoveredExcess: 1500 },
  },
  {
    name: 'A12 BR 23, mutuelle 100 % BR: AMO 15.10, mutuelle 6.90, RAC 1.00 (the PF) — filiassur',
    dates: ['2017-08-01', '2020-06-01', '2024-05-14'],
    case: { sector: '2', specialty: SPEC, fee: 2300 },
    expect: { brss: 2300, amo: 1510, mutuelle: 690, outOfPocket: 100 },
  },
  {
    // F10874 (22/12/2024) prints "GP S1, 6–16 y: 30 € → 16,10 €". With a 30 € base, no PF under
    // 18 and 70 %, the refund is 21.00 € (rules §3.A warns against that cell). 16.10 is 23 × 70 %,
    // the non-OPTAM figure.
    name: 'F10874 error: GP S1, child 10 y, 30 €: AMO is 21.00, not the printed 16.10 — service-public F10874 (corrected)',
    dates: ['2024-12-22', '2025-06-01'],
    case: { sector: '1', specialty: GP, fee: 3000, profile: { age: 10 } },
    expect: { amo: 2100, participationForfaitaire: 0 },
  },
];

// §3.B — computed from the parameters (not printed in any source).
const D = '2025-06-01';
const COMPUTED: Golden[] = [
  {
    // docs/reimbursement.md §3: B1 gives only the non-DPTAM level; it holds when the 200 % is not capped.
    name: 'B1 specialist S2 non-OPTAM, adressé, 50 €, L_N 200 % (not responsable): RAC 6.00 — rules §3.B',
    dates: [D],
    case: { sector: '2', specialty: SPEC, fee: 5000, profile: { mutuelle: mutuelle(200, 200, false) } },
    expect: { brss: 2300, amo: 1410, mutuelle: 2990, outOfPocket: 600 },
  },
  {
    name: 'B1 with a responsable contract whose DPTAM level is 220 %: RAC 6.00 — rules §3.B',
    dates: [D],
    case: { sector: '2', specialty: SPEC, fee: 5000, profile: { mutuelle: mutuelle(220, 200) } },
    expect: { mutuelle: 2990, outOfPocket: 600 },
  },
  {
    name: 'B2 same, L_N 100 %: RAC 29.00 — rules §3.B',
    dates: [D],
    case: { sector: '2', specialty: SPEC, fee: 5000, profile: { mutuelle: mutuelle(100, 100) } },
    expect: { amo: 1410, mutuelle: 690, outOfPocket: 2900 },
  },
  {
    name: 'B3 specialist S2 OPTAM, adressé, 60 €, L_D 200 %: RAC 2.00 — rules §3.B',
    dates: [D],
    case: { sector: '2-optam', specialty: SPEC, fee: 6000, profile: { mutuelle: mutuelle(200, 180) } },
    expect: { brss: 3150, amo: 2005, mutuelle: 3795, outOfPocket: 200, fullyCoveredUpTo: 6300 },
  },
  {
    name: 'B4 same, L_D 150 %: RAC 14.75 — rules §3.B',
    dates: [D],
    case: { sector: '2-optam', specialty: SPEC, fee: 6000, profile: { mutuelle: mutuelle(150, 130) } },
    expect: { mutuelle: 2520, outOfPocket: 1475, uncoveredExcess: 1275 },
  },
  {
    name: 'B5 GP S1, adult, no médecin traitant, 30 €, mutuelle 100 %: RAC 14.00 — rules §3.B',
    dates: [D],
    case: { sector: '1', specialty: GP, fee: 3000, profile: { medecinTraitant: false, referred: false } },
    expect: { amoRate: 30, amo: 700, majoration: 1200, mutuelle: 900, outOfPocket: 1400 },
  },
  {
    name: 'B6 specialist S1 hors parcours, 37 € (DA), mutuelle 200 %: RAC 23.10 (CR-4 reading, L) — rules §3.B',
    dates: [D],
    case: { sector: '1', specialty: SPEC, fee: 3700, profile: { referred: false, mutuelle: mutuelle(200, 200) } },
    expect: { brss: 2650, amo: 595, majoration: 1060, mutuelle: 795, outOfPocket: 2310, uncoveredExcess: 1050 },
  },
  {
    name: 'B7 CSS adult, S2 non-OPTAM specialist adressé: bills 31.50, RAC 0 — rules §3.B',
    dates: [D],
    case: { sector: '2', specialty: SPEC, fee: 6000, profile: { css: true } },
    expect: { fee: 3150, brss: 3150, amo: 2205, participationForfaitaire: 0, mutuelle: 945, outOfPocket: 0 },
  },
  {
    name: 'B8 Alsace-Moselle, GP S1, médecin traitant, 30 €, mutuelle 100 %: RAC 2.00 — rules §3.B',
    dates: [D],
    case: { sector: '1', specialty: GP, fee: 3000, profile: { regime: 'alsace-moselle' } },
    expect: { amoRate: 90, amo: 2500, mutuelle: 300, outOfPocket: 200 },
  },
  {
    name: 'B9 ALD, GP S2 OPTAM, médecin traitant, 40 €, L_D 150 %: RAC 2.00 — rules §3.B',
    dates: [D],
    case: { sector: '2-optam', specialty: GP, fee: 4000, profile: { ald: true, mutuelle: mutuelle(150, 130) } },
    expect: { amoRate: 100, amo: 2800, mutuelle: 1000, outOfPocket: 200 },
  },
  {
    name: 'B10 maternity, specialist S2 OPTAM adressé, 60 €, L_D 150 %: RAC 12.75 — rules §3.B',
    dates: [D],
    case: { sector: '2-optam', specialty: SPEC, fee: 6000, profile: { maternity: true, mutuelle: mutuelle(150, 130) } },
    expect: { amo: 3150, participationForfaitaire: 0, mutuelle: 1575, outOfPocket: 1275 },
  },
  {
    name: 'B11 psychiatrist S1, coordinated, adult, 55 €: AMO 36.50, mutuelle 16.50, RAC 2.00 — rules §3.B',
    dates: ['2025-06-01'],
    case: { sector: '1', specialty: 'psychiatre', fee: 5500 },
    expect: { brss: 5500, amo: 3650, mutuelle: 1650, outOfPocket: 200 },
  },
  {
    name: 'B11 psychiatrist S1, coordinated, adult, 57 € (2026): AMO 37.90, mutuelle 17.10, RAC 2.00 — rules §3.B',
    dates: ['2026-03-01'],
    case: { sector: '1', specialty: 'psychiatre', fee: 5700 },
    expect: { brss: 5700, amo: 3790, mutuelle: 1710, outOfPocket: 200 },
  },
  {
    name: 'B12 psychiatrist S2 non-OPTAM, adressé, 80 €, L_N 150 % (not responsable): RAC 18.25 — rules §3.B',
    dates: ['2026-03-01'],
    case: { sector: '2', specialty: 'psychiatre', fee: 8000, profile: { mutuelle: mutuelle(150, 150, false) } },
    expect: { brss: 4250, amo: 2775, mutuelle: 3400, outOfPocket: 1825 },
  },
  {
    name: 'B12 with a responsable contract whose DPTAM level is 170 %: RAC 18.25 — rules §3.B',
    dates: ['2026-03-01'],
    case: { sector: '2', specialty: 'psychiatre', fee: 8000, profile: { mutuelle: mutuelle(170, 150) } },
    expect: { mutuelle: 3400, outOfPocket: 1825 },
  },
  {
    name: 'B13 paediatrician S1, child 1 y, 40 €: AMO 28.00, mutuelle 12.00, RAC 0 — rules §3.B',
    dates: ['2026-02-01'],
    case: { sector: '1', specialty: 'pediatre', fee: 4000, profile: { age: 1 } },
    expect: { amo: 2800, mutuelle: 1200, outOfPocket: 0 },
  },
  {
    name: 'B14 child 10 y, GP S2 non-OPTAM, 40 €, L_N 200 %: RAC 0 — rules §3.B',
    dates: [D],
    case: { sector: '2', specialty: GP, fee: 4000, profile: { age: 10, mutuelle: mutuelle(220, 200) } },
    expect: { brss: 2300, amo: 1610, mutuelle: 2390, outOfPocket: 0 },
  },
  {
    name: 'B16 GP S1, médecin traitant, 26.50 €, mutuelle 100 %: RAC 2.00 (PF 2 € from 2024-05-15) — rules §3.B',
    dates: ['2024-06-01'],
    case: { sector: '1', specialty: GP, fee: 2650 },
    expect: { amo: 1655, mutuelle: 795, outOfPocket: 200 },
  },
  {
    name: 'B17 same on 2024-05-14: RAC 1.00 — rules §3.B',
    dates: ['2024-05-14'],
    case: { sector: '1', specialty: GP, fee: 2650 },
    expect: { amo: 1755, mutuelle: 795, outOfPocket: 100 },
  },
  {
    // 3.50 € over the tarif by a S1 GP is a dépassement (DE), not reimbursed by the AMO.
    name: 'B18 GP S1, médecin traitant, 30 € on 2024-12-21: BR 26.50 — rules §3.B',
    dates: ['2024-12-21'],
    case: { sector: '1', specialty: GP, fee: 3000 },
    expect: { brss: 2650, amo: 1655, mutuelle: 795, outOfPocket: 550, uncoveredExcess: 350 },
  },
  {
    name: 'B18 same on 2024-12-22: BR 30 — rules §3.B',
    dates: ['2024-12-22'],
    case: { sector: '1', specialty: GP, fee: 3000 },
    expect: { brss: 3000, amo: 1900, mutuelle: 900, outOfPocket: 200 },
  },
];

describe('§3.A published examples', () => {
  it.each(PUBLISHED.map((g) => [g.name, g] as const))('%s', (_, g) => check(g));
});

describe('§3.B computed examples (B15 excluded per docs/reimbursement.md §3)', () => {
  it.each(COMPUTED.map((g) => [g.name, g] as const))('%s', (_, g) => check(g));
});
