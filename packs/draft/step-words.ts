import type { RecordedStep } from './recording';
import { CATALOGUE } from '../catalogue/catalogue';

/**
 * A recorded step's first words, in plain English (the draft's `locale` is `en`): a title such as
 * "Choose Create user" and a body such as "On the **Users** page, choose **Create user**." The
 * author edits them; they only have to be right, not eloquent.
 */
export interface StepWords {
  title: string;
  body: string;
}

/** Page titles from the catalogue ("Create user: Set permissions" → "Set permissions" reads better in a sentence). */
export function pageTitle(pageId: string | null): string | null {
  const title = CATALOGUE.find((page) => page.id === pageId)?.title;
  return title ? (title.split(': ').at(-1) ?? title) : null;
}

/** Markdown's special characters in a control's name, escaped so the name stays text. */
const md = (text: string) => text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');

const ROLE_WORDS: Record<string, string> = {
  link: 'link',
  tab: 'tab',
  radio: 'option',
  option: 'option',
  checkbox: 'box',
  menuitem: 'menu item',
  row: 'row',
  combobox: 'list',
};

const what = (step: RecordedStep) => (step.role && ROLE_WORDS[step.role]) ?? 'button';

export function stepWords(step: RecordedStep): StepWords {
  const name = step.name;
  const page = pageTitle(step.pageId);
  const on = page ? `On the **${md(page)}** page, ` : '';
  const sentence = (verb: string, object: string) => `${on}${on ? verb.toLowerCase() : verb} ${object}.`;
  switch (step.action) {
    case 'go':
      return { title: `Go to ${page ?? 'the next page'}`, body: page ? `Open the **${md(page)}** page.` : 'Open the page shown next.' };
    case 'type':
      return name
        ? { title: `Type the ${name}`, body: sentence('Type', `the **${md(name)}** (a value of your own: the recording keeps none)`) }
        : { title: 'Type into the highlighted field', body: sentence('Type', 'into the highlighted field (a value of your own: the recording keeps none)') };
    case 'select':
      return {
        title: step.option ? `Choose ${step.option}${name ? ` for ${name}` : ''}` : `Choose an option${name ? ` for ${name}` : ''}`,
        body: sentence('Choose', `${step.option ? `**${md(step.option)}**` : 'an option'}${name ? ` for **${md(name)}**` : ''}`),
      };
    case 'check':
      return name ? { title: `Check ${name}`, body: sentence('Check', `**${md(name)}**`) } : { title: 'Check the highlighted box', body: sentence('Check', 'the highlighted box') };
    case 'uncheck':
      return name ? { title: `Clear ${name}`, body: sentence('Clear', `**${md(name)}**`) } : { title: 'Clear the highlighted box', body: sentence('Clear', 'the highlighted box') };
    default: {
      const verb = step.role === 'link' ? 'Open' : 'Choose';
      return name ? { title: `${verb} ${name}`, body: sentence(verb, `**${md(name)}**`) } : { title: `${verb} the highlighted ${what(step)}`, body: sentence(verb, `the highlighted ${what(step)}`) };
    }
  }
}

/** Added to every step on a page that shows or asks for a secret. */
export const SECRET_WARNING = 'This page shows or asks for a secret (a password, an access key or an MFA code): keep it to yourself and never put it in a pack, a screenshot or a chat.';

/** The title of a section of steps in one area of the console ("iam.users" → "Users"). */
export function areaTitle(area: string): string {
  const fromCatalogue = CATALOGUE.find((page) => page.id === area)?.title;
  if (fromCatalogue) return fromCatalogue;
  const AREAS: Record<string, string> = { signin: 'Sign in', aws: 'The AWS website', console: 'Console Home', iam: 'IAM', billing: 'Billing', cloudwatch: 'CloudWatch' };
  return AREAS[area.split('.')[0]!] ?? 'More steps';
}
