/**
 * 评估检查单 (province and ministry): the checklist versions this node holds — built in,
 * published here or received from above — with the one new assessments use, and publishing
 * a new version from a JSON file (admins).
 */
import { useRef } from 'react';
import { Alert, App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, apiUrl } from '../../api/client.ts';
import type { ChecklistVersionList, PublishedChecklist } from '../../api/types.ts';
import { can } from '../../auth/permissions.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { formatTime } from '../../components/format.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';

type Entry = ChecklistVersionList['items'][number];

/** "title (id version)" of a checklist, with the brackets of the language. */
export function checklistLabel(checklist: ChecklistVersionList['current'], en: boolean): string {
  const { checklistId, version, title } = checklist;
  return en
    ? `${title.en} (${checklistId} ${version})`
    : `${title.zh}（${checklistId} ${version}）`;
}

export function ChecklistsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const showError = useApiError();
  const list = useApiQuery<ChecklistVersionList>('/assessment-checklists');
  const fileInput = useRef<HTMLInputElement>(null);
  const en = i18n.language === 'en';
  const current = list.data?.current;

  const publish = (file: File) => {
    void file.text().then((text) => {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        void message.error(t('checklists.notJson'));
        return;
      }
      api.post<PublishedChecklist>('/assessment-checklists', body).then((published) => {
        void message.success(
          t('checklists.published', {
            id: published.checklistId,
            version: published.version,
            n: published.queuedTo.length,
          }),
        );
        list.reload();
      }, showError);
    });
  };

  return (
    <div data-testid="page-checklists">
      <Typography.Title level={3}>{t('checklists.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('checklists.intro')}</Typography.Paragraph>
      {current !== undefined && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="checklist-current"
          title={t('checklists.current') + checklistLabel(current, en)}
        />
      )}
      {can(user?.role, 'manageUsers') && (
        <Card title={t('checklists.publish')} style={{ marginBottom: 16 }}>
          <Space orientation="vertical">
            <Typography.Text type="secondary">{t('checklists.publishHint')}</Typography.Text>
            <Button
              type="primary"
              data-testid="checklist-publish"
              onClick={() => fileInput.current?.click()}
            >
              {t('checklists.choose')}
            </Button>
            <input
              ref={fileInput}
              type="file"
              accept="application/json,.json"
              hidden
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file !== undefined) publish(file);
              }}
            />
          </Space>
        </Card>
      )}
      <Table<Entry>
        rowKey={(row) => `${row.checklistId}@${row.version}@${row.publishedBy ?? 'builtin'}`}
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('checklists.id'), dataIndex: 'checklistId', key: 'id' },
          {
            title: t('checklists.version'),
            key: 'version',
            render: (_: unknown, row) => (
              <Space>
                {row.version}
                {row.current && <Tag color="green">{t('checklists.inUse')}</Tag>}
                {row.problem !== null && (
                  <Tag color="red" title={row.problem}>
                    {t('checklists.problem')}
                  </Tag>
                )}
              </Space>
            ),
          },
          {
            title: t('checklists.name'),
            key: 'name',
            render: (_: unknown, row) => (en ? row.title.en : row.title.zh),
          },
          { title: t('checklists.items'), dataIndex: 'itemCount', key: 'items' },
          {
            title: t('checklists.origin'),
            key: 'origin',
            render: (_: unknown, row) => t(`checklists.originOf.${row.origin}`),
          },
          {
            title: t('checklists.publishedBy'),
            key: 'publishedBy',
            render: (_: unknown, row) => row.publishedBy ?? '—',
          },
          {
            title: t('checklists.publishedAt'),
            key: 'publishedAt',
            render: (_: unknown, row) =>
              row.publishedAt === null ? '—' : formatTime(row.publishedAt),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, row) =>
              row.problem === null && (
                <Button
                  size="small"
                  href={apiUrl(`/assessment-checklists/${row.checklistId}/${row.version}`)}
                  download={`${row.checklistId}-${row.version}.json`}
                >
                  {t('checklists.download')}
                </Button>
              ),
          },
        ]}
      />
    </div>
  );
}
