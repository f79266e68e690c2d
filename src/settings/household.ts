// The household (docs/architecture.md, "The whole mutuelle"): several people, each with their own
// situation, sharing one contract unless they have their own; one is active, and the core sees
// only the active person's profile. Shapes, validation, the migration from the single profile
// of v1, and the active profile at a date of care. No storage code (the content scripts bundle it).
import { isAge, isPlainObject, MAX_AGE, PROFILE_FIELD_NAMES, PROFILE_FIELDS, type ProfileField } from '../core/limits';
import { DEFAULT_PROFILE, validateMutuelle, validateProfile, type ProfileMeta, type ProfileState, type SettingsProfile } from './schema';
import { validateYearToDate, type ProfileMutuelle, type YearToDate } from './contract';

export type Situation = Pick<SettingsProfile, ProfileField>;

export interface Person extends Situation {
  /** "p1", "p2"…: stable, never reused while the person exists. */
  id: string;
  /** Optional, stays on the device. */
  name?: string;
  /** YYYY-MM: when set, the age is computed at the date of care and `age` is ignored. */
  birthMonth?: string;
  /** Their own contract; absent = the household's shared one. */
  ownMutuelle?: ProfileMutuelle;
  yearToDate?: YearToDate;
}

export interface Household {
  activeId: string;
  /** The shared contract: editing it changes everyone who has no contract of their own. */
  mutuelle: ProfileMutuelle;
  people: Person[];
}

export interface HouseholdState {
  household: Household;
  isDefault: boolean;
  repaired: boolean;
}

export const FIRST_PERSON_ID = 'p1';
export const MAX_PEOPLE = 12;
export const MAX_NAME = 40;
const PERSON_ID = /^p[1-9]\d{0,2}$/;
const BIRTH_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function defaultHousehold(): Household {
  const { mutuelle, ...situation } = DEFAULT_PROFILE;
  return { activeId: FIRST_PERSON_ID, mutuelle: { ...mutuelle }, people: [{ id: FIRST_PERSON_ID, ...situation }] };
}

/**
 * The stored value of v1 (one CoverageProfile) as a household of one person, "p1", on the shared
 * contract: the same profile comes out of it. A household passes through (the migration may run
 * on a value that is already one); anything else is left to validation.
 */
export function householdFromV1(v1: unknown): unknown {
  if (!isPlainObject(v1) || Array.isArray(v1.people)) return v1;
  const { mutuelle, ...situation } = v1;
  return { activeId: FIRST_PERSON_ID, mutuelle, people: [{ ...situation, id: FIRST_PERSON_ID }] };
}

export const isBirthMonth = (v: unknown): v is string => {
  const m = typeof v === 'string' ? BIRTH_MONTH.exec(v) : null;
  return m != null && Number(m[1]) >= 1890;
};

/** Whole years at a day of care, the birthday counted from the 1st of the birth month; 0 before birth. */
export function ageAt(birthMonth: string, day: string): number {
  const months = (Number(day.slice(0, 4)) - Number(birthMonth.slice(0, 4))) * 12 + Number(day.slice(5, 7)) - Number(birthMonth.slice(5, 7));
  return Math.min(MAX_AGE, Math.max(0, Math.floor(months / 12)));
}

function validatePerson(raw: unknown): { person: Person | null; repaired: boolean } {
  if (!isPlainObject(raw) || typeof raw.id !== 'string' || !PERSON_ID.test(raw.id)) return { person: null, repaired: true };
  // The situation is a profile's: the same checks, the same repairs.
  const { profile, repaired: situationRepaired } = validateProfile({ ...raw, mutuelle: { kind: 'none' } });
  let repaired = situationRepaired;
  const person = { id: raw.id } as Person;
  for (const key of PROFILE_FIELD_NAMES) (person as unknown as Record<string, unknown>)[key] = profile[key];
  if (typeof raw.name === 'string') {
    const name = raw.name.trim().slice(0, MAX_NAME);
    if (name) person.name = name;
  } else if (raw.name !== undefined) repaired = true;
  if (isBirthMonth(raw.birthMonth)) person.birthMonth = raw.birthMonth;
  else if (raw.birthMonth !== undefined) repaired = true;
  if (raw.ownMutuelle !== undefined) {
    const own = validateMutuelle(raw.ownMutuelle);
    person.ownMutuelle = own.mutuelle;
    repaired ||= own.repaired;
  }
  if (profile.yearToDate) person.yearToDate = profile.yearToDate;
  return { person, repaired };
}

