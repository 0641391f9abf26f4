import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';

/** Billing pages the practice console does not simulate (Bills, Payments, …). */
export function BillingNotSimulated({ path }: { path: string }) {
  return (
    <SpaceBetween size="l">
      <Header variant="h1">This page is not part of the practice console</Header>
      <Container>
        <SpaceBetween size="s">
          <Box>
            The practice console simulates only the billing pages used to secure a new account. <code>#{path}</code> is
            not one of them.
          </Box>
          <Link href="#/">Billing and Cost Management home</Link>
          <Link href="#/account">Account</Link>
          <Link href="#/preferences">Billing preferences</Link>
        </SpaceBetween>
      </Container>
    </SpaceBetween>
  );
}
