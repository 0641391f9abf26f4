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
import { t } from '../i18n';

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
    <ContentLayout header={<Header variant="h1">{t('Account')}</Header>}>
      <SpaceBetween size="l">
        <Container header={<Header variant="h2" actions={<Button disabled>{t('Edit')}</Button>}>{t('Account settings')}</Header>}>
          <ColumnLayout columns={3} variant="text-grid">
            <Field label={t('Account ID')}>{state.account.id}</Field>
            <Field label={t('Account name')}>{state.account.alias ?? t('Practice account')}</Field>
            <Field label={t('Email')}>{state.account.rootEmail}</Field>
            <Field label={t('Password')}>********</Field>
          </ColumnLayout>
        </Container>
        <Container header={<Header variant="h2" actions={<Button disabled>{t('Edit')}</Button>}>{t('Contact information')}</Header>}>
          <ColumnLayout columns={3} variant="text-grid">
            <Field label={t('Full name')}>Practice Student</Field>
            <Field label={t('Address')}>410 Terry Ave N, Seattle, WA 98109, United States</Field>
            <Field label={t('Phone number')}>+1 206-555-0100</Field>
          </ColumnLayout>
        </Container>
        <Container header={<Header variant="h2" actions={<Button disabled>{t('Edit')}</Button>}>{t('Alternate contacts')}</Header>}>
          <ColumnLayout columns={3} variant="text-grid">
            <Field label={t('Billing contact')}>-</Field>
            <Field label={t('Operations contact')}>-</Field>
            <Field label={t('Security contact')}>-</Field>
          </ColumnLayout>
        </Container>
        <IamAccessSection path={path} />
      </SpaceBetween>
    </ContentLayout>
  );
}
