// Fee labels → acts. Each label says where it comes from:
//   notice    — a dentist's mandatory fee notice (arrêté of 30/05/2018 wording), docs/acts.md §5
//   software  — a dental-software label list quoted in docs/acts.md §5
//   doctolib  — a Doctolib booking reason or fee label quoted in public code or in our fixtures
//   insurer   — an insurer's "exemples de remboursement" (docs/mutuelle-tables.md)
//   issue     — the act names of the feature request
//   adversarial — written to trap a matcher into a wrong act
// The rule: no wrong act, ever; "unknown" (or candidates) where the label does not say.
import { describe, expect, it } from 'vitest';
import { matchFeeLabel, type LabelMatch } from '../../../src/core/act-label';
import { getAct } from '../../../src/core/acts';
import { actFromFeeLabel } from '../../../src/detect/act';

type Origin = 'notice' | 'software' | 'doctolib' | 'insurer' | 'issue' | 'adversarial';
/** [label, specialty, origin, expected]: "act:ID", "cands:ID,ID", "acts:ID,ID", "consultation", "teleconsultation", "unknown[:reason]". */
type Case = readonly [string, string, Origin, string];

const D = 'dentiste';
const CASES: readonly Case[] = [
  // --- Dentists: care -------------------------------------------------------------------------
  ['Consultation', D, 'doctolib', 'consultation'],
  ['Première consultation', D, 'doctolib', 'consultation'],
  ['Détartrage', D, 'issue', 'act:HBJD001'],
  ['Détartrage – un acte', D, 'notice', 'act:HBJD001'],
  ['Détartrage complet', D, 'software', 'act:HBJD001'],
  ['Détartrage et polissage', D, 'notice', 'act:HBJD001'],
  ['Détartrage + polissage', D, 'adversarial', 'act:HBJD001'],
  ['Nettoyage des dents (détartrage)', D, 'adversarial', 'act:HBJD001'],
  ['Détartrage complet (2 séances)', D, 'issue', 'cands:HBJD001,detartrage-2-seances'],
  ['Détartrage en deux fois', D, 'adversarial', 'cands:HBJD001,detartrage-2-seances'],
  ['Consultation + détartrage', D, 'issue', 'unknown:combination-not-sourced'],
  ['Consultation et devis', D, 'adversarial', 'consultation'],
  ['Surfaçage radiculaire', D, 'adversarial', 'act:periodontics'],
  ['Composite 1 face', D, 'software', 'cands:HBMD058,HBMD053'],
  ['Obturation - une face', D, 'notice', 'cands:HBMD058,HBMD053'],
  ['Obturation 2 faces sur molaire', D, 'adversarial', 'act:HBMD049'],
  ['Composite 3 faces incisive', D, 'adversarial', 'act:HBMD054'],
  ['Soin de carie', D, 'adversarial', 'cands:HBMD058,HBMD053,HBMD050,HBMD049,HBMD054,HBMD038'],
  ['Pulpectomie d\'une molaire', D, 'notice', 'act:HBFD008'],
  ['Dévitalisation molaire', D, 'issue', 'act:HBFD008'],
  ['Dévitalisation incisive', D, 'adversarial', 'act:HBFD033'],
  ['Biopulpectomie + Obturation', D, 'software', 'unknown'],
  ['Dévitalisation', D, 'adversarial', 'unknown:ambiguous'],
  ['Traitement de canal prémolaire', D, 'adversarial', 'unknown:ambiguous'],
  ['Extraction d\'une dent définitive', D, 'notice', 'act:HBGD036'],
  ['Extraction dent de sagesse', D, 'adversarial', 'unknown:ambiguous'],
  ['Radio panoramique', D, 'software', 'act:HBQK002'],
  ['Radio rétro-alvéolaire', D, 'software', 'act:HBQK389'],
  ['Radiographie dentaire', D, 'adversarial', 'unknown:ambiguous'],
  ['Scellement préventif des sillons', D, 'notice', 'act:fissure-sealing'],
  ['Bilan bucco-dentaire M\'T dents', D, 'issue', 'unknown:not-in-table'],
  ['Examen bucco-dentaire', D, 'adversarial', 'unknown:not-in-table'],
  ['Urgence dentaire', D, 'adversarial', 'unknown'],
  // --- Dentists: prostheses -------------------------------------------------------------------
  ['Couronne céramo-métallique', D, 'issue', 'cands:HBLD634,HBLD491,HBLD734'],
  ['Couronne céramo-métallique sur incisive', D, 'adversarial', 'act:HBLD634'],
  ['Couronne céramo-métallique incisive/canine/1re prémolaire (100 % Santé)', D, 'insurer', 'act:HBLD634'],
  ['Couronne céramo-métallique sur molaire (hors 100 % Santé)', D, 'insurer', 'act:HBLD734'],
  ['Couronne céramo-métallique 2e prémolaire', D, 'adversarial', 'act:HBLD491'],
  ['Couronne céramo-métallique prémolaire', D, 'adversarial', 'cands:HBLD634,HBLD491'],
  ['Couronne CCM dent 36', D, 'adversarial', 'act:HBLD734'],
  ['Couronne CCM sur la 11', D, 'adversarial', 'act:HBLD634'],
  ['Couronne zircone / céramique', D, 'software', 'unknown:ambiguous'],
  ['Couronne zircone', D, 'adversarial', 'cands:HBLD350,HBLD073'],
  ['Couronne zircone molaire', D, 'adversarial', 'act:HBLD073'],
  ['Couronne céramique', D, 'doctolib', 'cands:HBLD680,crown-layered-ceramic,HBLD158'],
  ['Couronne céramique monolithique sur canine', D, 'adversarial', 'act:HBLD680'],
  ['Couronne céramo-céramique', D, 'adversarial', 'act:crown-layered-ceramic'],
  ['Couronne métallique', D, 'adversarial', 'act:HBLD038'],
  ['Couronne quel que soit le matériau', D, 'notice', 'cands:HBLD634,HBLD680,HBLD350,HBLD038,crown-layered-ceramic,HBLD491,HBLD158,HBLD734,HBLD073'],
  ['Couronne sur implant', D, 'issue', 'act:HBLD418'],
  ['Couronne provisoire', D, 'adversarial', 'act:HBLD490'],
  ['Inlay-core', D, 'software', 'act:inlay-core'],
  ['Faux moignon métal non précieux', D, 'notice', 'act:inlay-core'],
  ['Bridge 3 éléments', D, 'software', 'act:bridge-3'],
  ['Bridge', D, 'adversarial', 'unknown:ambiguous'],
  ['Prothèse adjointe stellite 7 dents', D, 'notice', 'act:denture-stellite-7'],
  ['Prothèse complète résine 14 dents', D, 'notice', 'act:denture-resin-14'],
  ['Prothèse amovible', D, 'adversarial', 'unknown:ambiguous'],
  ['Prothèse dentaire', D, 'adversarial', 'unknown:ambiguous'],
  // --- Dentists: not reimbursed, orthodontics -------------------------------------------------
  ['Implant dentaire', D, 'issue', 'act:implant'],
  ['Pose d\'implant', D, 'adversarial', 'act:implant'],
  ['Consultation implantologie', D, 'adversarial', 'unknown:ambiguous'],
  ['Blanchiment dentaire', D, 'issue', 'act:HBMD005'],
  ['Éclaircissement des dents', D, 'adversarial', 'act:HBMD005'],
  ['Semestre d\'orthodontie enfant', D, 'notice', 'act:TO90'],
  ['Orthodontie (par semestre)', D, 'insurer', 'act:TO90'],
  ['Invisalign', D, 'adversarial', 'act:TO90'],
  ['Bilan orthodontique', D, 'adversarial', 'unknown:ambiguous'],
  // --- Gynaecology ------------------------------------------------------------------------------
  ['Frottis', 'gynecologue', 'issue', 'act:JKHD001'],
  ['Frottis cervico-vaginal', 'gynecologue-obstetricien', 'adversarial', 'act:JKHD001'],
  ['Consultation + frottis', 'gynecologue', 'adversarial', 'acts:consultation,JKHD001'],
  ['Consultation gynécologique avec frottis', 'gynecologue', 'adversarial', 'acts:consultation,JKHD001'],
  ['Frottis', 'generaliste', 'adversarial', 'act:JKHD001'],
  ['Frottis', 'sage-femme', 'adversarial', 'unknown'],
  ['Frottis', 'cardiologue', 'adversarial', 'unknown:other-profession'],
  ['Pose de stérilet', 'gynecologue', 'doctolib', 'act:JKLD001'],
  ['Pose de DIU', 'gynecologue', 'adversarial', 'act:JKLD001'],
  ['Retrait de stérilet', 'gynecologue', 'adversarial', 'unknown'],
  ['Pose d\'implant contraceptif', 'gynecologue', 'adversarial', 'unknown'],
  ['Échographie pelvienne', 'gynecologue', 'doctolib', 'act:echo-pelvienne'],
  ['Échographie de grossesse T1', 'gynecologue-obstetricien', 'adversarial', 'unknown'],
  ['Suivi de grossesse', 'gynecologue', 'doctolib', 'consultation'],
  ['Bilan d\'infertilité', 'gynecologue', 'doctolib', 'unknown'],
  ['Consultation + frottis + échographie', 'gynecologue', 'adversarial', 'unknown:combination-not-sourced'],
  // --- Cardiology -------------------------------------------------------------------------------
  ['ECG', 'cardiologue', 'issue', 'act:DEQP003'],
  ['Électrocardiogramme', 'cardiologue', 'adversarial', 'act:DEQP003'],
  ['Échographie cardiaque', 'cardiologue', 'issue', 'act:DZQM006'],
  ['Écho-doppler cardiaque', 'cardiologue', 'doctolib', 'act:DZQM006'],
  ['Échocardiographie transthoracique (ETT)', 'cardiologue', 'adversarial', 'act:DZQM006'],
  ['Échographie de la thyroïde', 'cardiologue', 'issue', 'unknown'],
  ['Échographie', 'cardiologue', 'adversarial', 'unknown:ambiguous'],
  ['Écho-doppler des membres inférieurs', 'cardiologue', 'adversarial', 'unknown'],
  ['Holter ECG 24h', 'cardiologue', 'adversarial', 'act:DEQP005'],
  ['Holter tensionnel (MAPA)', 'cardiologue', 'adversarial', 'unknown'],
  ['Épreuve d\'effort', 'cardiologue', 'adversarial', 'act:DKRP004'],
  ['ECG d\'effort', 'cardiologue', 'adversarial', 'act:DKRP004'],
  ['Consultation + ECG', 'cardiologue', 'issue', 'consultation'],
  ['Consultation + ECG', 'generaliste', 'adversarial', 'acts:consultation,DEQP003'],
  ['Consultation (ECG inclus)', 'generaliste', 'adversarial', 'unknown:ambiguous'],
  ['ECG + échographie cardiaque', 'cardiologue', 'adversarial', 'unknown:combination-not-sourced'],
  ['Échographie cardiaque', 'generaliste', 'adversarial', 'unknown:other-profession'],
  // --- Other specialists -------------------------------------------------------------------------
  ['Dépistage grains de beauté', 'dermatologue', 'doctolib', 'act:CDE'],
  ['Dépistage du mélanome', 'dermatologue', 'adversarial', 'act:CDE'],
  ['Exérèse de lésion cutanée', 'dermatologue', 'doctolib', 'unknown:ambiguous'],
  ['Exérèse d\'un grain de beauté', 'dermatologue', 'doctolib', 'unknown:ambiguous'],
  ['Ablation de grain de beauté', 'dermatologue', 'adversarial', 'unknown:ambiguous'],
  ['Cryothérapie (verrues)', 'dermatologue', 'adversarial', 'unknown:ambiguous'],
  ['Biopsie cutanée', 'dermatologue', 'adversarial', 'act:skin-biopsy'],
  ['Séance de laser', 'dermatologue', 'doctolib', 'unknown'],
  ['Fond d\'œil', 'ophtalmologue', 'adversarial', 'act:BGQP002'],
  ['OCT', 'ophtalmologue', 'adversarial', 'act:BZQK001'],
  ['Fond d\'œil', 'dermatologue', 'adversarial', 'unknown:other-profession'],
  ['Audiogramme tonal et vocal', 'orl', 'adversarial', 'act:CDQP012'],
  ['Audiogramme', 'orl', 'adversarial', 'unknown:ambiguous'],
  ['IRM du genou', 'radiologue', 'adversarial', 'act:radiology'],
  ['Couronne céramo-métallique', 'stomatologue', 'adversarial', 'unknown:other-profession'],
  ['Détartrage', 'generaliste', 'adversarial', 'unknown:other-profession'],
  // --- Consultations and teleconsultations keep today's reading ----------------------------------
  ['Consultation', 'generaliste', 'doctolib', 'consultation'],
  ['Téléconsultation', 'cardiologue', 'doctolib', 'teleconsultation'],
  ['Consultation vidéo', 'dermatologue', 'doctolib', 'teleconsultation'],
  ['Visite à domicile', 'generaliste', 'adversarial', 'unknown'],
  ['Consultation de nuit', 'generaliste', 'adversarial', 'unknown'],
  ['Séance de kinésithérapie', 'masseur-kinesitherapeute', 'doctolib', 'consultation'],
  ['Bilan kinésithérapique', 'masseur-kinesitherapeute', 'doctolib', 'unknown'],
  ['Séance de psychothérapie', 'psychologue', 'doctolib', 'consultation'],
  ['', 'dentiste', 'adversarial', 'unknown:empty'],
  ['+', 'generaliste', 'adversarial', 'unknown'],
];

