// The marked médecin traitant (issue 17): its own versioned item, validated on read, watched by
// the extension pages and read by the content scripts (reader.ts); local:profile never touched.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearMarkedGp,
  MEDECIN_TRAITANT_VERSION,
  readMarkedGp,
  setMarkedGp,
  watchMarkedGp,
  type MarkedGp,
} from '../../../src/settings';
import { readSettings, watchSettings } from '../../../src/settings/reader';

const local = () => fakeBrowser.storage.local;
const GIRARD: MarkedGp = { id: 'doctolib:/medecin-generaliste/paris/paul-girard-paris', name: 'Dr Paul Girard' };

beforeEach(() => fakeBrowser.reset());

describe('medecinTraitant item', () => {
  it('absent: none marked; the content scripts read null', async () => {
    expect(await readMarkedGp()).toBeNull();
    expect((await readSettings()).medecinTraitant).toBeNull();
  });

  it('set writes { [active person]: { id, name } } with its version (v2) and nothing else; the content scripts read the id', async () => {
    expect(MEDECIN_TRAITANT_VERSION).toBe(2);
    await setMarkedGp(GIRARD);
    expect(await local().get(null)).toEqual({ medecinTraitant: { p1: GIRARD }, medecinTraitant$: { v: 2 } });
    expect((await readSettings()).medecinTraitant).toBe(GIRARD.id);
  });

  it('refuses what is not a GP identity (a practice id, a centre, a text key): nothing stored', async () => {
    for (const id of [`${GIRARD.id}?pid=1`, 'doctolib:/centre-de-sante/lyon/x', 'doctolib:card:x|y|z']) {
      expect(await setMarkedGp({ id, name: 'x' })).toBeNull();
    }
    expect(await local().get(null)).toEqual({});
  });

  it('corrupt or hand-edited data marks no GP (pages and content scripts alike)', async () => {
    for (const raw of ['doctolib:/medecin-generaliste/paris/x', { id: 42 }, { id: 'javascript:alert(1)', name: 'x' }, []]) {
      await local().set({ medecinTraitant: raw });
      expect(await readMarkedGp()).toBeNull();
      expect((await readSettings()).medecinTraitant).toBeNull();
    }
  });

  it('clear removes the value and its metadata; watchers of the pages and of the content scripts hear both changes', async () => {
    const pages = vi.fn();
    const content = vi.fn();
    const off1 = watchMarkedGp(pages);
    const off2 = watchSettings(content);
    await setMarkedGp(GIRARD);
    await vi.waitFor(() => expect(pages).toHaveBeenLastCalledWith(GIRARD));
    await vi.waitFor(() => expect(content.mock.lastCall?.[0].medecinTraitant).toBe(GIRARD.id));
    await clearMarkedGp();
    await vi.waitFor(() => expect(pages).toHaveBeenLastCalledWith(null));
    await vi.waitFor(() => expect(content.mock.lastCall?.[0].medecinTraitant).toBeNull());
    expect(await local().get(null)).toEqual({});
    off1();
    off2();
  });
});
