// Types of browsers.mjs (for the unit tests).
import type { Located } from './chrome.mjs';
export interface Browser {
  name: string;
  label: string;
  locate(env: Record<string, string | undefined>): Located;
}
export const BROWSERS: readonly Browser[];
export function requiredBrowsers(env?: Record<string, string | undefined>): string[];
export function preflight(options?: {
  env?: Record<string, string | undefined>;
  log?: (line: string) => void;
  what?: string;
  only?: string[];
  suites?: boolean;
  browsers?: readonly Browser[];
}): { ok: boolean; found: Map<string, { path: string; version: string | null }>; missing: string[] };
