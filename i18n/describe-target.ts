import type { Locator } from '../packs/format/schema';
import { t, type MessageKey } from './messages';

/** The kinds of element the coach can name in the learner's language; others keep their ARIA role. */
const ROLE_WORDS: Partial<Record<string, MessageKey>> = {
  button: 'roleButton',
  link: 'roleLink',
  tab: 'roleTab',
  checkbox: 'roleCheckbox',
  radio: 'roleRadio',
  menuitem: 'roleMenuitem',
  option: 'roleOption',
  textbox: 'roleTextbox',
  combobox: 'roleCombobox',
  heading: 'roleHeading',
  switch: 'roleSwitch',
};

const roleWord = (role: string) => {
  const key = ROLE_WORDS[role];
  return key ? t(key) : role;
};

/**
 * What a target looks for, in the learner's language: "the Create user button", 「Create user」ボタン.
 * The names are the console's own (pack text); the words around them are the coach's. The same
 * description as packs/format/describe-target.ts, which the CLI and the drift report file use.
 */
export function describeTargetLocalised(target: readonly Locator[] | undefined): string {
  const locator = target?.[0];
  if (!locator) return t('targetNextControl');
  const first = (names: Locator['name']) => (names === undefined ? '' : Array.isArray(names) ? names[0]! : names);
  if (locator.role) {
    // Alternatives (`[link, button]`) are described by the first: the learner needs one word.
    const role = typeof locator.role === 'string' ? locator.role : locator.role[0]!;
    return locator.name ? t('targetRoleNamed', first(locator.name), roleWord(role)) : t('targetRoleUnnamed', roleWord(role));
  }
  if (locator.label) return t('targetField', first(locator.label));
  if (locator.text) return t('targetText', first(locator.text));
  return t('targetThisStep');
}
