import type { Identity } from '../../state/model';
import { t } from '../../i18n';

/**
 * Whose credentials a page works on: a named user (an admin acting on `#/users/details/NAME/…`),
 * or, for `#/security_credentials/…`, the signed-in identity (root → null).
 */
export function credentialsOwner(userName: string | null, identity: Identity | null): string | null {
  if (userName !== null) return userName;
  return identity?.kind === 'iam-user' ? identity.userName : null;
}

/** Where a credentials flow returns to, and the hash path its flash belongs to. */
export function credentialsHome(userName: string | null): { hash: string; flashRoute: string } {
  if (userName === null) return { hash: '#/security_credentials', flashRoute: '/security_credentials' };
  const encoded = encodeURIComponent(userName);
  return { hash: `#/users/details/${encoded}?section=security_credentials`, flashRoute: `/users/details/${userName}` };
}

export function credentialsBreadcrumbs(userName: string | null, last: string) {
  if (userName === null) {
    return [
      { text: t('My security credentials'), href: '#/security_credentials' },
      { text: last, href: '#' },
    ];
  }
  return [
    { text: t('Users'), href: '#/users' },
    { text: userName, href: `#/users/details/${encodeURIComponent(userName)}` },
    { text: last, href: '#' },
  ];
}
