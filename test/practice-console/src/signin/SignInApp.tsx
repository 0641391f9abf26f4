import { useEffect, useMemo, useState } from 'react';
import type { Identity } from '../state/model';
import { variants } from '../pageVariants';
import { dispatch, usePracticeState } from '../state/store';
import { ChangePassword } from './ChangePassword';
import { IamUserForm } from './IamUserForm';
import { MainSignIn } from './MainSignIn';
import { MfaPrompt } from './MfaPrompt';
import { RegisterRootMfa } from './RegisterRootMfa';
import { RootPassword } from './RootPassword';
import { SignedOut } from './SignedOut';
import { afterSignInUrl, readSignInRequest } from './signinUrls';
import { t } from '../i18n';

/** Where the person is in the sign-in flow. Kept in component state only; never a password. */
type Step =
  | { kind: 'main' }
  | { kind: 'root-password'; email: string }
  | { kind: 'iam-form'; account: string }
  | { kind: 'mfa'; identity: Identity }
  | { kind: 'change-password'; userName: string }
  | { kind: 'register-root-mfa' }
  | { kind: 'signed-out' };

/** Every page of the sign-in hosts (signin.…, <region>.signin.…, <id-or-alias>.signin.…). */
export function SignInApp() {
  const request = useMemo(readSignInRequest, []);
  const state = usePracticeState();
  const [step, setStep] = useState<Step>(() =>
    request.logout ? { kind: 'signed-out' } : request.iamAccount !== null ? { kind: 'iam-form', account: request.iamAccount } : { kind: 'main' },
  );

  useEffect(() => {
    document.title = t('Amazon Web Services Sign-In');
  }, []);

  const userOf = (identity: Identity) => (identity.kind === 'iam-user' ? state.users.find((u) => u.name === identity.userName) : undefined);

  // Sign in only once every check (MFA, forced password change) has passed.
  async function complete(identity: Identity): Promise<string | null> {
    const multiSession = variants.session === 'multi';
    const outcome = await dispatch({ type: 'signIn', identity, ...(multiSession ? { session: true } : {}) });
    if (!outcome.ok) return outcome.error;
    // Multi-session: the console opens on the new session's own host.
    const session = multiSession ? outcome.state.sessions?.at(-1) : undefined;
    window.location.href = afterSignInUrl(request.redirectUri, session ? { accountId: outcome.state.account.id, id: session.id } : null);
    return null;
  }

  async function afterMfa(identity: Identity): Promise<string | null> {
    if (identity.kind === 'root' && variants.rootMfa === 'prompt' && !state.rootMfaDevices.length) {
      setStep({ kind: 'register-root-mfa' });
      return null;
    }
    const user = userOf(identity);
    if (identity.kind === 'iam-user' && user?.mustChangePassword) {
      setStep({ kind: 'change-password', userName: identity.userName });
      return null;
    }
    return complete(identity);
  }

  async function afterPassword(identity: Identity): Promise<string | null> {
    const devices = identity.kind === 'root' ? state.rootMfaDevices : (userOf(identity)?.mfaDevices ?? []);
    if (devices.length) {
      setStep({ kind: 'mfa', identity });
      return null;
    }
    return afterMfa(identity);
  }

  const restart = () => setStep(request.iamAccount !== null ? { kind: 'iam-form', account: request.iamAccount } : { kind: 'main' });

  switch (step.kind) {
    case 'signed-out':
      return <SignedOut session={request.logoutSession} />;
    case 'register-root-mfa':
      return <RegisterRootMfa onDone={() => complete({ kind: 'root' })} />;
    case 'main':
      return <MainSignIn redirectUri={request.redirectUri} onRootEmail={(email) => setStep({ kind: 'root-password', email })} />;
    case 'root-password':
      return <RootPassword email={step.email} onSignIn={() => afterPassword({ kind: 'root' })} onBack={restart} />;
    case 'iam-form':
      return (
        <IamUserForm
          initialAccount={step.account}
          redirectUri={request.redirectUri}
          onSignIn={(userName) => afterPassword({ kind: 'iam-user', userName })}
        />
      );
    case 'mfa':
      return <MfaPrompt identity={step.identity} onSubmit={() => afterMfa(step.identity)} onCancel={restart} />;
    case 'change-password':
      return <ChangePassword userName={step.userName} onChanged={() => complete({ kind: 'iam-user', userName: step.userName })} />;
  }
}
