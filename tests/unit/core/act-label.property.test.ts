// Property tests of the label matcher: labels assembled from the words real fee rows use, in any
// order, with noise. Whatever the label, the answer names only acts the practitioner's profession
// bills, and a dental act is never read on a doctor's profile (or the reverse).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchFeeLabel, type LabelMatch } from '../../../src/core/act-label';
import { getAct } from '../../../src/core/acts';

const WORDS = [
  'consultation', 'téléconsultation', 'vidéo', 'détartrage', 'polissage', 'couronne', 'céramo-métallique', 'CCM', 'zircone',
  'céramique', 'métallique', 'incisive', 'canine', 'molaire', '2e prémolaire', 'dent 36', 'sur implant', 'implant', 'blanchiment',
  'orthodontie', 'semestre', 'composite', '2 faces', 'dévitalisation', 'extraction', 'radio', 'panoramique', 'bridge',
  'prothèse', 'stellite', 'frottis', 'stérilet', 'pose', 'retrait', 'échographie', 'cardiaque', 'pelvienne', 'thyroïde',
  'ECG', 'holter', 'effort', 'fond d’œil', 'OCT', 'audiogramme', 'grain de beauté', 'exérèse', 'biopsie', 'IRM', 'bilan',
  "M'T dents", '(2 séances)', '+', 'et', 'avec', '100 % Santé', '€', '—', 'à domicile', 'urgence',
];
const SPECIALTIES = ['dentiste', 'generaliste', 'cardiologue', 'gynecologue', 'dermatologue', 'ophtalmologue', 'orl', 'radiologue', 'sage-femme', 'masseur-kinesitherapeute', 'osteopathe', 'stomatologue', 'medecin'];

const labelArb = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { minLength: 0, maxLength: 6 }).map((w) => w.join(' '));

function actsOf(m: LabelMatch): string[] {
  if (m.kind === 'act') return [m.act];
  if (m.kind === 'candidates') return [...m.candidates];
  if (m.kind === 'acts') return m.acts.filter((a) => a !== 'consultation');
  return [];
}

describe('fee label matcher (properties)', () => {
  it('never throws, and names only acts the table knows, billed by the listing’s profession', () => {
    fc.assert(
      fc.property(labelArb, fc.constantFrom(...SPECIALTIES), (label, specialty) => {
        const m = matchFeeLabel(label, specialty);
        // Midwives, physiotherapists, osteopaths: no act of the table is theirs.
        if (['sage-femme', 'masseur-kinesitherapeute', 'osteopathe'].includes(specialty)) expect(actsOf(m)).toEqual([]);
        for (const id of actsOf(m)) {
          const def = getAct(id);
          expect(def, id).toBeDefined();
          if (specialty === 'dentiste') expect(def!.by, `${label} → ${id}`).toBe('dentiste');
          else expect(def!.by, `${label} (${specialty}) → ${id}`).toBe('doctor');
        }
        if (m.kind === 'candidates') expect(m.candidates.length).toBeGreaterThan(1);
        if (m.kind === 'acts') expect(m.acts[0]).toBe('consultation');
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same answer for the same label whatever its case, accents and spacing', () => {
    fc.assert(
      fc.property(labelArb, fc.constantFrom(...SPECIALTIES), (label, specialty) => {
        const noisy = `  ${label.toUpperCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ /g, '   ')} `;
        expect(matchFeeLabel(noisy, specialty)).toEqual(matchFeeLabel(label, specialty));
      }),
      { numRuns: 2000 },
    );
  });
});
