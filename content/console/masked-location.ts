import type { PageDefinition } from '../../packs/format/schema';
import { normaliseHash } from './match-page';
import { AWS_SITE_HOST, PARTITION_DOMAINS } from '../../packs/catalogue/hosts';
import { CATALOGUE } from '../../packs/catalogue/catalogue';

/** Literal path segments of the catalogue's URL patterns: the words a console address may keep. */
function knownSegments(pages: readonly PageDefinition[]): Set<string> {
  const words = new Set<string>();
  for (const page of pages) {
    for (const url of page.urls) {
      for (const glob of [...url.path, ...(url.hash ?? [])]) for (const part of glob.split('/')) if (part && !part.includes('*')) words.add(part);
    }
  }
  return words;
}

/** Built from the built-in catalogue only: a pack's own pages must not add words (a guessed user name would come back unmasked). */
let catalogueWords: Map<string, string> | null = null;

/** Known words compared without case, as hash routes are matched (`#/Account`); kept as the catalogue writes them. */
const wordsByCase = (words: Set<string>) => new Map([...words].map((word) => [word.toLowerCase(), word]));

const mask = (path: string, words: Map<string, string>) =>
  path
    .split('/')
    .map((part) => (part === '' ? part : (words.get(part.toLowerCase()) ?? '*')))
    .join('/');

/**
 * A console address with nothing of the account in it, for the drift report: the kind of host
 * (console, sign-in, or aws-site for the public site's console page), the path and the hash
 * route, each segment the built-in catalogue does not know (a user name, an access key id)
 * masked as `*`, no query. `https://123.signin.aws.amazon.com/console`
 * → `signin:/console`; `…/iam/home?region=x#/users/details/alice?section=y` → `console:/iam/home#/users/details/*`.
 */
export function maskedLocation(url: URL): string {
  const kind = url.hostname === AWS_SITE_HOST ? 'aws-site' : PARTITION_DOMAINS.some((d) => url.hostname === `signin.${d}` || url.hostname.endsWith(`.signin.${d}`)) ? 'signin' : 'console';
  const words = (catalogueWords ??= wordsByCase(knownSegments(CATALOGUE)));
  const hash = url.hash ? `#${mask(normaliseHash(url.hash).path, words)}` : '';
  return `${kind}:${mask(url.pathname.replace(/\/+$/, '') || '/', words)}${hash}`;
}
