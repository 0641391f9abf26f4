import type { ReactNode } from 'react';
import './signin.css';

export const PRACTICE_NOTE = 'Practice console: any password works; MFA accepts any 6-digit code.';

/** The sign-in page frame: logo, one centred card, footer. Not a console AppLayout page. */
export function SignInCard({ title, children, note = true }: { title: string; children: ReactNode; note?: boolean }) {
  return (
    <div className="signin-page">
      <div className="signin-logo" role="img" aria-label="Amazon Web Services">
        aws
        <span />
      </div>
      <main className="signin-card">
        <h1>{title}</h1>
        {children}
        {note && <div className="signin-note">{PRACTICE_NOTE}</div>}
      </main>
      <footer className="signin-footer">
        Terms of Use | Privacy Policy | © 2025, Amazon Web Services, Inc. or its affiliates. (Practice console: not AWS.)
      </footer>
    </div>
  );
}
