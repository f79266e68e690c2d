// The coverage profile in storage: round trip, validation of everything read back, the
// "default in use" and "repaired" flags, atomic writes, concurrent pages, watch, migrations.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoverageProfile } from '../../../src/core/types';
import {
  DEFAULT_PROFILE,
  PROFILE_VERSION,
  acknowledgeRepair,
  defineProfileItem,
  profileItem,
  profileMigrations,
  readProfile,
  resetProfile,
  updateProfile,
  validateProfile,
  watchProfile,
  type ProfileState,
} from '../../../src/settings';

const local = () => fakeBrowser.storage.local;
/** A profile as v2 stores it: the household of one person ("p1") on the shared contract. */
const one = ({ mutuelle, ...situation }: CoverageProfile) => ({ activeId: 'p1', mutuelle, people: [{ id: 'p1', ...situation }] });
const stored = async () => local().get(null) as Promise<Record<string, unknown>>;

const VALID: CoverageProfile = {
  mutuelle: { kind: 'brss', dptamPct: 200, nonDptamPct: 180, responsable: false },
  age: 7,
  medecinTraitant: false,
  referred: false,
  ald: true,
  maternity: true,
  regime: 'alsace-moselle',
  css: true,
  ame: false,
};

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('round trip', () => {
  it('reads the default, marked as such, when nothing is stored', async () => {
    expect(await readProfile()).toEqual({ profile: DEFAULT_PROFILE, isDefault: true, repaired: false });
  });

  it('stores a patch, keeps the other fields, stamps the version and savedAt in one write', async () => {
    const set = vi.spyOn(local(), 'set');
    const next = await updateProfile({ age: 45, ald: true });
    expect(next).toEqual({ ...DEFAULT_PROFILE, age: 45, ald: true });
    expect(await readProfile()).toEqual({ profile: next, isDefault: false, repaired: false });
    const all = await stored();
    expect(all.profile).toEqual(one(next));
    expect(all.profile$).toEqual({ v: PROFILE_VERSION, savedAt: expect.any(Number) });
    // value and metadata in ONE storage.set: a watcher never sees one without the other
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]![0] as object).sort()).toEqual(['profile', 'profile$']);
  });

  it('round-trips every field of a full profile', async () => {
    await updateProfile(VALID);
    expect((await readProfile()).profile).toEqual(VALID);
    await updateProfile({ mutuelle: { kind: 'none' } });
    expect((await readProfile()).profile).toEqual({ ...VALID, mutuelle: { kind: 'none' } });
  });

  it('validates a patch too: an invalid value never reaches storage', async () => {
    await updateProfile({ age: -3 } as Partial<CoverageProfile>);
    expect((await readProfile()).profile.age).toBe(DEFAULT_PROFILE.age);
    await updateProfile({ mutuelle: { kind: 'brss', dptamPct: 5000, nonDptamPct: 1, responsable: true } });
    expect((await readProfile()).profile.mutuelle).toEqual(DEFAULT_PROFILE.mutuelle);
  });

  it('reset removes value and metadata at once: the default is in use again', async () => {
    await updateProfile({ age: 60 });
    const remove = vi.spyOn(local(), 'remove');
    await resetProfile();
    expect(await stored()).toEqual({});
    expect(remove).toHaveBeenCalledTimes(1);
    expect(await readProfile()).toEqual({ profile: DEFAULT_PROFILE, isDefault: true, repaired: false });
  });

  it('never hands out the frozen default itself', async () => {
    const { profile } = await readProfile();
    expect(Object.isFrozen(profile)).toBe(false);
    expect(profile).not.toBe(DEFAULT_PROFILE);
  });
});

// Values of every kind that JSON, a hand edit, an old bug or another extension could leave.
const JUNK: [string, unknown][] = [
  ['a string', 'abc'],
  ['a numeric string', '42'],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['an array', [1, 2]],
  ['null', null],
  ['an object', { a: 1 }],
  ['a negative number', -1],
];

type Field = keyof CoverageProfile;
const FIELDS: Field[] = ['mutuelle', 'age', 'medecinTraitant', 'referred', 'ald', 'maternity', 'regime', 'css', 'ame'];

