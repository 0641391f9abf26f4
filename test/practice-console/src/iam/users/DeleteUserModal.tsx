import { dispatch } from '../../state/store';
import { pushFlash } from '../../layout/flash';
import { ConfirmDeleteModal } from '../ConfirmDeleteModal';
import { t } from '../../i18n';

/** "Delete <name>?" with the user name typed to confirm; the flash shows on the users list. */
export function DeleteUserModal({ userName, onClose, onDeleted }: { userName: string; onClose: () => void; onDeleted: () => void }) {
  return (
    <ConfirmDeleteModal
      name={userName}
      typeToConfirm
      confirmLabel={t('Delete user')}
      description={t('Delete {name} permanently? This will also delete all its user data, security credentials and inline policies.', { name: userName })}
      onClose={onClose}
      onConfirm={async () => {
        const outcome = await dispatch({ type: 'deleteUser', name: userName });
        if (!outcome.ok) return outcome.error;
        pushFlash({ type: 'success', route: '/users', header: t('User {name} deleted.', { name: userName }) });
        onDeleted();
        return null;
      }}
    />
  );
}
