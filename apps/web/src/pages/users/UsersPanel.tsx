/** Admin: every account of the organisation, its role and whether it is enabled. */
import { useState } from 'react';
import { App, Button, Card, Select, Switch, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role, User } from '../../api/types.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { formatTime } from '../../components/format.ts';
import { CreateUserModal, ROLES } from './CreateUserModal.tsx';
import { useUsers } from './useUsers.ts';

export function UsersPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user: me } = useAuth();
  const showError = useApiError();
  const { list, create, update } = useUsers();
  const [creating, setCreating] = useState(false);

  return (
    <Card
      title={t('users.title')}
      extra={
        <Button
          type="primary"
          onClick={() => {
            setCreating(true);
          }}
          data-testid="user-create-open"
        >
          {t('users.create')}
        </Button>
      }
    >
      <Table<User>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('users.username'), dataIndex: 'username' },
          { title: t('users.displayName'), dataIndex: 'displayName' },
          {
            title: t('users.role'),
            dataIndex: 'role',
            render: (_: unknown, u) => (
              <Select<Role>
                size="small"
                style={{ width: 160 }}
                value={u.role}
                disabled={u.id === me?.id}
                options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
                onChange={(role) => {
                  update(u.id, { role }).catch(showError);
                }}
              />
            ),
          },
          {
            title: t('users.enabled'),
            dataIndex: 'disabled',
            render: (_: unknown, u) => (
              <Switch
                size="small"
                checked={!u.disabled}
                disabled={u.id === me?.id}
                onChange={(on) => {
                  update(u.id, { disabled: !on }).catch(showError);
                }}
              />
            ),
          },
          {
            title: t('users.createdAt'),
            dataIndex: 'createdAt',
            render: (_: unknown, u) => formatTime(u.createdAt),
          },
        ]}
      />
      <CreateUserModal
        open={creating}
        onCancel={() => {
          setCreating(false);
        }}
        onCreate={async (request) => {
          try {
            await create(request);
            setCreating(false);
            void message.success(t('users.created'));
          } catch (error) {
            showError(error);
            throw error;
          }
        }}
      />
    </Card>
  );
}
