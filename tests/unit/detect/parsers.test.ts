import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSector, KNOWN_SECTOR_LABELS, SECTOR_EXAMPLES, SECTOR_SIGNALS, MAX_SECTOR_TEXT } from '../../../src/detect/parse-sector';
import { parseFee, findFee, labelBeforeFee, amountToCents } from '../../../src/detect/parse-fee';
import { normalizeSpecialty, SPECIALTY_EXAMPLES, SPECIALTY_RULES } from '../../../src/detect/specialty';
import { actFromFeeLabel } from '../../../src/detect/act';
import { fold, normalizeSpace, textBlocks } from '../../../src/detect/text';
import type { Sector } from '../../../src/core/types';
import { load } from './fixtures';


describe('parseSector', () => {
  it.each(KNOWN_SECTOR_LABELS.map(([l, s]) => [l, s] as const))('%s → %s', (label, sector) => {
    const r = parseSector(label);
    expect(r).not.toBeNull();
    expect(r?.sector).toBe(sector);
    expect(r?.evidence).toBe(normalizeSpace(label));
  });

  it('every signal example gives its sector', () => {
    for (const s of SECTOR_SIGNALS) {
      for (const [label, sector] of SECTOR_EXAMPLES[s.id]) expect([s.id, label, parseSector(label)?.sector]).toEqual([s.id, label, sector]);
    }
  });

  // The sector line of every card of the project's own search fixture, which has one card per
  // label of Doctolib's French bundle (profiles.show.regulation_sector_names), with the sector
  // each label must give.
  const BUNDLE_LABELS: Record<string, Sector> = {
    'Conventionné secteur 1': '1',
    'Conventionné secteur 2': '2',
    'Conventionné secteur 1 avec OPTAM': '2-optam',
    'Conventionné secteur 2 avec OPTAM': '2-optam',
    'Conventionné secteur 1 avec OPTAM-CO': '2-optam',
    'Conventionné secteur 2 avec OPTAM-CO': '2-optam',
    'Conventionné secteur 1 avec droit permanent à dépassement': 'unknown',
    'Conventionné avec droit permanent à dépassement': 'unknown',
    Conventionné: 'unknown',
    'Secteur 3 (non-conventionné)': '3',
    "Conventionné avec l'Assurance Maladie": 'unknown',
    'Établissement conventionné': 'unknown',
    'Établissement non conventionné': '3',
    'Non spécifié': 'unknown',
  };

  it('recognises every sector label of the bundle, as the search fixture shows them', () => {
    const { doc } = load('doctolib/search-all-sectors.html');
    const lines = [...doc.querySelectorAll('[data-icon-name="regular/euro-sign"]')].map((icon) =>
      normalizeSpace(icon.closest('.flex')?.querySelector('.flex-wrap p')?.textContent ?? ''),
    );
    expect(new Set(lines)).toEqual(new Set(Object.keys(BUNDLE_LABELS)));
    for (const label of lines) {
      const r = parseSector(label);
      expect([label, r?.sector]).toEqual([label, BUNDLE_LABELS[label]]);
    }
  });

  it("never reads the fixtures' explanatory texts (help dialogs, sector sentences) as a sector", () => {
    const texts: string[] = [];
    for (const name of ['doctolib/profile-help-open.html', 'doctolib/search-help-open.html', 'doctolib/profile-optam.html']) {
      const { doc } = load(name);
      for (const p of doc.querySelectorAll('p')) {
        const t = normalizeSpace(p.textContent ?? '');
        if (/^(Ce médecin est|Exemple|Par exemple)/.test(t)) texts.push(t);
      }
    }
    expect(texts.length).toBeGreaterThanOrEqual(6);
    for (const t of texts) expect([t, parseSector(t)]).toEqual([t, null]);
  });

  it.each([
    ['Secteur de conventionnement', null],
    ['Tarifs et remboursement', null],
    ['Obtenir plus d\'informations', null],
    ['Dr Natanel BENABOU', null],
    ['3,2 km', null],
    ['Dépassements d\'honoraires encadrés possibles', null],
    ['Ce médecin est conventionné secteur 2 et est signataire de l’OPTAM.', null],
    ['Exemple : pour une consultation simple chez un médecin généraliste secteur 1 à 25 €', null],
    ['Tarif hors secteur 1 / hors adhérent OPTAM/OPTAM-CO', null],
    ['', null],
  ])('%s is not a label', (text, expected) => {
    expect(parseSector(text)).toBe(expected);
  });

  it.each([
    ['Honoraires sans dépassement Conventionné secteur 2', 'conflict'],
    ['Conventionné secteur 1 Conventionné secteur 2', 'conflict'],
    ['Secteur 3 (non-conventionné) Conventionné secteur 1', 'conflict'],
    ['Établissement conventionné', 'organization-contracted'],
    ['Conventionné', 'contracted'],
    ['Conventionné secteur 1 avec droit permanent à dépassement', 'droit-permanent'],
  ])('%s → rule %s (sector unknown)', (text, rule) => {
    const r = parseSector(text);
    expect(r?.sector).toBe('unknown');
    expect(r?.rule).toBe(rule);
  });

  it('refuses long texts', () => {
    expect(parseSector(`Conventionné secteur 1 ${'x'.repeat(MAX_SECTOR_TEXT)}`)).toBeNull();
  });

  it('never throws on random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = parseSector(s);
        if (r !== null) expect(['1', '2', '2-optam', '3', 'unknown']).toContain(r.sector);
      }),
    );
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => void parseSector(s)));
  });
});

