/** 节点目录 (province and ministry): this node's packs and every peer with its health. */
import { useEffect } from 'react';
import { Alert, Card, Space, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NodeDirectory, NodeDirectoryEntry } from '../../api/types.ts';
import { formatTime } from '../../components/format.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';

const HEALTH_COLORS = { ok: 'green', late: 'orange', silent: 'red', never: 'default' } as const;

function scopeText(scope: NodeDirectoryEntry['scope']): string {
  if (scope === null) return '—';
  return scope.kind === 'enterprise' ? scope.uscc : `${scope.kind}:${scope.code}`;
}

export function NodesPage() {
  const { t } = useTranslation();
  const directory = useApiQuery<NodeDirectory>('/nodes');
  const showError = useApiError();
  useEffect(() => {
    if (directory.error) showError(directory.error);
  }, [directory.error, showError]);
  const data = directory.data;
  if (!data)
    return directory.error ? <Alert type="error" title={t('errors.loadFailed')} /> : <Spin />;

  return (
    <div data-testid="page-nodes">
      <Typography.Title level={3}>{t('nav.nodes')}</Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <Typography.Text strong>{t('nodes.self')}</Typography.Text>
          <Typography.Text code>{data.self.nodeId}</Typography.Text>
          <Typography.Text type="secondary">{t('nodes.running')}:</Typography.Text>
          {Object.entries(data.rulePacks).map(([id, version]) => (
            <Tag key={id}>
              {id} {version}
            </Tag>
          ))}
        </Space>
      </Card>
      <Table<NodeDirectoryEntry>
        rowKey="nodeId"
        size="small"
        pagination={false}
        dataSource={data.items}
        locale={{ emptyText: t('nodes.empty') }}
        data-testid="node-table"
        columns={[
          { title: t('national.node'), dataIndex: 'nodeId' },
          {
            title: t('national.state'),
            dataIndex: 'relation',
            render: (_: unknown, node) => (
              <Space size={4}>
                <Tag>{t(`nodes.relation.${node.relation}`)}</Tag>
                <Tag color={node.status === 'active' ? 'blue' : 'red'}>
                  {t(`nodes.peerStatus.${node.status}`)}
                </Tag>
                <Tag color={HEALTH_COLORS[node.health]}>{t(`nodes.health.${node.health}`)}</Tag>
              </Space>
            ),
          },
          { title: t('nodes.scope'), render: (_: unknown, node) => scopeText(node.scope) },
          {
            title: t('national.lastContact'),
            dataIndex: 'lastContactAt',
            render: (value: string | null) => formatTime(value),
          },
          { title: t('nodes.backlog'), dataIndex: 'backlog', align: 'right' },
          { title: t('nodes.pending'), dataIndex: 'pendingToPeer', align: 'right' },
          { title: t('nodes.openFilings'), dataIndex: 'openFilings', align: 'right' },
          { title: t('nodes.software'), dataIndex: 'softwareVersion' },
          {
            title: t('national.packs'),
            dataIndex: 'rulePacks',
            render: (_: unknown, node) => (
              <>
                {Object.entries(node.rulePacks).map(([id, version]) => (
                  <Tag key={id} color={node.packsBehind.includes(id) ? 'orange' : 'default'}>
                    {id} {version}
                  </Tag>
                ))}
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
