import { useEffect, useRef, useState } from 'react';
import { usePracticeState } from '../state/store';
import { partitionDomain } from '../routing';
import { formatAccountId, regionLabel } from './format';

/**
 * The console's global navigation bar, with the hooks the real one carries (`#awsc-nav-header`,
 * the `data-testid` buttons). It is not a Cloudscape component on the real console either.
 */
export function GlobalHeader({ region }: { region: string | 'global' }) {
  const state = usePracticeState();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  const identity = state.identity;
  const displayName = identity?.kind === 'iam-user' ? identity.userName : 'root';
  const accountLabel = state.account.alias ?? formatAccountId(state.account.id);
  const domain = partitionDomain();

  useEffect(() => {
    if (!menuOpen) return;
    const close = (event: MouseEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) setMenuOpen(false);
    };
    const escape = (event: KeyboardEvent) => event.key === 'Escape' && setMenuOpen(false);
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', escape);
    };
  }, [menuOpen]);

  return (
    <div id="awsc-navigation-container" className="practice-global-nav">
      <div id="awsc-nav-header">
        <a className="practice-logo" href="/console/home" aria-label="Console Home">
          aws
        </a>
        <span className="practice-services">Services</span>
        <div className="practice-search">
          <input
            id="awsc-concierge-input"
            data-testid="awsc-concierge-input"
            type="search"
            placeholder="Search [Alt+S]"
            aria-label="Search"
          />
        </div>
        <span className="practice-badge" title="This is a practice console, not AWS">
          Practice console
        </span>
        <button type="button" className="practice-nav-button" data-testid="awsc-nav-regions-menu-button">
          {region === 'global' ? 'Global' : regionLabel(region)}
        </button>
        <div className="practice-account-menu" ref={menuRef}>
          <button
            type="button"
            className="practice-nav-button"
            data-testid="awsc-nav-account-menu-button"
            aria-expanded={menuOpen}
            aria-haspopup="true"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span data-testid="account-menu-button__background">
              {displayName} @ {accountLabel}
            </span>
          </button>
          {menuOpen && (
            <div className="practice-account-detail" data-testid="account-detail-menu" role="menu">
              <div className="practice-account-id">
                <span>Account ID: </span>
                <span>{formatAccountId(state.account.id)}</span>
                <button type="button" data-testid="awsc-copy-accountid" aria-label="Copy Account Id">
                  ⧉
                </button>
              </div>
              <a role="menuitem" href="/billing/home#/account">
                Account
              </a>
              <a role="menuitem" href="/billing/home#/">
                Billing and Cost Management
              </a>
              <a role="menuitem" href="/iam/home#/security_credentials">
                Security credentials
              </a>
              <a role="menuitem" href="/console/home#/settings">
                Settings
              </a>
              <a role="menuitem" href={`https://signin.${domain}/oauth?Action=logout`} data-testid="awsc-nav-sign-out">
                Sign out
              </a>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
