// The act rows of real-shaped profile pages, read by the site reader and mapped by the matcher
// the background runs: each row gets its act, its candidates or "unknown", never a wrong act.
import { describe, expect, it } from 'vitest';
import { detectListings } from '../../../src/sites';
import { matchFeeLabel } from '../../../src/core/act-label';
import { load } from '../detect/fixtures';

function rows(fixture: string): [string, string][] {
  const { doc, url } = load(fixture);
  const [listing] = detectListings(doc, url);
  if (!listing) throw new Error(`${fixture}: no listing`);
  return listing.fees.map((f) => {
    const m = matchFeeLabel(f.label, listing.specialty);
    const what = m.kind === 'act' ? m.act : m.kind === 'candidates' ? m.candidates.join('|') : m.kind === 'acts' ? m.acts.join('+') : m.kind === 'unknown' ? `unknown:${m.reason}` : m.kind;
    return [f.label, what];
  });
}

describe('act rows on profile pages', () => {
  it('a dentist: consultation, détartrage, crowns on a named canine, incisor and molar, an implant', () => {
    expect(rows('doctolib/profile-dentist-acts.html')).toEqual([
      ['Consultation', 'consultation'],
      ['Détartrage', 'HBJD001'],
      ['Couronne céramo-métallique sur canine', 'HBLD634'],
      ['Couronne céramo-métallique sur incisive', 'HBLD634'],
      ['Couronne céramo-métallique sur molaire', 'HBLD734'],
      ['Implant dentaire', 'implant'],
    ]);
  });

  it('a cardiologist: the ECG and the échographie cardiaque, the consultation that includes the ECG, no act for a thyroid ultrasound', () => {
    expect(rows('doctolib/profile-cardiologist-acts.html')).toEqual([
      ['Consultation', 'consultation'],
      ['Consultation + ECG', 'consultation'],
      ['ECG', 'DEQP003'],
      ['Échographie cardiaque', 'DZQM006'],
      ['Échographie de la thyroïde', 'unknown:ambiguous'],
      ['Téléconsultation', 'teleconsultation'],
    ]);
  });

  it('a gynaecologist: the frottis, the IUD, the pelvic ultrasound', () => {
    expect(rows('doctolib/profile-several-acts.html')).toEqual([
      ['Consultation', 'consultation'],
      ['Pose de stérilet', 'JKLD001'],
      ['Échographie pelvienne', 'echo-pelvienne'],
      ['Frottis', 'JKHD001'],
      ['Première consultation', 'consultation'],
    ]);
  });

  it('the other profiles with acts: a dermatologist, a cardiologist on Keldoc', () => {
    expect(rows('doctolib/profile-ranges.html')).toEqual([
      ['Consultation', 'consultation'],
      ['Consultation vidéo', 'teleconsultation'],
      ['Exérèse de lésion cutanée', 'unknown:ambiguous'],
      ['Séance de laser', 'unknown:not-in-table'],
    ]);
    expect(rows('keldoc/profile-keldoc.html')).toEqual([
      ['Consultation', 'consultation'],
      ['Échographie cardiaque', 'DZQM006'],
    ]);
  });
});
