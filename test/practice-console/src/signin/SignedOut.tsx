import { useEffect, useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { dispatch } from '../state/store';
import { SignInCard } from './SignInCard';
import { signInUrl } from './signinUrls';

/** `/oauth?Action=logout` and `/logout`: end the session, then offer to sign in again. */
export function SignedOut() {
  const [done, setDone] = useState(false);
  useEffect(() => {
    void dispatch({ type: 'signOut' }).then(() => setDone(true));
  }, []);
  return (
    <SignInCard title={done ? 'You have been signed out' : 'Signing out…'} note={false}>
      {done ? (
        <SpaceBetween size="l">
          <Box>Thank you for using Amazon Web Services. To sign in again, choose Log back in.</Box>
          <Button variant="primary" onClick={() => (window.location.href = signInUrl(null, '/signin', null))}>
            Log back in
          </Button>
        </SpaceBetween>
      ) : (
        <Spinner size="large" />
      )}
    </SignInCard>
  );
}
