// A practitioner's fee label ("Détartrage", "Couronne céramo-métallique sur incisive",
// "Consultation + ECG") → what the core is asked to estimate (docs/acts.md, "From a label to an act").
// Runs in the background: the content scripts pass the raw label. Page text is untrusted: it is
// only matched. A label that could be a wrong act gives "unknown" with the reason, never a guess.
import { getAct } from './acts';

export type UnknownReason =
  | 'empty'
  | 'not-in-table' // an act the table does not know (visit at home, infiltration…)
  | 'other-profession' // an act of another profession (a dental act on a doctor's profile…)
  | 'ambiguous' // the label names no single act ("Échographie", "Bridge", "Prothèse")
  | 'combination-not-sourced'; // several acts in one row that are not billed together as such

export type CandidatesReason =
  | 'tooth-unknown' // a crown: the code depends on the tooth the label does not name
  | 'material-unknown' // a crown: the label names neither the material nor the tooth
  | 'sessions-unknown' // détartrage over two sessions: no code is sourced for it
  | 'faces-unknown'; // a filling: the label does not say how many faces

export type LabelMatch =
  | { readonly kind: 'consultation' | 'teleconsultation' }
  | { readonly kind: 'act'; readonly act: string }
  | { readonly kind: 'candidates'; readonly candidates: readonly string[]; readonly reason: CandidatesReason }
  /** Billed together in one row: a consultation with the acts that may be added to it. */
  | { readonly kind: 'acts'; readonly acts: readonly string[] }
  | { readonly kind: 'unknown'; readonly reason: UnknownReason };

const NOT_DOCTORS = new Set([
  'dentiste', 'non-medical', 'psychologue', 'psychologue-msp', 'masseur-kinesitherapeute', 'sage-femme',
  'pedicure-podologue', 'orthophoniste', 'osteopathe', 'chiropracteur', 'dieteticien',
]);
const NOT_REIMBURSED = new Set(['osteopathe', 'chiropracteur', 'dieteticien', 'psychologue']);
const SESSION_PROFESSIONS = new Set(['psychologue-msp', 'masseur-kinesitherapeute', 'pedicure-podologue', 'orthophoniste']);
const GYNAECOLOGY = new Set(['gynecologue', 'gynecologue-obstetricien', 'generaliste', 'medecin']);

/** Lower case, accents off, "œ" → "oe", apostrophes, hyphens and punctuation → space. */
export function normalizeLabel(label: string): string {
  return label
    .normalize('NFC')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’'`´ʼ‘‐‑‒–—―\-_/()[\],.;:!?"«»*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\bau cabinet\b/g, '')
    .trim();
}

const TELE = /\bvideo\b|\bvisio|\bteleconsult|\btele consult|\ba distance\b|\ben ligne\b/;
const CONSULTATION = /\bconsult|\brendez vous\b|\brdv\b|\bpremiere visite\b|\bsuivi\b|\btarif de la consultation\b/;
/** Consultation-like words that change what is billed (a visit at home, a night, an expert opinion…). */
const NOT_PLAIN_CONSULTATION =
  /\bvisite\b|domicile|\bgarde\b|\bnuit\b|dimanche|ferie|urgence|\bapc\b|avis ponctuel|expertise|complexe|certificat|\bivg\b|\bforfait\b/;
/** Words of an act the table does not hold: never read as a consultation. */
const OTHER_ACT =
  /echograph|\becho\b|frottis|sterilet|\bdiu\b|implant|infiltration|vaccin|injection|biopsie|endoscop|coloscop|gastroscop|fibroscop|electro|\becg\b|holter|doppler|\bmapa\b|effort|spirometr|\befr\b|audiogramme|fond d oeil|\boct\b|champ visuel|laser|epilation|botox|toxine|peeling|ablation|exerese|cryo|\bpose\b|retrait|detartrage|\bsoins?\b|prothese|couronne|radio|\birm\b|scanner|mammograph|\bbilan\b|\bexamen\b|\btest\b|\bactes?\b|chirurg|intervention|anesthes|\bseances?\b|\bdent/;

type Rule = (f: string, specialty: string) => LabelMatch | null;

const act = (id: string): LabelMatch => ({ kind: 'act', act: id });
const candidates = (ids: readonly string[], reason: CandidatesReason): LabelMatch =>
  ids.length === 1 ? act(ids[0]!) : { kind: 'candidates', candidates: ids, reason };
