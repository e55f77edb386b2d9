/** 风险信息报送: the seven risk types; 较大 and above go to the province, 重大 on to MIIT. */
import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Select, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../api/types.ts';
import { api } from '../../api/client.ts';
import { formatTime } from '../../components/format.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { IncidentLevelTag } from './IncidentParts.tsx';
import { INCIDENT_LEVELS, RISK_TYPES, type RiskReport } from './types.ts';

interface Values {
  riskType: string;
  potentialLevel: string;
  title: string;
  description: string;
  foundAt: Dayjs;
  measures: string;
}

export function RiskReports({ mayEdit }: { mayEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useApiError();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const list = useApiQuery<Page<RiskReport>>('/risk-reports', page);
  const [form] = Form.useForm<Values>();
  return (
    <div data-testid="risk-reports">
      {mayEdit && (
        <Form
          form={form}
          layout="inline"
          initialValues={{
            foundAt: dayjs(),
            potentialLevel: 'relatively-major',
            riskType: 'data-leakage',
          }}
          style={{ marginBottom: 16, rowGap: 8 }}
          onFinish={(values) => {
            const { foundAt, ...rest } = values;
            api
              .post<RiskReport>('/risk-reports', { ...rest, foundAt: foundAt.toISOString() })
              .then((saved) => {
                void message.success(t(saved.sent ? 'incidents.riskSent' : 'incidents.riskKept'));
                form.resetFields();
                list.reload();
              }, showError);
          }}
        >
          <Form.Item name="riskType" label={t('incidents.riskType')}>
            <Select
              style={{ width: 160 }}
              options={RISK_TYPES.map((type) => ({
                value: type,
                label: t(`incidents.risk.${type}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="potentialLevel" label={t('incidents.potentialLevel')}>
            <Select
              style={{ width: 140 }}
              options={INCIDENT_LEVELS.map((l) => ({ value: l, label: t(`incidents.level.${l}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('incidents.title')}
            rules={[{ required: true, max: 200 }]}
          >
            <Input style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="foundAt" label={t('incidents.foundAt')} rules={[{ required: true }]}>
            <DatePicker showTime />
          </Form.Item>
          <Form.Item name="description" label={t('incidents.description')} initialValue="">
            <Input style={{ width: 240 }} maxLength={8000} />
          </Form.Item>
          <Form.Item name="measures" label={t('incidents.measures')} initialValue="">
            <Input style={{ width: 240 }} maxLength={8000} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('incidents.sendRisk')}
          </Button>
        </Form>
      )}
      <Table<RiskReport>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          onChange: (current, pageSize) => {
            setPage({ page: current, pageSize });
          },
        }}
        columns={[
          { title: t('incidents.title'), dataIndex: 'title' },
          {
            title: t('incidents.riskType'),
            key: 'type',
            render: (_: unknown, row) => t(`incidents.risk.${row.riskType}`),
          },
          {
            title: t('incidents.potentialLevel'),
            key: 'level',
            render: (_: unknown, row) => <IncidentLevelTag level={row.potentialLevel} />,
          },
          {
            title: t('incidents.foundAt'),
            key: 'foundAt',
            render: (_: unknown, row) => formatTime(row.foundAt),
          },
          {
            title: t('incidents.route'),
            key: 'route',
            render: (_: unknown, row) =>
              !row.sent ? (
                <Tag>{t('incidents.notSent')}</Tag>
              ) : (
                <Tag color="green">
                  {t(row.toMinistry ? 'incidents.toMinistry' : 'incidents.toProvince')}
                </Tag>
              ),
          },
        ]}
      />
    </div>
  );
}
