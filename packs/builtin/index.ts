import type { Pack } from '../format/load';
import iamFirstSteps from './iam-first-steps.yaml';
import secureRootAndIamAdmin from './secure-root-and-iam-admin.yaml';

/** The packs that ship with the extension, validated at build time (packs/vite-plugin-catalogue.ts). */
export const BUILTIN_PACKS: readonly Pack[] = [iamFirstSteps, secureRootAndIamAdmin] as Pack[];
