import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { usePracticeState } from '../state/store';
import { currentRegion, currentSessionId, partitionDomain } from '../routing';
import { useNarrowHeader, variants } from '../pageVariants';
import { formatAccountId, regionLabel } from './format';
import { t } from '../i18n';

/** The account button's test id: the wide header's, or the narrow (or zoomed) header's t('more menu') one. */
export const ACCOUNT_MENU_TEST_ID = { wide: 'awsc-nav-account-menu-button', narrow: 'more-menu__awsc-nav-account-menu-button' } as const;

/**
 * The console's global navigation bar, with the hooks the real one carries (`#awsc-nav-header`,
 * the `data-testid` buttons). It is not a Cloudscape component on the real console either.
 * Below 1100 px of window width (or with `narrow-header`) the account button carries the narrow
 * header's test id; under multi-session the account menu has the session items.
 */
export function GlobalHeader({ region }: { region: string | 'global' }) {
  const state = usePracticeState();
  const narrow = useNarrowHeader();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const focusFirst = useRef(false);
  const identity = state.identity;
  const displayName = identity?.kind === 'iam-user' ? identity.userName : 'root';
  const accountLabel = state.account.alias ?? formatAccountId(state.account.id);
  const domain = partitionDomain();
  const multiSession = variants.session === 'multi';
  const sessionId = currentSessionId();

  useEffect(() => {
    const openedFromKeyboard = focusFirst.current;
    focusFirst.current = false;
    if (!menuOpen) return;
    const close = (event: MouseEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) setMenuOpen(false);
    };
    const escape = (event: KeyboardEvent) => event.key === 'Escape' && setMenuOpen(false);
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', escape);
    if (openedFromKeyboard) menuItems(menuRef.current)[0]?.focus();
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', escape);
    };
  }, [menuOpen]);

  // Menu keys: arrows move between items, Home/End jump, Escape closes and returns to the button.
  function onMenuKeyDown(event: ReactKeyboardEvent) {
    const items = menuItems(menuRef.current);
    const at = items.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => {
      event.preventDefault();
      items[(index + items.length) % items.length]?.focus();
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      setMenuOpen(false);
      buttonRef.current?.focus();
    } else if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at < 0 ? items.length - 1 : at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
  }

  function onButtonKeyDown(event: ReactKeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      // Opened from the keyboard: focus moves into the menu.
      focusFirst.current = true;
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        setMenuOpen(true);
      }
    }
  }

  const logout = `https://signin.${domain}/oauth?Action=logout`;
  // Add session: sign in once more; the new session opens this page on its own host.
  const here = new URL(window.location.href);
  here.hostname = `${currentRegion()}.console.${domain}`;
  const addSession = `https://signin.${domain}/signin?redirect_uri=${encodeURIComponent(here.toString())}`;

  return (
    <div id="awsc-navigation-container" className="practice-global-nav">
      <div id="awsc-nav-header" data-practice-header={narrow ? 'narrow' : 'wide'}>
        <a className="practice-logo" href="/console/home" aria-label={t('Console Home')}>
          aws
        </a>
        {!narrow && <span className="practice-services">{t('Services')}</span>}
        <div className="practice-search">
          <input
            id="awsc-concierge-input"
            data-testid="awsc-concierge-input"
            type="search"
            placeholder={t('Search [Alt+S]')}
            aria-label={t('Search')}
          />
        </div>
        <span className="practice-badge" title={t('This is a practice console, not AWS')}>
          {t('Practice console')}
        </span>
        <button type="button" className="practice-nav-button" data-testid="awsc-nav-regions-menu-button">
          {region === 'global' ? 'Global' : regionLabel(region)}
        </button>
        <div className="practice-account-menu" ref={menuRef} onKeyDown={menuOpen ? onMenuKeyDown : undefined}>
          <button
            ref={buttonRef}
            type="button"
            className="practice-nav-button"
            data-testid={narrow ? ACCOUNT_MENU_TEST_ID.narrow : ACCOUNT_MENU_TEST_ID.wide}
            aria-expanded={menuOpen}
            aria-haspopup="true"
            onKeyDown={onButtonKeyDown}
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span data-testid="account-menu-button__background">
              {displayName} @ {accountLabel}
            </span>
          </button>
          {menuOpen && (
            <div className="practice-account-detail" data-testid="account-detail-menu" role="menu" aria-label={t('Account')}>
              <div className="practice-account-id">
                <span>{t('Account ID:')} </span>
                <span>{formatAccountId(state.account.id)}</span>
                <button type="button" data-testid="awsc-copy-accountid" aria-label={t('Copy Account Id')}>
                  ⧉
                </button>
              </div>
              <a role="menuitem" href="/billing/home#/account">
                {t('Account')}
              </a>
              <a role="menuitem" href="/billing/home#/">
                {t('Billing and Cost Management')}
              </a>
              <a role="menuitem" href="/iam/home#/security_credentials">
                {t('Security credentials')}
              </a>
              <a role="menuitem" href="/console/home#/settings">
                {t('Settings')}
              </a>
              {multiSession ? (
                <>
                  <a role="menuitem" href={addSession}>
                    {t('Add session')}
                  </a>
                  <a role="menuitem" href={sessionId ? `${logout}&session=${sessionId}` : logout} data-testid="aws-console-signout">
                    {t('Sign out of current session')}
                  </a>
                  <a role="menuitem" href={`${logout}&session=all`}>
                    {t('Sign out of all sessions')}
                  </a>
                </>
              ) : (
                <a role="menuitem" href={logout} data-testid="aws-console-signout">
                  {t('Sign out')}
                </a>
              )}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return menu ? Array.from(menu.querySelectorAll<HTMLElement>('[role="menuitem"]')) : [];
}