const unknown = (reason: UnknownReason): LabelMatch => ({ kind: 'unknown', reason });

// --- Dentists ---------------------------------------------------------------------------------

type Tooth = 'ic' | 'pm1' | 'pm2' | 'pm' | 'molar' | null;

/** The tooth the label names: a word, or an FDI number after "dent" / "sur la" (11–48). */
function toothOf(f: string): Tooth {
  if (/\b(incisives?|canines?|anterieures?|dents? de devant)\b/.test(f)) return 'ic';
  if (/\b(1 ?(re|ere)?|premiere) premolaire/.test(f)) return 'pm1';
  if (/\b(2 ?(e|eme|nde)?|deuxieme|seconde) premolaire/.test(f)) return 'pm2';
  if (/premolaire/.test(f)) return 'pm';
  if (/molaire|dent de sagesse/.test(f)) return 'molar';
  const n = /\b(?:dent|n|no|numero|sur la|sur)\s?([1-4][1-8])\b/.exec(f);
  if (n) {
    const pos = Number(n[1]![1]);
    return pos <= 3 ? 'ic' : pos === 4 ? 'pm1' : pos === 5 ? 'pm2' : 'molar';
  }
  return null;
}

/** Crown codes by material and tooth (DESIGN: HBLD634 / HBLD491 / HBLD734 for céramo-métallique). */
function crown(f: string): LabelMatch {
  const t = toothOf(f);
  const layered = /ceramo ceramique|ceramique ceramique|stratifi|cerami?que sur ceramique/.test(f);
  const ccm = !layered && /ceramo ?metal|\bccm\b|metallo ceramique/.test(f);
  const zircon = /zircon/.test(f);
  const ceramic = !ccm && !layered && /ceramique|\bemax\b|e max|disilicate/.test(f);
  const metal = !ccm && /\bmetal(lique)?\b|\bmetal\b|\bnickel|\bchrome|\bor\b/.test(f);
  const monolithic = /monolithique/.test(f);
  const materials = [layered, ccm, zircon, ceramic, metal].filter(Boolean).length;
  if (materials > 1) return unknown('ambiguous');
  const byTooth = (ic: string[], pm2: string[], molar: string[]): LabelMatch => {
    if (t === 'ic' || t === 'pm1') return candidates(ic, 'tooth-unknown');
    if (t === 'pm2') return candidates(pm2, 'tooth-unknown');
    if (t === 'molar') return candidates(molar, 'tooth-unknown');
    const all = [...new Set(t === 'pm' ? [...ic, ...pm2] : [...ic, ...pm2, ...molar])];
    return candidates(all, materials === 0 ? 'material-unknown' : 'tooth-unknown');
  };
  if (layered) return act('crown-layered-ceramic');
  if (ccm) return byTooth(['HBLD634'], ['HBLD491'], ['HBLD734']);
  if (zircon) return byTooth(['HBLD350'], ['HBLD350'], ['HBLD073']);
  if (ceramic) {
    const l = monolithic ? [] : ['crown-layered-ceramic'];
    return byTooth(['HBLD680', ...l], ['HBLD158', ...l], ['HBLD158', ...l]);
  }
  if (metal) return act('HBLD038');
  return byTooth(
    ['HBLD634', 'HBLD680', 'HBLD350', 'HBLD038', 'crown-layered-ceramic'],
    ['HBLD491', 'HBLD158', 'HBLD350', 'HBLD038', 'crown-layered-ceramic'],
    ['HBLD734', 'HBLD158', 'HBLD073', 'HBLD038', 'crown-layered-ceramic'],
  );
}