describe('corrupt values: each field falls back to its default, the others are kept', () => {
  for (const field of FIELDS) {
    for (const [what, junk] of [...JUNK, ['missing', undefined] as [string, unknown]]) {
      it(`${field}: ${what}`, async () => {
        const raw: Record<string, unknown> = { ...VALID, [field]: junk };
        if (junk === undefined) delete raw[field];
        await local().set({ profile: raw, profile$: { v: 1, savedAt: 1 } });
        const state = await readProfile();
        expect(state.repaired).toBe(true);
        expect(state.isDefault).toBe(false);
        expect(state.profile).toEqual({ ...VALID, [field]: DEFAULT_PROFILE[field] });
      });
    }
  }

  it('out-of-range numbers: age over 130, levels over 1000 or negative', async () => {
    expect(validateProfile({ ...VALID, age: 131 })).toEqual({ profile: { ...VALID, age: 30 }, repaired: true });
    for (const dptamPct of [-5, 1001, '150', Number.NaN, null]) {
      const r = validateProfile({ ...VALID, mutuelle: { ...VALID.mutuelle, dptamPct } });
      expect(r).toEqual({ profile: { ...VALID, mutuelle: DEFAULT_PROFILE.mutuelle }, repaired: true });
    }
  });

  it('mutuelle: an invalid non-OPTAM level falls back to the OPTAM one, an invalid responsable to true', async () => {
    for (const junk of [...JUNK.map(([, j]) => j), 1001]) {
      expect(validateProfile({ ...VALID, mutuelle: { ...VALID.mutuelle, nonDptamPct: junk } })).toEqual({
        profile: { ...VALID, mutuelle: { kind: 'brss', dptamPct: 200, nonDptamPct: 200, responsable: false } },
        repaired: true,
      });
      expect(validateProfile({ ...VALID, mutuelle: { ...VALID.mutuelle, responsable: junk } })).toEqual({
        profile: { ...VALID, mutuelle: { kind: 'brss', dptamPct: 200, nonDptamPct: 180, responsable: true } },
        repaired: true,
      });
    }
  });

  it('mutuelle: an unknown kind, or no kind, is replaced', () => {
    for (const mutuelle of [{ kind: 'pct', dptamPct: 100 }, { dptamPct: 100, nonDptamPct: 100 }, 'brss']) {
      expect(validateProfile({ ...VALID, mutuelle }).profile.mutuelle).toEqual(DEFAULT_PROFILE.mutuelle);
    }
  });

  it('whole value: not an object → every default, flagged; nothing stored → default, not flagged', async () => {
    for (const junk of ['profile', 12, [VALID], true]) {
      await local().set({ profile: junk });
      expect(await readProfile()).toEqual({ profile: DEFAULT_PROFILE, isDefault: true, repaired: true });
    }
    expect(validateProfile(undefined)).toEqual({ profile: DEFAULT_PROFILE, repaired: false });
    expect(validateProfile(null)).toEqual({ profile: DEFAULT_PROFILE, repaired: false });
  });

  it('CSS and AME together contradict each other: both dropped, flagged', () => {
    expect(validateProfile({ ...VALID, css: true, ame: true })).toEqual({
      profile: { ...VALID, css: false, ame: false },
      repaired: true,
    });
  });

  it('fractions are rounded, not rejected; unknown extra fields are dropped silently', () => {
    const r = validateProfile({ ...VALID, age: 7.9, extra: 1, mutuelle: { ...VALID.mutuelle, dptamPct: 199.6 } });
    expect(r).toEqual({ profile: { ...VALID, mutuelle: { ...VALID.mutuelle, dptamPct: 200 } }, repaired: false });
  });

  it('corrupt metadata: the profile still reads; a savedAt that is no number means "default"', async () => {
    for (const meta of ['junk', [1], { savedAt: 'yesterday' }, { savedAt: Number.NaN }, null]) {
      await local().set({ profile: VALID, profile$: meta });
      expect(await readProfile()).toEqual({ profile: VALID, isDefault: true, repaired: false });
    }
  });

  it('a storage read that fails gives the default instead of throwing', async () => {
    vi.spyOn(local(), 'get').mockRejectedValue(new Error('IO error'));
    expect(await readProfile()).toEqual({ profile: DEFAULT_PROFILE, isDefault: true, repaired: false });
  });
});

