import { useEffect } from 'react';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { sessionConsoleHost } from '../consoleHosts';
import { formatAccountId } from '../layout/format';
import { currentRegion, partitionDomain } from '../routing';
import { usePracticeState } from '../state/store';
import { t } from '../i18n';

/**
 * Multi-session, a console URL without a session prefix while several sessions are open: which
 * session should open it? (The practice console's own page: the real one is not documented. With
 * one session the practice server goes straight to its host.)
 */
export function SessionChooser() {
  const state = usePracticeState();
  const domain = partitionDomain();
  const sessions = state.sessions ?? [];
  useEffect(() => {
    document.title = t('Choose a session | AWS Management Console');
  }, []);
  const hrefFor = (id: string) => {
    const url = new URL(window.location.href);
    url.hostname = sessionConsoleHost(state.account.id, id, currentRegion(), domain);
    return url.toString();
  };
  return (
    <main className="practice-session-chooser">
      <Container
        header={
          <Header variant="h1" description={t('You are signed in to more than one session in this browser. Choose the session to open this page in.')}>
            {t('Choose a session')}
          </Header>
        }
      >
        <SpaceBetween size="m">
          {sessions.map((session) => (
            <SpaceBetween key={session.id} direction="horizontal" size="xs" alignItems="center">
              <Link href={hrefFor(session.id)} fontSize="heading-s">
                {session.identity.kind === 'root' ? 'root' : session.identity.userName} @ {state.account.alias ?? formatAccountId(state.account.id)}
              </Link>
              <Box color="text-body-secondary">{session.identity.kind === 'root' ? t('Root user') : t('IAM user')}</Box>
            </SpaceBetween>
          ))}
          <Link href={`https://signin.${domain}/signin?redirect_uri=${encodeURIComponent(window.location.href)}`}>{t('Add session')}</Link>
        </SpaceBetween>
      </Container>
    </main>
  );
}
