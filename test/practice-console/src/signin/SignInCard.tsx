import type { ReactNode } from 'react';
import { isNewSignIn } from './signinWording';
import './signin.css';
import { t } from '../i18n';

export const PRACTICE_NOTE = t('Practice console: any password works; MFA accepts any 6-digit code.');

/**
 * The sign-in page frame: logo, one centred card, footer. Not a console AppLayout page. The
 * redesigned sign-in app (2024) is a Next.js app: its pages sit in `div#__next`.
 */
export function SignInCard({ title, children, note = true }: { title: string; children: ReactNode; note?: boolean }) {
  const page = (
    <div className={isNewSignIn ? 'signin-page signin-page--new' : 'signin-page'}>
      <div className="signin-logo" role="img" aria-label={t('Amazon Web Services')}>
        aws
        <span />
      </div>
      <main className="signin-card">
        <h1>{title}</h1>
        {children}
        {note && <div className="signin-note">{PRACTICE_NOTE}</div>}
      </main>
      <footer className="signin-footer">
        {t('Terms of Use | Privacy Policy | © 2025, Amazon Web Services, Inc. or its affiliates. (Practice console: not AWS.)')}
      </footer>
    </div>
  );
  return isNewSignIn ? <div id="__next">{page}</div> : page;
}
