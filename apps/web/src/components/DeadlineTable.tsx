/**
 * The pieces the deadline lists share (备案审核's queue and 变更后重新备案 on a province,
 * 逾期未重新备案 on the ministry): a server-paged table whose overdue rows are red
 * (`data-overdue` for the browser tests), the status / 仅看逾期 filter bar, and the enterprise
 * and sender columns.
 */
import type { ReactNode } from 'react';
import { Checkbox, Select, Space, Table, Tag, Typography, type TableColumnType } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Page } from '../api/types.ts';
import type { ApiQuery } from '../hooks/useApiQuery.ts';
import type { Paging } from '../hooks/useDeadlineList.ts';

const OVERDUE_BACKGROUND = '#fff1f0';

export function DeadlineTable<T extends object>({
  list,
  paging,
  onPaging,
  isOverdue,
  rowKey,
  columns,
  testId,
  emptyText,
  size,
}: {
  list: ApiQuery<Page<T>>;
  paging: Paging;
  onPaging: (paging: Paging) => void;
  isOverdue: (row: T) => boolean;
  rowKey: (keyof T & string) | ((row: T) => string);
  columns: TableColumnType<T>[];
  testId: string;
  emptyText?: ReactNode;
  size?: 'small' | 'middle';
}) {
  return (
    <Table<T>
      rowKey={rowKey}
      size={size}
      loading={list.loading}
      dataSource={list.data?.items ?? []}
      data-testid={testId}
      {...(emptyText === undefined ? {} : { locale: { emptyText } })}
      onRow={(row) => {
        const overdue = isOverdue(row);
        return {
          'data-overdue': String(overdue),
          style: overdue ? { background: OVERDUE_BACKGROUND } : undefined,
        } as object;
      }}
      pagination={{
        current: paging.page,
        pageSize: paging.pageSize,
        total: list.data?.total ?? 0,
        onChange: (current, pageSize) => {
          onPaging({ page: current, pageSize });
        },
      }}
      columns={columns}
    />
  );
}

/** A status select and the 仅看逾期 box, which disables it (the overdue filter replaces it). */
export function DeadlineFilters({
  value,
  onChange,
  options,
  placeholder,
  overdue,
  onOverdue,
  selectTestId,
  overdueTestId,
}: {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  options: { value: string; label: string }[];
  placeholder: string;
  overdue: boolean;
  onOverdue: (overdue: boolean) => void;
  selectTestId?: string;
  overdueTestId: string;
}) {
  const { t } = useTranslation();
  return (
    <Space style={{ marginBottom: 16 }} wrap>
      <Select<string>
        allowClear
        style={{ width: 160 }}
        placeholder={placeholder}
        value={value}
        disabled={overdue}
        data-testid={selectTestId}
        options={options}
        onChange={onChange}
      />
      <Checkbox
        checked={overdue}
        data-testid={overdueTestId}
        onChange={(event) => {
          onOverdue(event.target.checked);
        }}
      >
        {t('filingReviews.overdueOnly')}
      </Checkbox>
    </Space>
  );
}

interface EnterpriseRow {
  enterprise: { name: string; uscc: string };
}

/** 企业: the name, and the credit code below it. */
export function enterpriseColumn<T extends EnterpriseRow>(t: TFunction): TableColumnType<T> {
  return {
    title: t('filingReviews.enterprise'),
    key: 'enterprise',
    render: (_: unknown, row) => (
      <Space orientation="vertical" size={0}>
        <Typography.Text strong>{row.enterprise.name}</Typography.Text>
        <Typography.Text type="secondary">{row.enterprise.uscc}</Typography.Text>
      </Space>
    ),
  };
}

/** 报送节点: the child node that sent it, or 托管企业 for a tenant of this node. */
export function senderColumn<T extends { tenant: boolean; sender: string }>(
  t: TFunction,
): TableColumnType<T> {
  return {
    title: t('filingReviews.sender'),
    key: 'sender',
    render: (_: unknown, row) => (row.tenant ? <Tag>{t('filingReviews.tenant')}</Tag> : row.sender),
  };
}
