import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { MfaDevice } from '../state/model';
import { dispatch } from '../state/store';
import { navigate } from '../routing';
import { formatDate } from '../layout/format';
import { ConfirmDeleteModal } from './ConfirmDeleteModal';
import { t } from '../i18n';

const DEVICE_TYPES: Record<MfaDevice['type'], string> = {
  'authenticator-app': 'Virtual',
  'hardware-totp': t('Hardware TOTP'),
  'security-key': t('Passkey or security key'),
};

/** 'Multi-factor authentication (MFA) (N)': the same container on root's and a user's credentials. */
export function MfaDevicesContainer({ devices, userName, assignHref }: { devices: MfaDevice[]; userName: string | null; assignHref: string }) {
  const [selected, setSelected] = useState<MfaDevice | null>(null);
  const [removing, setRemoving] = useState(false);
  const assign = <Button onClick={() => navigate(assignHref)}>{t('Assign MFA device')}</Button>;
  return (
    <>
      <Table<MfaDevice>
        items={devices}
        trackBy="name"
        selectionType="single"
        selectedItems={selected ? [selected] : []}
        onSelectionChange={(e) => setSelected(e.detail.selectedItems[0] ?? null)}
        ariaLabels={{ itemSelectionLabel: (_s, d) => d.name, selectionGroupLabel: t('MFA devices') }}
        header={
          <Header
            counter={`(${devices.length})`}
            description={t('Use MFA to increase the security of your AWS environment. Signing in with MFA requires an authentication code from an MFA device. Each user can have a maximum of 8 MFA devices assigned.')}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={!selected} onClick={() => setRemoving(true)}>
                  {t('Remove')}
                </Button>
                <Button disabled>{t('Resync')}</Button>
                {assign}
              </SpaceBetween>
            }
          >
            {t('Multi-factor authentication (MFA)')}
          </Header>
        }
        columnDefinitions={[
          { id: 'type', header: t('Device type'), cell: (d) => DEVICE_TYPES[d.type] },
          { id: 'name', header: t('Identifier'), cell: (d) => d.name },
          { id: 'certs', header: t('Certifications'), cell: () => t('Not applicable') },
          { id: 'created', header: t('Created on'), cell: (d) => formatDate(d.createdAt) },
        ]}
        empty={
          <SpaceBetween size="s" alignItems="center">
            <Box>{t('No MFA devices. Assign an MFA device to improve the security of your AWS environment')}</Box>
            {assign}
          </SpaceBetween>
        }
      />
      {removing && selected && (
        <ConfirmDeleteModal
          name={selected.name}
          description={t('The MFA device is removed and can no longer be used to sign in.')}
          confirmLabel={t('Remove')}
          verb="Remove"
          onClose={() => setRemoving(false)}
          onConfirm={async () => {
            const outcome = await dispatch({ type: 'removeMfa', userName, deviceName: selected.name });
            if (!outcome.ok) return outcome.error;
            setSelected(null);
            return null;
          }}
        />
      )}
    </>
  );
}
