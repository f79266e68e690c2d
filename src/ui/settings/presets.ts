// Contracts as published tables of guarantees print them, to start from in a few clicks: each
// level's lines as transcribed from the insurer's own table (notices of 2025–2026, read through
// a broker's line-by-line transcription; the user is asked to check them on their own table).
// Percentages are of the BR, Sécurité sociale included; euro amounts in cents.
import type { BrssMutuelle } from '../../settings';

export interface ContractPreset {
  /** Stable id: "<table>-<level>". */
  id: string;
  /** The table's name and level as printed. */
  table: string;
  level: string;
  mutuelle: BrssMutuelle;
}

interface Table {
  id: string;
  name: string;
  levels: string[];
  dptam: number[];
  nonDptam: number[];
  auxiliaries: number[];
  psyMsp: number[];
  dentalCare: number[];
  dentalProsthesis: number[];
  orthodontics: (number | null)[];
  /** Yearly allowance for unreimbursed care, € (null: none at that level). */
  allowancePerYear: (number | null)[];
  allowancePerSession: number | null;
  allowanceProfessions: string[];
}

const TABLES: Table[] = [
  {
    // APRIL Santé Mix Proximité, notice 03/2026. Médecines naturelles: per année d'adhésion, "non
    // limité par acte"; ostéopathe, chiropracteur, diététicien among the 13 listed, not the psychologist.
    id: 'april-santemix',
    name: 'APRIL Santé Mix Proximité',
    levels: ['N1', 'N2', 'N3', 'N4', 'N5', 'N6'],
    dptam: [100, 125, 150, 200, 250, 300],
    nonDptam: [100, 100, 125, 175, 200, 200],
    auxiliaries: [100, 100, 125, 150, 175, 200],
    psyMsp: [100, 100, 100, 100, 100, 100],
    dentalCare: [100, 125, 150, 175, 200, 250],
    dentalProsthesis: [100, 150, 200, 250, 300, 350],
    orthodontics: [100, 100, 100, 100, 100, 100],
    allowancePerYear: [null, 40, 60, 80, 100, 120],
    allowancePerSession: null,
    allowanceProfessions: ['osteopathe', 'chiropracteur', 'dieteticien'],
  },
  {
    // Gan Complémentaire Senior (APRIL), notice 2026 (the test set's contract). Médecines
    // naturelles: per année d'adhésion and per insured person, "50 € par séance au plus"; the list
    // includes the psychologist and the dietitian.
    id: 'gan-senior',
    name: 'Gan Complémentaire Senior',
    levels: ['N1', 'N2', 'N3', 'N4', 'N5'],
    dptam: [125, 150, 200, 250, 300],
    nonDptam: [100, 130, 175, 200, 200],
    auxiliaries: [125, 150, 175, 200, 200],
    psyMsp: [100, 100, 100, 100, 100],
    dentalCare: [100, 100, 100, 100, 100],
    dentalProsthesis: [125, 230, 300, 330, 430],
    orthodontics: [125, 150, 175, 200, 250],
    allowancePerYear: [60, 80, 100, 120, 160],
    allowancePerSession: 50,
    allowanceProfessions: ['osteopathe', 'chiropracteur', 'dieteticien', 'psychologue'],
  },
  {
    // Avenir Mutuelle Cap'Évolution. "Frais réels" for Mon soutien psy: its sessions have no
    // dépassement, so 100 % of the BR is the whole fee. Orthodontics reimbursed: not on the
    // transcription, left to the doctors' level. Bien-être per année civile, no per-session cap, no psychologist.
    id: 'avenir-capevolution',
    name: "Avenir Mutuelle Cap'Évolution",
    levels: ['Accès', 'Équilibre', 'Tranquillité', 'Sérénité'],
    dptam: [100, 130, 160, 200],
    nonDptam: [100, 110, 140, 180],
    auxiliaries: [100, 130, 160, 200],
    psyMsp: [100, 100, 100, 100],
    dentalCare: [100, 130, 160, 200],
    dentalProsthesis: [100, 130, 160, 200],
    orthodontics: [null, null, null, null],
    allowancePerYear: [null, 120, 160, 200],
    allowancePerSession: null,
    allowanceProfessions: ['osteopathe', 'chiropracteur', 'dieteticien'],
  },
];

function presetsOf(t: Table): ContractPreset[] {
  return t.levels.map((level, i) => {
    const mutuelle: BrssMutuelle = {
      kind: 'brss',
      dptamPct: t.dptam[i]!,
      nonDptamPct: t.nonDptam[i]!,
      responsable: true,
      auxiliariesPct: t.auxiliaries[i]!,
      psyMspPct: t.psyMsp[i]!,
      dentalCarePct: t.dentalCare[i]!,
      dentalProsthesisPct: t.dentalProsthesis[i]!,
    };
    const ortho = t.orthodontics[i];
    if (ortho != null) mutuelle.orthodonticsPct = ortho;
    const perYear = t.allowancePerYear[i];
    if (perYear != null) {
      mutuelle.allowance = {
        professions: [...t.allowanceProfessions],
        perSessionCents: t.allowancePerSession == null ? null : t.allowancePerSession * 100,
        sessionsPerYear: null,
        perYearCents: perYear * 100,
      };
    }
    return { id: `${t.id}-${i + 1}`, table: t.name, level, mutuelle };
  });
}

export const CONTRACT_PRESETS: readonly ContractPreset[] = TABLES.flatMap(presetsOf);
export const PRESET_TABLES: readonly { name: string; presets: ContractPreset[] }[] = TABLES.map((t) => ({
  name: t.name,
  presets: CONTRACT_PRESETS.filter((p) => p.table === t.name),
}));
