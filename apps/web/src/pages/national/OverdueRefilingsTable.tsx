/**
 * 逾期企业清单 (ministry): the enterprises past their 3 months to re-file, as the provinces'
 * latest rollups list them, earliest last day first; every row is overdue, so every row is red.
 */
import { useState } from 'react';
import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OverdueRefiling, Page } from '../../api/types.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import type { Paging } from '../../hooks/useDeadlineList.ts';
import { DeadlineTable, enterpriseColumn } from '../../components/DeadlineTable.tsx';
import { formatTime } from '../../components/format.ts';

function CodeAndName({ code, name }: { code: string; name: string | null }) {
  return (
    <>
      {name ?? '—'} <span style={{ color: '#888' }}>{code}</span>
    </>
  );
}

export function OverdueRefilingsTable() {
  const { t, i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  const [paging, setPaging] = useState<Paging>({ page: 1, pageSize: 10 });
  const list = useApiQuery<Page<OverdueRefiling>>('/national/refilings/overdue', { ...paging });
  return (
    <DeadlineTable<OverdueRefiling>
      rowKey={(row) => `${row.province}|${row.enterprise.uscc}|${row.changedAt}`}
      size="small"
      list={list}
      paging={paging}
      onPaging={setPaging}
      isOverdue={() => true}
      emptyText={t('nationalRefilings.noOverdue')}
      testId="overdue-refilings"
      columns={[
        enterpriseColumn<OverdueRefiling>(t),
        {
          title: t('nationalRefilings.province'),
          key: 'province',
          render: (_: unknown, row) => (
            <CodeAndName code={row.provinceRegion} name={row.provinceName ?? row.province} />
          ),
        },
        {
          title: t('nationalRefilings.region'),
          key: 'region',
          render: (_: unknown, row) => (
            <Space orientation="vertical" size={0}>
              <CodeAndName code={row.enterprise.region} name={row.regionName} />
              <CodeAndName
                code={row.enterprise.industry}
                name={english ? row.industryNameEn : row.industryName}
              />
            </Space>
          ),
        },
        {
          title: t('nationalRefilings.changedAt'),
          key: 'changedAt',
          render: (_: unknown, row) => formatTime(row.changedAt),
        },
        {
          title: t('nationalRefilings.refileBy'),
          key: 'refileBy',
          render: (_: unknown, row) => (
            <Space orientation="vertical" size={0}>
              <span>{row.refileBy}</span>
              <Typography.Text type="danger" strong data-deadline="overdue">
                {t('nationalRefilings.overdueDays', { days: row.daysOverdue })}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: t('nationalRefilings.asOf'),
          key: 'asOf',
          render: (_: unknown, row) => formatTime(row.rollupAsOf),
        },
      ]}
    />
  );
}
