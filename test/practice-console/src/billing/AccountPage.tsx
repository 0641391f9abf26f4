import type { ReactNode } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { usePracticeState } from '../state/store';
import { IamAccessSection } from './IamAccessSection';

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Box variant="awsui-key-label">{label}</Box>
      <div>{children}</div>
    </div>
  );
}

/** `#/account`: account settings, contacts, and the root-only IAM access to billing switch. */
export function AccountPage({ path }: { path: string }) {
  const state = usePracticeState();
  return (
    <ContentLayout header={<Header variant="h1">Account</Header>}>
      <SpaceBetween size="l">
        <Container header={<Header variant="h2" actions={<Button disabled>Edit</Button>}>Account settings</Header>}>
          <ColumnLayout columns={3} variant="text-grid">
            <Field label="Account ID">{state.account.id}</Field>
            <Field label="Account name">{state.account.alias ?? 'Practice account'}</Field>
            <Field label="Email">{state.account.rootEmail}</Field>
            <Field label="Password">********</Field>
          </ColumnLayout>
        </Container>
        <Container header={<Header variant="h2" actions={<Button disabled>Edit</Button>}>Contact information</Header>}>
          <ColumnLayout columns={3} variant="text-grid">
            <Field label="Full name">Practice Student</Field>
            <Field label="Address">410 Terry Ave N, Seattle, WA 98109, United States</Field>
            <Field label="Phone number">+1 206-555-0100</Field>
          </ColumnLayout>
        </Container>
        <Container header={<Header variant="h2" actions={<Button disabled>Edit</Button>}>Alternate contacts</Header>}>
          <ColumnLayout columns={3} variant="text-grid">
            <Field label="Billing contact">-</Field>
            <Field label="Operations contact">-</Field>
            <Field label="Security contact">-</Field>
          </ColumnLayout>
        </Container>
        <IamAccessSection path={path} />
      </SpaceBetween>
    </ContentLayout>
  );
}