describe('the repaired notice, once', () => {
  it('writes the repaired profile back, sets repairNoticeShown, keeps savedAt; says so only once', async () => {
    await local().set({ profile: { ...VALID, age: 'seven', css: 'yes' }, profile$: { v: 1, savedAt: 123 } });
    expect((await readProfile()).repaired).toBe(true);
    expect(await acknowledgeRepair()).toBe(true);
    const all = await stored();
    expect(all.profile).toEqual(one({ ...VALID, age: 30, css: false }));
    expect(all.profile$).toEqual({ v: 2, savedAt: 123, repairNoticeShown: true });
    expect(await readProfile()).toEqual({ profile: { ...VALID, age: 30, css: false }, isDefault: false, repaired: false });
    expect(await acknowledgeRepair()).toBe(false);
  });

  it('two pages opening at once: only one shows the notice', async () => {
    await local().set({ profile: 'garbage' });
    const answers = await Promise.all([acknowledgeRepair(), acknowledgeRepair()]);
    expect(answers.sort()).toEqual([false, true]);
    // never saved by the user: still the default
    expect(await readProfile()).toEqual({ profile: DEFAULT_PROFILE, isDefault: true, repaired: false });
  });

  it('nothing to repair: nothing written', async () => {
    await updateProfile({ age: 50 });
    const set = vi.spyOn(local(), 'set');
    expect(await acknowledgeRepair()).toBe(false);
    expect(set).not.toHaveBeenCalled();
  });

  it('a user save clears the flag, so that a later corruption is told again', async () => {
    await local().set({ profile: { ...VALID, regime: 'paris' } });
    expect(await acknowledgeRepair()).toBe(true);
    await updateProfile({ age: 40 });
    expect((await stored()).profile$).toEqual({ v: 2, savedAt: expect.any(Number) });
    await local().set({ profile: { ...VALID, regime: 'lyon' } });
    expect(await acknowledgeRepair()).toBe(true);
  });
});

/** A minimal Web Locks manager shared by "pages" (one exclusive FIFO queue per lock name). */
function fakeLockManager() {
  const queues = new Map<string, Promise<unknown>>();
  return {
    request(name: string, cb: () => Promise<unknown>) {
      const previous = queues.get(name) ?? Promise.resolve();
      const run = previous.then(cb, cb);
      queues.set(name, run.catch(() => {}));
      return run;
    },
  };
}

describe('concurrent writes lose nothing', () => {
  it('three updates of different fields at once, in one page', async () => {
    await Promise.all([
      updateProfile({ age: 40 }),
      updateProfile({ ald: true }),
      updateProfile({ mutuelle: { kind: 'brss', dptamPct: 300, nonDptamPct: 200, responsable: true } }),
    ]);
    expect((await readProfile()).profile).toEqual({
      ...DEFAULT_PROFILE,
      age: 40,
      ald: true,
      mutuelle: { kind: 'brss', dptamPct: 300, nonDptamPct: 200, responsable: true },
    });
  });

  it('two pages (popup and options: separate module instances) writing at once, under Web Locks', async () => {
    Object.defineProperty(navigator, 'locks', { value: fakeLockManager(), configurable: true });
    try {
      vi.resetModules();
      const popup = await import('../../../src/settings');
      vi.resetModules();
      const options = await import('../../../src/settings');
      expect(popup.updateProfile).not.toBe(options.updateProfile);
      await Promise.all([
        popup.updateProfile({ mutuelle: { kind: 'brss', dptamPct: 150, nonDptamPct: 150, responsable: true } }),
        options.updateProfile({ age: 12 }),
        popup.updateProfile({ css: true }),
        options.updateProfile({ maternity: true }),
      ]);
      expect((await readProfile()).profile).toEqual({
        ...DEFAULT_PROFILE,
        mutuelle: { kind: 'brss', dptamPct: 150, nonDptamPct: 150, responsable: true },
        age: 12,
        css: true,
        maternity: true,
      });
    } finally {
      delete (navigator as unknown as Record<string, unknown>).locks;
    }
  });

  it('(control) without a shared lock, two pages would lose a write: the lock is what saves it', async () => {
    vi.resetModules();
    const a = await import('../../../src/settings');
    vi.resetModules();
    const b = await import('../../../src/settings');
    await Promise.all([a.updateProfile({ age: 12 }), b.updateProfile({ ald: true })]);
    const { profile } = await readProfile();
    expect(profile.age === 12 && profile.ald).toBe(false);
  });
});

describe('watch', () => {
  it('fires with the validated state on every change, from any page; stops when unwatched', async () => {
    const seen: ProfileState[] = [];
    const off = watchProfile((s) => seen.push(s));
    await updateProfile({ age: 50 });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual({ profile: { ...DEFAULT_PROFILE, age: 50 }, isDefault: false, repaired: false });
    // another page (or a hand edit) writes junk: the watcher gets it repaired, never raw
    await local().set({ profile: { ...VALID, age: 'x' } });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]).toEqual({ profile: { ...VALID, age: 30 }, isDefault: false, repaired: true });
    await resetProfile();
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    expect(seen[2]).toEqual({ profile: DEFAULT_PROFILE, isDefault: true, repaired: false });
    off();
    await updateProfile({ age: 51 });
    await new Promise((r) => setTimeout(r, 10)); // the fake storage delivers onChanged in a macrotask
    expect(seen).toHaveLength(3);
  });

  it('fires when only the metadata changes (saving the default itself: no longer "default")', async () => {
    const seen: ProfileState[] = [];
    const off = watchProfile((s) => seen.push(s));
    await updateProfile({});
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual({ profile: DEFAULT_PROFILE, isDefault: false, repaired: false });
    off();
  });

  it('ignores other keys', async () => {
    const cb = vi.fn();
    const off = watchProfile(cb);
    await local().set({ sites: { 'doctolib.fr': false }, other: 1 });
    await new Promise((r) => setTimeout(r, 10)); // the fake storage delivers onChanged in a macrotask
    expect(cb).not.toHaveBeenCalled();
    off();
  });
});

