import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';

/** CloudWatch pages other than alarms (dashboards, logs, metrics) are not simulated. */
export function CwNotSimulated({ raw }: { raw: string }) {
  return (
    <SpaceBetween size="l">
      <Header variant="h1">This page is not part of the practice console</Header>
      <Container>
        <SpaceBetween size="s">
          <Box>
            The practice console simulates only CloudWatch alarms. <code>#{raw}</code> is not simulated.
          </Box>
          <Link href="#alarmsV2:">All alarms</Link>
          <Link href="#alarmsV2:create">Create alarm</Link>
        </SpaceBetween>
      </Container>
    </SpaceBetween>
  );
}