const DENTAL_RULES: readonly Rule[] = [
  (f) => {
    if (!/implant/.test(f)) return null;
    // A crown on an implant has its own code, with no sourced base; a consultation or a work-up
    // about implants is not the implant.
    if (/couronne|prothese|pilier|bridge/.test(f)) return act('HBLD418');
    if (/consult|bilan|devis|etude|scanner|radio|retrait|depose/.test(f)) return unknown('ambiguous');
    return act('implant');
  },
  (f) => (/blanchiment|eclaircissement/.test(f) ? act('HBMD005') : null),
  (f) => {
    if (!/orthodont|\bodf\b|semestre|\bbagues?\b|aligneur|invisalign|gouttieres? (invisibles?|transparentes?)/.test(f)) return null;
    if (/consult|bilan|devis|etude|contention|radio|urgence/.test(f)) return unknown('ambiguous');
    return act('TO90');
  },
  (f) => (/couronne.*\b(provisoire|transitoire)\b/.test(f) ? act('HBLD490') : null),
  (f) => (/inlay ?core|faux moignon|reconstitution corono/.test(f) ? act('inlay-core') : null),
  (f) => (/\bbridge\b|\bpont\b/.test(f) ? (/\b3 elements\b|\btrois elements\b/.test(f) ? act('bridge-3') : unknown('ambiguous')) : null),
  (f) => (/couronne|\bccm\b|ceramo|zircon|ceramique/.test(f) ? crown(f) : null),
  (f) => {
    if (!/prothese|dentier|stellite|appareil amovible|appareil dentaire/.test(f)) return null;
    if (/stellite/.test(f)) return /\b7\b/.test(f) ? act('denture-stellite-7') : /\b12\b/.test(f) ? act('denture-stellite-12') : unknown('ambiguous');
    if (/(complete|dentier).*\b14\b|\b14\b.*(complete|dentier)/.test(f) && /resine|dentier/.test(f)) return act('denture-resin-14');
    return unknown('ambiguous');
  },
  (f) => {
    if (/surfacage|parodont|curetage/.test(f)) return act('periodontics');
    if (!/detartrage|nettoyage|polissage/.test(f)) return null;
    if (/\b(2|deux) seances\b|\ben (2|deux) fois\b/.test(f)) return candidates(['HBJD001', 'detartrage-2-seances'], 'sessions-unknown');
    return act('HBJD001');
  },
  (f) => {
    if (!/devitalisation|endodont|traitement (de )?(la )?(racine|canal|canalaire)|pulpectomie|traitement radiculaire/.test(f)) return null;
    const t = toothOf(f);
    if (/necros|non vivante|mortifi/.test(f)) return t === 'molar' ? act('endo-molar-necrotic') : t === 'pm1' ? act('endo-premolar1-necrotic') : unknown('ambiguous');
    if (t === 'molar') return act('HBFD008');
    if (t === 'ic') return act('HBFD033');
    return unknown('ambiguous');
  },
  (f) => {
    if (!/obturation|composite|\bcaries?\b|soins? (dentaires?|conservateurs?)|amalgame|restauration/.test(f)) return null;
    const t = toothOf(f);
    const front = t === 'ic' ? true : t === 'pm1' || t === 'pm2' || t === 'pm' || t === 'molar' ? false : null;
    const pick = (ic: string, back: string): string[] => (front === null ? [ic, back] : [front ? ic : back]);
    if (/\b(1|une|un) faces?\b/.test(f)) return candidates(pick('HBMD058', 'HBMD053'), 'tooth-unknown');
    if (/\b(2|deux) faces\b/.test(f)) return candidates(pick('HBMD050', 'HBMD049'), 'tooth-unknown');
    if (/\b(3|trois) faces\b|\b3 faces ou plus\b/.test(f)) return candidates(pick('HBMD054', 'HBMD038'), 'tooth-unknown');
    return candidates([...pick('HBMD058', 'HBMD053'), ...pick('HBMD050', 'HBMD049'), ...pick('HBMD054', 'HBMD038')], 'faces-unknown');
  },
  (f) => {
    if (!/extraction|avulsion/.test(f)) return null;
    return /sagesse|chirurgical|incluse|germectomie|multiple|plusieurs|dents\b/.test(f) ? unknown('ambiguous') : act('HBGD036');
  },
  (f) => {
    if (/panoramique|\bpano\b/.test(f)) return act('HBQK002');
    if (/retro ?alveolaire/.test(f)) return act('HBQK389');
    return /\bradio|cone beam|scanner/.test(f) ? unknown('ambiguous') : null;
  },
  (f) => (/scellement|sillons/.test(f) ? act('fissure-sealing') : null),
  // M'T dents work-ups are free of charge under their own scheme, with several tariffs.
  (f) => (/m ?t ?dents|examen bucco|bilan bucco|\bebd\b|bilan dentaire|bilan de prevention/.test(f) ? unknown('not-in-table') : null),
];

// --- Doctors ----------------------------------------------------------------------------------