function describeMatch(m: LabelMatch): string {
  switch (m.kind) {
    case 'act':
      return `act:${m.act}`;
    case 'candidates':
      return `cands:${m.candidates.join(',')}`;
    case 'acts':
      return `acts:${m.acts.join(',')}`;
    case 'unknown':
      return `unknown:${m.reason}`;
    default:
      return m.kind;
  }
}

describe('fee label → act', () => {
  it('holds at least 80 labels, each with its origin, a quarter of them adversarial', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(80);
    expect(CASES.filter((c) => c[2] === 'adversarial').length).toBeGreaterThanOrEqual(CASES.length / 4);
  });

  it.each(CASES)('%s (%s, %s) → %s', (label, specialty, _origin, expected) => {
    const got = describeMatch(matchFeeLabel(label, specialty));
    if (expected === 'unknown') expect(got).toMatch(/^unknown:/);
    else expect(got).toBe(expected);
  });

  it('names only acts the table knows', () => {
    for (const [label, specialty] of CASES) {
      const m = matchFeeLabel(label, specialty);
      const ids = m.kind === 'act' ? [m.act] : m.kind === 'candidates' ? m.candidates : m.kind === 'acts' ? m.acts.filter((a) => a !== 'consultation') : [];
      for (const id of ids) expect(getAct(id), `${label} → ${id}`).toBeDefined();
    }
  });

  it('reads consultations and teleconsultations as the content scripts do today', () => {
    for (const [label, specialty] of CASES) {
      const m = matchFeeLabel(label, specialty);
      const today = actFromFeeLabel(label, specialty);
      if (m.kind === 'consultation' || m.kind === 'teleconsultation') {
        // A cardiologist's "Consultation + ECG" is the cardiology consultation, which includes the ECG.
        if (label === 'Consultation + ECG') continue;
        expect(today, label).toBe(m.kind);
      } else if (today !== null) {
        expect.fail(`${label} (${specialty}): today ${today}, now ${describeMatch(m)}`);
      }
    }
  });

  it('never throws on hostile input', () => {
    for (const label of [null, 42, {}, 'x'.repeat(5000), '\u0000', '++++', 'et et et', 'Couronne '.repeat(30)]) {
      expect(() => matchFeeLabel(label, 'dentiste')).not.toThrow();
      expect(matchFeeLabel(label, 'dentiste').kind).toBe('unknown');
    }
    expect(matchFeeLabel('Détartrage', undefined).kind).toBe('unknown');
  });
});