/** Keeps every valid person and field; a household that cannot be read at all is the default. */
export function validateHousehold(raw: unknown): { household: Household; repaired: boolean } {
  const value = householdFromV1(raw);
  if (!isPlainObject(value) || !Array.isArray(value.people)) return { household: defaultHousehold(), repaired: raw != null };
  const mutuelle = validateMutuelle(value.mutuelle);
  let repaired = mutuelle.repaired;
  const people: Person[] = [];
  for (const p of value.people.slice(0, MAX_PEOPLE)) {
    const v = validatePerson(p);
    repaired ||= v.repaired;
    if (v.person && !people.some((q) => q.id === v.person!.id)) people.push(v.person);
    else if (v.person) repaired = true;
  }
  if (value.people.length > MAX_PEOPLE) repaired = true;
  if (people.length === 0) return { household: { ...defaultHousehold(), mutuelle: mutuelle.mutuelle }, repaired: true };
  let activeId = value.activeId as string;
  if (!people.some((p) => p.id === activeId)) {
    activeId = people[0]!.id;
    repaired = true;
  }
  return { household: { activeId, mutuelle: mutuelle.mutuelle, people }, repaired };
}

export function activePerson(h: Household): Person {
  return h.people.find((p) => p.id === h.activeId) ?? h.people[0]!;
}

/** A person's profile as the core sees it, on a day of care (their age at that day). */
export function profileOf(h: Household, person: Person, day: string): SettingsProfile {
  const profile = { mutuelle: person.ownMutuelle ?? h.mutuelle } as SettingsProfile;
  for (const key of PROFILE_FIELD_NAMES) (profile as unknown as Record<string, unknown>)[key] = person[key];
  if (person.birthMonth) profile.age = ageAt(person.birthMonth, day);
  if (person.yearToDate) profile.yearToDate = person.yearToDate;
  return profile;
}

/** The stored value (of any version) and metadata as the active person's profile state. */
export function householdStateOf({ raw, meta }: { raw: unknown; meta: ProfileMeta }): HouseholdState {
  const { household, repaired } = validateHousehold(raw);
  return { household, isDefault: meta.savedAt == null, repaired };
}

export function activeState(state: HouseholdState, day: string): ProfileState {
  const { household, isDefault, repaired } = state;
  return { profile: profileOf(household, activePerson(household), day), isDefault, repaired };
}

/** A change to one person: situation fields, name, birth month, counters; `null` removes an optional field. */
export type PersonPatch = Partial<Situation> & {
  name?: string | null;
  birthMonth?: string | null;
  yearToDate?: YearToDate | null;
};

export function patchPerson(p: Person, patch: PersonPatch): Person {
  const next: Person = { ...p };
  for (const key of PROFILE_FIELD_NAMES) {
    if (patch[key] !== undefined && PROFILE_FIELDS[key](patch[key])) (next as unknown as Record<string, unknown>)[key] = patch[key];
  }
  if (patch.age !== undefined && isAge(patch.age)) delete next.birthMonth; // an age typed replaces the birth month
  for (const key of ['name', 'birthMonth', 'yearToDate'] as const) {
    if (patch[key] === null) delete next[key];
    else if (patch[key] !== undefined) (next as unknown as Record<string, unknown>)[key] = patch[key];
  }
  if (patch.yearToDate && !validateYearToDate(patch.yearToDate).yearToDate) delete next.yearToDate;
  return next;
}

/** The next free person id. */
export function nextPersonId(h: Household): string {
  const max = Math.max(0, ...h.people.map((p) => Number(p.id.slice(1))));
  return `p${max + 1}`;
}
