import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { AccessKey } from '../state/model';
import { navigate } from '../routing';
import { formatDate } from '../layout/format';
import { t } from '../i18n';

/** 'Access keys (N)' on a user's or root's security credentials. */
export function AccessKeysContainer({ keys, createHref, notice }: { keys: AccessKey[]; createHref: string; notice?: React.ReactNode }) {
  const create = (
    <Button disabled={keys.length >= 2} onClick={() => navigate(createHref)}>
      {t('Create access key')}
    </Button>
  );
  return (
    <Table<AccessKey>
      items={keys}
      trackBy="id"
      header={
        <Header
          counter={`(${keys.length})`}
          description={t('Use access keys to send programmatic calls to AWS from the AWS CLI, AWS Tools for PowerShell, AWS SDKs, or direct AWS API calls. You can have a maximum of two access keys (active or inactive) at a time.')}
          actions={create}
        >
          {t('Access keys')}
        </Header>
      }
      columnDefinitions={[
        { id: 'id', header: t('Access key ID'), cell: (k) => k.id },
        { id: 'status', header: t('Status'), cell: (k) => k.status },
        { id: 'created', header: t('Created'), cell: (k) => formatDate(k.createdAt) },
        { id: 'description', header: t('Description'), cell: (k) => k.description || '-' },
      ]}
      empty={
        <SpaceBetween size="s" alignItems="center">
          {notice}
          <Box>
            {t('No access keys. As a best practice, avoid using long-term credentials like access keys. Instead, use tools which provide short term credentials.')}
          </Box>
          {create}
        </SpaceBetween>
      }
    />
  );
}