describe('parseFee', () => {
  const cases: [string, { min: number; max: number | null } | null][] = [
    ['60 €', { min: 6000, max: 6000 }],
    ['60,00 €', { min: 6000, max: 6000 }],
    ['26,50€', { min: 2650, max: 2650 }],
    ['26,5 €', { min: 2650, max: 2650 }],
    ['1 234,50 €', { min: 123450, max: 123450 }],
    ['1\u00a0234,50\u00a0€', { min: 123450, max: 123450 }],
    ['1\u202f234,50\u00a0€', { min: 123450, max: 123450 }],
    ['1\u2009234,50 €', { min: 123450, max: 123450 }],
    ['1234,50€', { min: 123450, max: 123450 }],
    ['60\u00a0€', { min: 6000, max: 6000 }],
    ['60\u202f€', { min: 6000, max: 6000 }],
    ['60€', { min: 6000, max: 6000 }],
    ['de 50 € à 80 €', { min: 5000, max: 8000 }],
    ['De 50 € à 80 €', { min: 5000, max: 8000 }],
    ['50 € à 80 €', { min: 5000, max: 8000 }],
    ['50 à 80 €', { min: 5000, max: 8000 }],
    ['50 - 80 €', { min: 5000, max: 8000 }],
    ['50 € – 80 €', { min: 5000, max: 8000 }],
    ['entre 50 et 80 €', { min: 5000, max: 8000 }],
    ['de 50,50 € à 80 €', { min: 5050, max: 8000 }],
    ['À partir de 45 €', { min: 4500, max: null }],
    ['à partir de 45,00 €', { min: 4500, max: null }],
    ['Dès 45 €', { min: 4500, max: null }],
    ['€ 60', { min: 6000, max: 6000 }],
    ['€60', { min: 6000, max: 6000 }],
    ['60 euros', { min: 6000, max: 6000 }],
    ['60 euro', { min: 6000, max: 6000 }],
    ['60 EUR', { min: 6000, max: 6000 }],
    ['60EUR', { min: 6000, max: 6000 }],
    ['Consultation : 60 €', { min: 6000, max: 6000 }],
    ['Consultation 60 € (Carte Vitale acceptée)', { min: 6000, max: 6000 }],
    ['60.00 €', { min: 6000, max: 6000 }],
    ['10 000 €', { min: 1000000, max: 1000000 }],
    ['0 €', { min: 0, max: 0 }],
    // Not fees.
    ['3,2 km', null],
    ['75012 Paris', null],
    ['1 gastro-entérologue et hépatologue', null],
    ['Plus de 1000 résultats', null],
    ['Page 1 sur 50', null],
    ['60', null],
    ['Gratuit', null],
    ['', null],
    ['€', null],
    ['abc €', null],
    ['10 001 €', null],
    ['12345678 €', null],
    ['80 € à 50 €', null],
    ['60 € 80 €', null],
    ['Consultation 60 € Téléconsultation 25 €', null],
    ['Lieu 2 - 60 €', null],
    ['docteur 60', null],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(parseFee(text)).toEqual(expected);
  });

  it('only numbers attached to a currency count', () => {
    expect(parseFee('3,2 km · 60 €')).toEqual({ min: 6000, max: 6000 });
    expect(parseFee('94340 Joinville-le-Pont 60 €')).toEqual({ min: 6000, max: 6000 });
    expect(parseFee('60 € - 3 km')).toEqual({ min: 6000, max: 6000 });
  });

  it('splits a label from its price', () => {
    expect(labelBeforeFee('Consultation : 60 €')).toBe('Consultation');
    expect(labelBeforeFee("Consultation d'ostéopathie (Au cabinet) 60\u00a0€")).toBe("Consultation d'ostéopathie (Au cabinet)");
    expect(labelBeforeFee('60 €')).toBe('');
    expect(findFee('Consultation vidéo de 40 € à 60 €')?.index).toBe('Consultation vidéo '.length);
  });

  it('amountToCents uses integer arithmetic', () => {
    expect(amountToCents('0,10')).toBe(10);
    expect(amountToCents('19,99')).toBe(1999);
    expect(amountToCents('1.234,5')).toBe(123450);
    expect(amountToCents('x')).toBeNull();
  });

  it('never throws, never NaN, always integer cents within bounds', () => {
    const check = (s: string): void => {
      const r = parseFee(s);
      if (r === null) return;
      expect(Number.isInteger(r.min)).toBe(true);
      expect(r.min).toBeGreaterThanOrEqual(0);
      expect(r.min).toBeLessThanOrEqual(1_000_000);
      if (r.max !== null) {
        expect(Number.isInteger(r.max)).toBe(true);
        expect(r.max).toBeGreaterThanOrEqual(r.min);
        expect(r.max).toBeLessThanOrEqual(1_000_000);
      }
    };
    fc.assert(fc.property(fc.string({ maxLength: 200 }), check));
    const piece = fc.constantFrom('€', ' ', '\u00a0', '\u202f', ',', '.', 'à', 'de ', 'à partir de ', '-', 'euros', 'EUR', 'km');
    const digits = fc.integer({ min: 0, max: 99999 }).map(String);
    fc.assert(fc.property(fc.array(fc.oneof(piece, digits), { maxLength: 12 }), (parts) => check(parts.join(''))));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), (e, c) => {
        const text = `${e},${String(c).padStart(2, '0')}\u00a0€`;
        expect(parseFee(text)).toEqual({ min: e * 100 + c, max: e * 100 + c });
      }),
    );
  });
});

