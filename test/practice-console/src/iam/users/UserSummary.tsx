import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import type { IamUser } from '../../state/model';
import { userArn } from '../../state/model';
import { usePracticeState } from '../../state/store';
import { formatDate } from '../../layout/format';
import { navigate } from '../../routing';
import { t } from '../../i18n';

export function consoleAccessLabel(user: IamUser): string {
  if (!user.consoleAccess) return t('Disabled');
  return user.mfaDevices.length ? t('Enabled with MFA') : t('Enabled without MFA');
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Box variant="awsui-key-label">{label}</Box>
      <div>{children}</div>
    </div>
  );
}

export function UserSummary({ user }: { user: IamUser }) {
  const state = usePracticeState();
  const key = user.accessKeys[0];
  const createKey = `#/users/details/${encodeURIComponent(user.name)}/create-access-key`;
  return (
    <Container header={<Header variant="h2">{t('Summary')}</Header>}>
      <ColumnLayout columns={3} variant="text-grid">
        <Field label="ARN">{userArn(state.account.id, user.name)}</Field>
        <Field label={t('Console access')}>{consoleAccessLabel(user)}</Field>
        <Field label={t('Access key 1')}>
          {key ? (
            `${key.id} - ${key.status === 'Active' ? t('Active') : t('Inactive')}`
          ) : (
            <Link href={createKey} onFollow={(e) => (e.preventDefault(), navigate(createKey))}>
              {t('Create access key')}
            </Link>
          )}
        </Field>
        <Field label={t('Created')}>{formatDate(user.createdAt)}</Field>
        <Field label={t('Last console sign-in')}>{user.lastConsoleSignIn ? formatDate(user.lastConsoleSignIn) : t('Never')}</Field>
      </ColumnLayout>
    </Container>
  );
}