const DOCTOR_RULES: readonly Rule[] = [
  (f, s) => {
    if (!/frottis|prelevement cervico|depistage (du )?(cancer du )?col\b|\bpap\b/.test(f)) return null;
    return GYNAECOLOGY.has(s) ? act('JKHD001') : unknown('other-profession');
  },
  (f, s) => {
    if (!/sterilet|\bdiu\b|dispositif intra/.test(f)) return null;
    if (!GYNAECOLOGY.has(s)) return unknown('other-profession');
    // Only the insertion is sourced; a removal's code depends on how it is done.
    return /\bpose\b|insertion|mise en place/.test(f) && !/retrait|changement|ablation/.test(f) ? act('JKLD001') : unknown('not-in-table');
  },
  (f) => (/implant contraceptif|nexplanon/.test(f) ? unknown('not-in-table') : null),
  (f, s) => {
    if (!/echograph|\becho\b|echocardio|\bett\b|doppler/.test(f)) return null;
    if (/obstetric|grossesse|\bt[123]\b|trimestre|morpho|datation|foetal|prenatal/.test(f)) return unknown('not-in-table');
    if (/pelvi|gyneco|endovaginal|utero|ovair|follicul/.test(f)) return GYNAECOLOGY.has(s) ? act('echo-pelvienne') : unknown('other-profession');
    if (/cardi|coeur|echocardio|\bett\b|transthoracique/.test(f) && !/doppler (des )?(vaisseaux|arteres|veines|membres|carotid|tsa)|vascul|arteri|veine/.test(f)) {
      return s === 'cardiologue' ? act('DZQM006') : unknown('other-profession');
    }
    return unknown('ambiguous');
  },
  (f, s) => {
    if (/holter/.test(f)) return s === 'cardiologue' ? (/tensionnel|\bmapa\b/.test(f) ? unknown('not-in-table') : act('DEQP005')) : unknown('other-profession');
    if (/\beffort\b/.test(f)) return s === 'cardiologue' ? act('DKRP004') : unknown('other-profession');
    // DEQP003 is the same act whoever bills it; an ECG with an exercise or a Holter is another.
    if (/\becg\b|electrocardiogramme|electrocardiographie/.test(f)) return act('DEQP003');
    return null;
  },
  (f, s) => {
    if (!/grains? de beaute|naevus|melanome|depistage (des )?(cancers? de la peau|cutane)|cartographie|dermatoscop/.test(f)) return null;
    if (/exerese|ablation|retrait|enlever|biopsie|cryo/.test(f)) return null; // removing a mole is not screening
    if (s !== 'dermatologue') return unknown('other-profession');
    return /dermatoscop|video|cartographie|photo/.test(f) ? unknown('not-in-table') : act('CDE');
  },
  (f, s) => {
    if (!/cryo|azote|verrue|exerese|ablation (de |d )?(kyste|lesion|grain|naevus|verrue)|biopsie/.test(f)) return null;
    if (s !== 'dermatologue') return unknown('other-profession');
    if (/biopsie/.test(f)) return act('skin-biopsy');
    if (/cryo|azote|verrue/.test(f)) return unknown('ambiguous'); // the code depends on the number of lesions
    return unknown('ambiguous'); // the excision's code depends on its size and site
  },
  (f, s) => {
    if (!/fond d ?oeil|\boct\b|champ visuel|vision binoculaire|tomographie (en )?coherence/.test(f)) return null;
    if (s !== 'ophtalmologue') return unknown('other-profession');
    if (/fond d ?oeil/.test(f)) return /retinographie|photo|angio/.test(f) ? unknown('not-in-table') : act('BGQP002');
    if (/\boct\b|coherence/.test(f)) return act('BZQK001');
    if (/vision binoculaire/.test(f)) return act('BLQP010');
    return act('visual-field');
  },
  (f, s) => {
    if (!/audiogramme|audiometrie|test auditif|nasofibro|fibroscopie nasale/.test(f)) return null;
    if (s !== 'orl') return unknown('other-profession');
    if (/nasofibro|fibroscopie/.test(f)) return act('nasofibroscopy');
    if (/tonale? et vocale?/.test(f)) return act('CDQP012');
    if (/\btonale?\b|\bvocale?\b/.test(f)) return act('CDQP010');
    return unknown('ambiguous');
  },
  (f) => (/\bradio(graphie)?s?\b|scanner|\birm\b|mammograph|scintigraph/.test(f) ? act('radiology') : null),
];