describe('normalizeSpecialty', () => {
  it('every rule example', () => {
    expect(SPECIALTY_EXAMPLES.length).toBeGreaterThan(SPECIALTY_RULES.length);
    for (const [label, key] of SPECIALTY_EXAMPLES) expect([label, normalizeSpecialty(label)]).toEqual([label, key]);
  });

  it.each([
    ['Médecin généraliste', 'generaliste'],
    ['Pédiatre', 'pediatre'],
    ['Psychiatre', 'psychiatre'],
    ['Neuropsychiatre', 'psychiatre'],
    ['Neurologue', 'neurologue'],
    ['Gynécologue médical', 'gynecologue'],
    ['Gynécologue médical et obstétrique', 'gynecologue'],
    ['Gynécologue obstétricien', 'gynecologue-obstetricien'],
    ['Ophtalmologue', 'ophtalmologue'],
    ['Stomatologue', 'stomatologue'],
    ['Dermatologue et vénérologue', 'dermatologue'],
    ['Cardiologue', 'cardiologue'],
    ['Gastro-entérologue et hépatologue', 'specialiste'],
    ['ORL', 'specialiste'],
    ['Rhumatologue', 'specialiste'],
    ['Endocrinologue', 'specialiste'],
    ['Pneumologue', 'specialiste'],
    ['Radiologue', 'specialiste'],
    ['Ostéopathe', 'osteopathe'],
    ['Chiropracteur', 'chiropracteur'],
    ['Chirurgien-dentiste', 'dentiste'],
    ['Orthodontiste', 'non-medical'],
    ['Masseur-kinésithérapeute', 'masseur-kinesitherapeute'],
    ['Sage-femme', 'sage-femme'],
    ['Psychologue', 'non-medical'], // no sector: Mon soutien psy or not is unknown
    ['Infirmier', 'non-medical'],
    ['Orthophoniste', 'orthophoniste'],
    ['Orthoptiste', 'non-medical'],
    ['Pédicure-podologue', 'pedicure-podologue'],
    ['Diététicien', 'dieteticien'],
    ['Profession non réglementée', 'non-medical'],
    ['Consultation non remboursée par l\'Assurance Maladie', 'non-medical'],
    ['MÉDECIN GÉNÉRALISTE', 'generaliste'],
    ['Médecin', 'medecin'],
    ['Médecin du sport', 'specialiste'],
  ])('%s → %s', (label, key) => {
    expect(normalizeSpecialty(label)).toBe(key);
  });

  it('unknown labels: a doctor-only sector says "doctor of unknown kind", else no estimate', () => {
    expect(normalizeSpecialty('Réflexologue plantaire')).toBe('non-medical');
    expect(normalizeSpecialty('Spécialité inconnue', '2')).toBe('medecin');
    expect(normalizeSpecialty('Spécialité inconnue', '2-optam')).toBe('medecin');
    expect(normalizeSpecialty('Spécialité inconnue', 'unknown')).toBe('non-medical');
    expect(normalizeSpecialty('', '1')).toBe('medecin');
    expect(normalizeSpecialty(undefined)).toBe('non-medical');
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => void normalizeSpecialty(s)));
  });
});

