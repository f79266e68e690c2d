// Closed in every shipped build: the site's scripts must not read the breakdown (DESIGN). Tests
// (the e2e build mode and vitest) open it to read what the user sees.
export const SHADOW_MODE: ShadowRootMode =
  import.meta.env.MODE === 'e2e' || import.meta.env.MODE === 'test' ? 'open' : 'closed';
