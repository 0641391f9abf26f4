import type { Pack } from '../format/load';
import aws101SecurityChecklist from './aws-101-security-checklist.yaml';
import iamFirstSteps from './iam-first-steps.yaml';
import secureRootAndIamAdmin from './secure-root-and-iam-admin.yaml';
import secureYourAwsAccount from './secure-your-aws-account.yaml';

/** The packs that ship with the extension, validated at build time (packs/catalogue/vite-plugin.ts). */
export const BUILTIN_PACKS: readonly Pack[] = [iamFirstSteps, aws101SecurityChecklist, secureYourAwsAccount, secureRootAndIamAdmin] as Pack[];
