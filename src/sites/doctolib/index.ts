// doctolib: its reader and what the self-check needs to know of it (the line in src/sites/index.ts).
import type { SiteModule } from '../../detect/reader';
import { doctolib } from './reader';
import { check } from './check';

export const site: SiteModule = { reader: doctolib, check };