describe('actFromFeeLabel', () => {
  it.each([
    ['Consultation', 'consultation'],
    ['Première consultation', 'consultation'],
    ['Consultation de suivi', 'consultation'],
    ['Tarif de la consultation', 'consultation'],
    ['Consultation d\'ostéopathie (Au cabinet)', 'consultation'],
    ['Consultation vidéo', 'teleconsultation'],
    ['Téléconsultation', 'teleconsultation'],
    ['Consultation en visio', 'teleconsultation'],
    ['Pose de stérilet', null],
    ['Échographie', null],
    ['Échographie pelvienne', null],
    ['Consultation + ECG', null],
    ['Consultation d\'ostéopathie (Au domicile)', null],
    ['Visite à domicile', null],
    ['Frottis', null],
    ['', null],
  ])('%s → %s', (label, act) => {
    expect(actFromFeeLabel(label)).toBe(act);
  });
});

describe('text helpers', () => {
  it('fold', () => {
    expect(fold('Établissement  non-conventionné')).toBe('etablissement non conventionne');
    expect(fold("l’Assurance\u00a0Maladie")).toBe('l assurance maladie');
  });
});

describe('textBlocks', () => {
  it('a page form with controls named "close" or "space" (or an odd id) is read as text, not as a marker', () => {
    const doc = document.implementation.createHTMLDocument('t');
    doc.body.innerHTML =
      '<div><p>Tarifs</p><form id="&quot;"><input name="close"><input id="space"><p>Consultation 60 €</p></form><p>Fin</p></div>';
    const blocks = textBlocks(doc.body.firstElementChild!).map((b) => b.text);
    expect(blocks).toEqual(['Tarifs', 'Consultation 60 €', 'Fin']);
  });
});
