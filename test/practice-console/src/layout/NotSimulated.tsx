import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { ConsoleShell } from './ConsoleShell';

/** Any console page the practice console does not simulate: say so, and offer the pages it has. */
export function NotSimulated() {
  return (
    <ConsoleShell route="/" region="global" breadcrumbs={[{ text: 'Console Home', href: '/console/home' }]}>
      <SpaceBetween size="l">
        <Header variant="h1">This page is not part of the practice console</Header>
        <Container>
          <SpaceBetween size="s">
            <Box>
              The practice console simulates the pages used to secure a new AWS account. <code>{window.location.pathname}</code> is not
              one of them.
            </Box>
            <Link href="/iam/home#/home">IAM Dashboard</Link>
            <Link href="/billing/home#/account">Billing: Account</Link>
            <Link href="/cloudwatch/home?region=us-east-1#alarmsV2:">CloudWatch: Alarms</Link>
          </SpaceBetween>
        </Container>
      </SpaceBetween>
    </ConsoleShell>
  );
}
