// Preact hooks over src/settings: the validated profile and site switches, kept in sync with
// storage (another page may write too), saved immediately on every change.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  acknowledgeRepair,
  addPerson,
  clearMarkedGp,
  readHousehold,
  removePerson,
  setActivePerson,
  setOwnContract,
  updatePerson,
  watchHousehold,
  type Household,
  type HouseholdState,
  type PersonPatch,
  type ProfilePatch,
  readProfile,
  readSites,
  sameProfile,
  setSiteEnabled,
  updateProfile,
  watchProfile,
  watchSites,
  type ProfileState,
  type SiteGroup,
  type SiteSwitches,
} from '../../settings';

export type SaveStatus = 'idle' | 'saved' | 'error';

export const SAVED_SHOWN_MS = 2500;

export interface ProfileController {
  /** null until the first read. */
  state: ProfileState | null;
  /** The stored data was invalid and this page is the one telling the user (once). */
  repairNotice: boolean;
  save: SaveStatus;
  /**
   * Bumped when the stored profile changes under the form (another page, a reset): key the form
   * with it so that state derived from the profile (split shown, custom level) starts afresh.
   */
  generation: number;
  update(patch: ProfilePatch): Promise<void>;
}

export function useProfile(): ProfileController {
  const [state, setState] = useState<ProfileState | null>(null);
  const [repairNotice, setRepairNotice] = useState(false);
  const [save, setSave] = useState<SaveStatus>('idle');
  const [generation, setGeneration] = useState(0);
  const pending = useRef(0);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const current = useRef<ProfileState | null>(null);
  current.current = state;

  useEffect(() => {
    let alive = true;
    const unwatch = watchProfile((s) => {
      // While our own writes are in flight, a watch event may describe an older write.
      if (!alive || pending.current > 0) return;
      const shown = current.current;
      if (shown && !sameProfile(shown.profile, s.profile)) setGeneration((g) => g + 1);
      setState(s);
    });
    void (async () => {
      const first = await readProfile().catch(() => null);
      if (!alive || first == null) return;
      setState(first);
      if (first.repaired) {
        const show = await acknowledgeRepair().catch(() => false);
        if (alive && show) setRepairNotice(true);
      }
    })();
    return () => {
      alive = false;
      unwatch();
      clearTimeout(saveTimer.current);
    };
  }, []);

  const update = useCallback(async (patch: ProfilePatch) => {
    // Optimistic: the form follows the click at once; storage confirms (or refutes) it.
    setState((s) => (s ? { ...s, profile: { ...s.profile, ...(typeof patch === 'function' ? patch(s.profile) : patch) }, isDefault: false } : s));
    pending.current++;
    try {
      await updateProfile(patch);
      setSave('saved');
      // "Enregistré" is a passing confirmation (a polite live region), not a permanent line.
      clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(() => setSave((s) => (s === 'saved' ? 'idle' : s)), SAVED_SHOWN_MS);
    } catch {
      setSave('error');
    } finally {
      pending.current--;
      if (pending.current === 0) {
        const fresh = await readProfile().catch(() => null);
        if (fresh && pending.current === 0) setState(fresh);
      }
    }
  }, []);

  return { state, repairNotice, save, generation, update };
}

export interface SitesController {
  sites: SiteSwitches | null;
  setEnabled(group: SiteGroup, enabled: boolean): Promise<void>;
}

export function useSites(): SitesController {
  const [sites, setSites] = useState<SiteSwitches | null>(null);
  useEffect(() => {
    let alive = true;
    void readSites().then((s) => alive && setSites(s), () => alive && setSites({}));
    const unwatch = watchSites((s) => alive && setSites(s));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const setEnabled = useCallback(async (group: SiteGroup, enabled: boolean) => {
    setSites((s) => ({ ...s, [group]: enabled }));
    const next = await setSiteEnabled(group, enabled).catch(() => null);
    if (next) setSites(next);
  }, []);
  return { sites, setEnabled };
}

export interface HouseholdController {
  /** null until the first read. */
  state: HouseholdState | null;
  setActive(id: string): Promise<void>;
  add(patch?: PersonPatch): Promise<string | null>;
  remove(id: string): Promise<void>;
  updatePerson(id: string, patch: PersonPatch): Promise<void>;
  setOwnContract(id: string, own: boolean): Promise<void>;
}

/** Everyone in the household, who is active, and the changes the pages make to them. */
export function useHousehold(): HouseholdController {
  const [state, setState] = useState<HouseholdState | null>(null);
  useEffect(() => {
    let alive = true;
    const unwatch = watchHousehold((s) => alive && setState(s));
    void readHousehold().then((s) => alive && setState(s), () => {});
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const apply = (write: Promise<Household>) => write.then((household) => setState((s) => (s ? { ...s, household, isDefault: false } : s)), () => {});
  return {
    state,
    setActive: (id) => apply(setActivePerson(id)),
    add: async (patch) => {
      const id = await addPerson(patch).catch(() => null);
      setState((await readHousehold().catch(() => null)) ?? state);
      return id;
    },
    remove: async (id) => {
      await apply(removePerson(id));
      await clearMarkedGp(id).catch(() => {});
    },
    updatePerson: (id, patch) => apply(updatePerson(id, patch)),
    setOwnContract: (id, own) => apply(setOwnContract(id, own)),
  };
}
