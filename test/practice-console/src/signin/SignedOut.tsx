import { useEffect, useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { dispatch } from '../state/store';
import { SignInCard } from './SignInCard';
import { signInUrl } from './signinUrls';
import { t } from '../i18n';

/**
 * `signout=legacy`: `/oauth?Action=logout` and `/logout` end the session here, then offer to sign in
 * again. (Today's sign-out, `signout=aws-site`, is answered by the practice server: it ends on
 * `https://aws.amazon.com/console/`.)
 */
export function SignedOut({ session }: { session: string | null }) {
  const [done, setDone] = useState(false);
  useEffect(() => {
    void dispatch({ type: 'signOut', ...(session ? { session } : {}) }).then(() => setDone(true));
  }, [session]);
  return (
    <SignInCard title={done ? t('You have been signed out') : t('Signing out…')} note={false}>
      {done ? (
        <SpaceBetween size="l">
          <Box>{t('Thank you for using Amazon Web Services. To sign in again, choose Log back in.')}</Box>
          <Button variant="primary" onClick={() => (window.location.href = signInUrl(null, '/signin', null))}>
            {t('Log back in')}
          </Button>
        </SpaceBetween>
      ) : (
        <Spinner size="large" />
      )}
    </SignInCard>
  );
}
