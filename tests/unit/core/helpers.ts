// Builders shared by the core tests.
import { estimate } from '../../../src/core';
import type { Assumptions } from '../../../src/core/assumptions';
import type { Act, CoverageProfile, Estimate, Money, Mutuelle, Sector } from '../../../src/core/types';

/** The default profile (docs/architecture.md, Settings): mutuelle 100 %/100 % responsable, 30 y, médecin traitant, adressé. */
export function profile(over: Partial<CoverageProfile> = {}): CoverageProfile {
  return {
    mutuelle: { kind: 'brss', dptamPct: 100, nonDptamPct: 100, responsable: true },
    age: 30,
    medecinTraitant: true,
    referred: true,
    ald: false,
    maternity: false,
    regime: 'general',
    css: false,
    ame: false,
    ...over,
  };
}

export const NO_MUTUELLE: Mutuelle = { kind: 'none' };
export const mutuelle = (dptamPct: number, nonDptamPct: number, responsable = true): Mutuelle => ({
  kind: 'brss',
  dptamPct,
  nonDptamPct,
  responsable,
});

export interface Case {
  date: string;
  sector: Sector;
  specialty: string;
  /** Cents; a pair is a range; null = not shown. */
  fee: number | [number, number] | null;
  profile?: Partial<CoverageProfile>;
  act?: Act;
}

/** `assumptions`: another set than the defaults (assumptions.test.ts). */
export function run(c: Case, assumptions?: Assumptions): Estimate {
  const feeCents: Money | null =
    c.fee == null ? null : Array.isArray(c.fee) ? { min: c.fee[0], max: c.fee[1] } : { min: c.fee, max: c.fee };
  return estimate({
    date: c.date,
    sector: c.sector,
    specialty: c.specialty,
    act: c.act ?? 'consultation',
    feeCents,
    profile: profile(c.profile),
  }, assumptions);
}

/** A Money with min === max. */
export const exact = (cents: number): Money => ({ min: cents, max: cents });

export const codes = (e: Estimate): string[] => e.notes.map((n) => n.code);
