// Other professions on Doctolib (issue 16): the key from the URL slug first, the label second;
// "Conventionné" means secteur "1" for these professions only; a psychologist is a Mon soutien psy
// partner only when conventionné; kinés' and psychologists' "séances" are their standard act.
import { describe, expect, it } from 'vitest';
import { actFromFeeLabel } from '../../../src/detect/act';
import { parseSector } from '../../../src/detect/parse-sector';
import { professionKey, withProfession } from '../../../src/sites/doctolib/profession';
import { normalizeSpecialty } from '../../../src/detect/specialty';
import type { Listing } from '../../../src/detect/types';

function listing(label: string, sectorText: string | null, info?: string[]): { l: Listing; s: ReturnType<typeof parseSector> } {
  const s = sectorText === null ? null : parseSector(sectorText);
  const l: Listing = {
    anchor: document.createElement('p'),
    specialtyLabel: label,
    specialty: info ? 'non-medical' : normalizeSpecialty(label, s?.sector ?? 'unknown'),
    sector: s?.sector ?? 'unknown',
    sectorEvidence: s?.evidence ?? '',
    fees: [],
    site: 'doctolib',
    key: 'k',
    ...(info ? { info } : {}),
  };
  return { l, s };
}

describe('profession key: slug first, label second', () => {
  it.each([
    ['dentiste', '', 'dentiste'],
    ['masseur-kinesitherapeute', 'Kiné du sport', 'masseur-kinesitherapeute'],
    ['sage-femme', 'Sage-femme échographiste', 'sage-femme'],
    ['pedicure-podologue', '', 'pedicure-podologue'],
    ['osteopathe', 'Ostéopathe D.O.', 'osteopathe'],
    ['chiropracteur', '', 'chiropracteur'],
    ['dieteticien', '', 'dieteticien'],
    ['psychologue', 'Psychologue clinicien', 'psychologue'],
    ['centre-de-sante', 'Chirurgien-dentiste', 'dentiste'],
    [undefined, 'Masseur-kinésithérapeute', 'masseur-kinesitherapeute'],
    ['medecin-generaliste', 'Médecin généraliste', null],
    [undefined, 'Médecin ostéopathe', null],
    [undefined, 'Sophrologue', null],
  ] as const)('%s / %s → %s', (slug, label, key) => {
    expect(professionKey(slug, label)).toBe(key);
  });
});

describe('sector and psychologists', () => {
  it('"Conventionné" is secteur 1 for a profession, stays unknown for a doctor', () => {
    const d = listing('Chirurgien-dentiste', 'Conventionné');
    expect(withProfession(d.l, 'dentiste', d.s)).toMatchObject({ specialty: 'dentiste', sector: '1' });
    const doc = listing('Cardiologue', 'Conventionné');
    expect(withProfession(doc.l, 'cardiologue', doc.s)).toMatchObject({ specialty: 'cardiologue', sector: 'unknown' });
  });

  it('non conventionné stays 3 (the core then says why it cannot estimate)', () => {
    const k = listing('Masseur-kinésithérapeute', 'Non conventionné');
    expect(withProfession(k.l, 'masseur-kinesitherapeute', k.s)).toMatchObject({ specialty: 'masseur-kinesitherapeute', sector: '3' });
  });

  it('psychologist: "Conventionné avec l\'Assurance Maladie" → Mon soutien psy; non conventionné → outside; nothing said → not estimated', () => {
    const msp = listing('Psychologue', "Conventionné avec l'Assurance Maladie");
    expect(withProfession(msp.l, 'psychologue', msp.s)).toMatchObject({ specialty: 'psychologue-msp', sector: '1' });
    const out = listing('Psychologue', 'Non conventionné');
    expect(withProfession(out.l, 'psychologue', out.s)).toMatchObject({ specialty: 'psychologue', sector: '3' });
    const none = listing('Psychologue', null);
    expect(withProfession(none.l, 'psychologue', none.s).specialty).toBe('non-medical');
    const said = listing('Psychologue', null, ["Consultation non remboursée par l'Assurance Maladie"]);
    expect(withProfession(said.l, 'psychologue', said.s).specialty).toBe('psychologue');
  });

  it('an osteopath whose page says "non remboursée" keeps its key (the badge says Non remboursé)', () => {
    const o = listing('Ostéopathe', null, ["Consultation non remboursée par l'Assurance Maladie"]);
    expect(withProfession(o.l, 'osteopathe', o.s).specialty).toBe('osteopathe');
  });
});

describe('fee label → act for professions', () => {
  it('a kiné\'s or MSP psychologist\'s "séance" is the standard act; other acts are not', () => {
    expect(actFromFeeLabel('Séance de kinésithérapie')).toBeNull();
    expect(actFromFeeLabel('Séance de kinésithérapie', 'masseur-kinesitherapeute')).toBe('consultation');
    expect(actFromFeeLabel('Séance Mon soutien psy', 'psychologue-msp')).toBe('consultation');
    expect(actFromFeeLabel('Séance en visio', 'psychologue-msp')).toBe('teleconsultation');
    expect(actFromFeeLabel('Bilan kinésithérapique', 'masseur-kinesitherapeute')).toBeNull();
    expect(actFromFeeLabel('Détartrage', 'dentiste')).toBeNull();
    expect(actFromFeeLabel('Consultation', 'dentiste')).toBe('consultation');
    expect(actFromFeeLabel('Préparation à la naissance', 'sage-femme')).toBeNull();
  });

  it('for the unreimbursed professions every fee is what the patient pays', () => {
    expect(actFromFeeLabel("Consultation d'ostéopathie (Au domicile)", 'osteopathe')).toBe('consultation');
    expect(actFromFeeLabel("Consultation d'ostéopathie (Au domicile)")).toBeNull();
  });
});
