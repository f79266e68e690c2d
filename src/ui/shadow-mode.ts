// What differs between a shipped build and the test build (`wxt build --mode e2e`, and vitest).
// Shipped: closed shadow roots and nothing in the page's DOM that depends on the amount or the
// user's profile (docs/architecture.md, "The badge in the page"). Test build: open roots and the amount hook attribute.
export const TEST_BUILD: boolean = import.meta.env.MODE === 'e2e' || import.meta.env.MODE === 'test';
export const SHADOW_MODE: ShadowRootMode = TEST_BUILD ? 'open' : 'closed';