describe('versions and migrations', () => {
  it('v2 is the version written; migrations[2] turns the v1 profile into a household of one', () => {
    expect(PROFILE_VERSION).toBe(2);
    expect(Object.keys(profileMigrations)).toEqual(['2']);
    expect(profileMigrations[2]!(VALID)).toEqual(one(VALID));
    // already a household (a migration run twice): unchanged; junk is left to validation
    expect(profileMigrations[2]!(one(VALID))).toEqual(one(VALID));
    expect(profileMigrations[2]!('junk')).toBe('junk');
  });

  for (const [what, meta] of [
    ['unversioned (no metadata)', undefined],
    ['v1', { v: 1, savedAt: 5 }],
  ] as const) {
    it(`a ${what} value is migrated once to v2, keeping the metadata and reading the same profile`, async () => {
      await local().set(meta ? { profile: VALID, profile$: { ...meta } } : ({ profile: VALID } as Record<string, unknown>));
      // read before any page migrated it (the content scripts' case): the same profile
      expect(await readProfile()).toEqual({ profile: VALID, isDefault: meta == null, repaired: false });
      const item = defineProfileItem();
      expect(await item.getValue()).toEqual(one(VALID));
      expect(await stored()).toEqual({ profile: one(VALID), profile$: meta ? { ...meta, v: 2 } : { v: 2 } });
      expect(await readProfile()).toEqual({ profile: VALID, isDefault: meta == null, repaired: false });
    });
  }

  it('a corrupt v1 value migrates to the same repairs as before', async () => {
    await local().set({ profile: { ...VALID, age: 'old' }, profile$: { v: 1 } });
    await defineProfileItem().getValue();
    expect(await readProfile()).toEqual({ profile: { ...VALID, age: 30 }, isDefault: true, repaired: true });
    await updateProfile({ age: 8 });
    expect((await stored()).profile$).toMatchObject({ v: 2 });
    expect(await profileItem.getMeta()).toMatchObject({ v: 2 });
  });

  it('the v3 slot: a future version migrates stored v2 data once, keeping the metadata', async () => {
    await local().set({ profile: one(VALID), profile$: { v: 2, savedAt: 5 } });
    const toV3 = vi.fn((v2: ReturnType<typeof one>) => ({ ...v2, people: v2.people.map((p) => ({ ...p, age: p.age + 1 })) }));
    const v3 = defineProfileItem(3, { ...profileMigrations, 3: toV3 });
    expect(await v3.getValue()).toEqual(one({ ...VALID, age: 8 }));
    expect(toV3).toHaveBeenCalledTimes(1);
    expect(await stored()).toEqual({ profile: one({ ...VALID, age: 8 }), profile$: { v: 3, savedAt: 5 } });
    await defineProfileItem(3, { ...profileMigrations, 3: toV3 }).getValue();
    expect(toV3).toHaveBeenCalledTimes(1);
  });

  it('from v1 to v3 in one go: both migrations run in order', async () => {
    await local().set({ profile: VALID, profile$: { v: 1 } });
    const toV3 = vi.fn((v2: unknown) => v2);
    await defineProfileItem(3, { ...profileMigrations, 3: toV3 }).getValue();
    expect(toV3).toHaveBeenCalledWith(one(VALID));
  });

  it('what a migration returns is still validated on read; a failing one leaves the value to validation', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await local().set({ profile: VALID, profile$: { v: 1 } });
    const broken = defineProfileItem(2, { 2: () => ({ mutuelle: 'lost' }) });
    expect(validateProfile(await broken.getValue())).toEqual({ profile: DEFAULT_PROFILE, repaired: true });

    fakeBrowser.reset();
    await local().set({ profile: VALID, profile$: { v: 1 } });
    const throwing = defineProfileItem(2, {
      2: () => {
        throw new Error('bug');
      },
    });
    await throwing.getValue();
    expect(error).toHaveBeenCalled();
    expect((await stored()).profile$).toEqual({ v: 1 });
    // the v1 value left in place still reads as it did
    expect(await readProfile()).toEqual({ profile: VALID, isDefault: true, repaired: false });
  });
});
