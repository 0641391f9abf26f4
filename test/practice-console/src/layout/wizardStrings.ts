import type { WizardProps } from '@cloudscape-design/components/wizard';
import { currentLanguage } from '../i18n';

/**
 * The console's wizard wording: "Step 1", "Steps" navigation, Cancel / Previous / Next. In another
 * language none: Cloudscape's catalogue (I18nProvider, main.tsx) gives the Wizard its own words.
 */
export const WIZARD_STRINGS: WizardProps.I18nStrings | undefined = currentLanguage() !== 'en' ? undefined : {
  stepNumberLabel: (n) => `Step ${n}`,
  collapsedStepsLabel: (n, total) => `Step ${n} of ${total}`,
  skipToButtonLabel: (step) => `Skip to ${step.title}`,
  navigationAriaLabel: 'Steps',
  cancelButton: 'Cancel',
  previousButton: 'Previous',
  nextButton: 'Next',
  optional: 'optional',
};

/**
 * On a wizard's last, read-only step (after the resource exists) the console offers no way back.
 * Cloudscape's Wizard always renders Cancel and Previous, so the practice console hides them there.
 */
export const FINAL_STEP_CLASS = 'practice-wizard-final';
