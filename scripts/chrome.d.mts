// Types of chrome.mjs (for the unit tests).
export type Located = { path: string; version: string | null } | { problem: string };
export const CHROMIUM_INSTALL: string;
export const INSTALL_HINT: string;
export function chromeVersion(path: string): string | null;
export function refusal(path: string, version: string | null): string | null;
export function locateChromium(env?: Record<string, string | undefined>, options?: { candidates?: string[]; names?: string[] }): Located;
export function findChrome(): string | null;
export function chromeArgs(extensionDir: string): string[];
export function chromeEnv(): Record<string, string | undefined>;