/** One part of a label (no "+"): an act, a consultation, or unknown. */
function matchPart(f: string, specialty: string): LabelMatch {
  if (f === '') return unknown('empty');
  const dentist = specialty === 'dentiste';
  const doctor = !NOT_DOCTORS.has(specialty);
  if (NOT_REIMBURSED.has(specialty)) return TELE.test(f) ? { kind: 'teleconsultation' } : { kind: 'consultation' };
  let g = f;
  if (SESSION_PROFESSIONS.has(specialty)) g = g.replace(/\bseances?\b/g, 'consultation');
  if (dentist || doctor) {
    for (const rule of dentist ? DENTAL_RULES : DOCTOR_RULES) {
      const m = rule(g, specialty);
      if (!m) continue;
      // "Consultation (ECG inclus)": which of the two is billed is not said. The melanoma
      // screening is itself a consultation.
      if (m.kind !== 'unknown' && CONSULTATION.test(g) && !(m.kind === 'act' && m.act === 'CDE')) return unknown('ambiguous');
      return m;
    }
  }
  // A dental act on a doctor's profile, or a doctor's act on a dentist's.
  if (doctor && DENTAL_RULES.some((r) => r(g, 'dentiste') !== null) && /dent|couronne|detartrage|implant|carie|bridge/.test(g)) {
    return unknown('other-profession');
  }
  if (OTHER_ACT.test(g) || NOT_PLAIN_CONSULTATION.test(g)) return unknown('not-in-table');
  if (TELE.test(g)) return { kind: 'teleconsultation' };
  if (CONSULTATION.test(g)) return { kind: 'consultation' };
  return unknown('not-in-table');
}

/**
 * "Frottis et consultation" names two acts; "Audiogramme tonal et vocal", "Consultation et devis"
 * one: a side that names nothing on its own keeps the "et" inside the name.
 */
function splitEt(part: string, specialty: string): string[] {
  const sides = part.split(/\s+et\s+/);
  if (sides.length === 1) return sides;
  const bare = (p: string): boolean => {
    const m = matchPart(p, specialty);
    return m.kind === 'unknown' && m.reason === 'not-in-table' && !OTHER_ACT.test(p) && !NOT_PLAIN_CONSULTATION.test(p);
  };
  return sides.some(bare) ? [part] : sides;
}

function sameMatch(a: LabelMatch, b: LabelMatch): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What a fee row bills, from its label and the listing's specialty key. Several acts in one row
 * ("Consultation + ECG") are read as `acts` only when they are billed together; a
 * cardiologist's consultation already includes the ECG. Never throws.
 */
export function matchFeeLabel(label: unknown, specialty: unknown): LabelMatch {
  if (typeof label !== 'string' || typeof specialty !== 'string') return unknown('empty');
  const f = normalizeLabel(label);
  if (f === '' || f.length > 200) return unknown('empty');
  const parts = f.split(/\s*\+\s*|\s+avec\s+|\s+puis\s+/).flatMap((p) => splitEt(p, specialty)).filter((p) => p !== '');
  if (parts.length === 0) return unknown('empty');
  if (parts.length === 1) return matchPart(parts[0]!, specialty);
  const matches = parts.map((p) => matchPart(p, specialty));
  // "Détartrage et polissage", "Dépistage grains de beauté et mélanome": one act named twice.
  if (matches.every((m) => sameMatch(m, matches[0]!))) return matches[0]!;
  if (matches.some((m) => m.kind === 'unknown')) {
    // "Consultation et suivi de grossesse", "Consultation et devis": the unknown part wins.
    const u = matches.find((m) => m.kind === 'unknown')!;
    return u.kind === 'unknown' && u.reason === 'other-profession' ? u : unknown('combination-not-sourced');
  }
  const consultations = matches.filter((m) => m.kind === 'consultation').length;
  const others = matches.filter((m) => m.kind !== 'consultation');
  if (consultations !== 1 || others.length !== 1 || others[0]!.kind !== 'act') return unknown('combination-not-sourced');
  const id = others[0]!.act;
  const def = getAct(id);
  if (!def?.withConsultation) return unknown('combination-not-sourced');
  // The cardiologist's consultation (CSC) includes the ECG (S-C1).
  if (id === 'DEQP003' && specialty === 'cardiologue') return { kind: 'consultation' };
  return { kind: 'acts', acts: ['consultation', id] };
}
