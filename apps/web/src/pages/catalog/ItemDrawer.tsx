/** One catalog item: facts, proposal vs decision, reasons, columns, review actions, filing fields. */
import { App, Descriptions, Drawer, Spin, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  CatalogItem,
  FilingFields,
  ReviewRequest,
  UpdateFilingRequest,
} from '../../api/types.ts';
import { useApiQuery } from '../../hooks/useApiQuery.ts';
import { useApiError } from '../../hooks/useApiError.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { can } from '../../auth/permissions.ts';
import { CategoryText, ItemStatusTag, LabelTags, LevelTag } from '../../components/Tags.tsx';
import { ColumnsTable } from '../../components/ColumnsTable.tsx';
import { Reasons } from '../../components/Reasons.tsx';
import { formatBytes, formatCount, formatTime } from '../../components/format.ts';
import { FilingForm } from './FilingForm.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';

interface Props {
  itemId: string | null;
  onClose: () => void;
  review: (id: string, request: ReviewRequest) => Promise<CatalogItem>;
  saveFiling: (id: string, fields: UpdateFilingRequest) => Promise<CatalogItem>;
}

function ItemFacts({ item }: { item: CatalogItem }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={t('catalog.source')}>{item.sourceName}</Descriptions.Item>
      <Descriptions.Item label={t('catalog.comment')}>{item.comment ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('catalog.status')}>
        <ItemStatusTag status={item.status} />
      </Descriptions.Item>
      <Descriptions.Item label={t('catalog.decision')}>
        <LevelTag level={item.level} /> <CategoryText code={item.category} />
      </Descriptions.Item>
      <Descriptions.Item label={t('catalog.proposed')}>
        <LevelTag level={item.proposed.level} /> <CategoryText code={item.proposed.category} />
      </Descriptions.Item>
      <Descriptions.Item label={t('catalog.reasons')}>
        <Reasons reasons={item.proposed.reasons} />
      </Descriptions.Item>
      <Descriptions.Item label={t('catalog.labels')}>
        <LabelTags labels={item.labels} />
      </Descriptions.Item>
      <Descriptions.Item label={t('catalog.rows')}>{formatCount(item.rows)}</Descriptions.Item>
      <Descriptions.Item label={t('catalog.size')}>{formatBytes(item.sizeBytes)}</Descriptions.Item>
      <Descriptions.Item label={t('catalog.reviewedBy')}>
        {item.reviewedBy ? `${item.reviewedBy} · ${formatTime(item.reviewedAt)}` : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('review.reason')}>{item.reviewReason ?? '—'}</Descriptions.Item>
    </Descriptions>
  );
}

export function ItemDrawer({ itemId, onClose, review, saveFiling }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const showError = useApiError();
  const detail = useApiQuery<CatalogItem>(itemId ? `/catalog/items/${itemId}` : null);
  const item = detail.data?.id === itemId ? detail.data : undefined;

  const handleReview = async (request: ReviewRequest) => {
    if (!item) return;
    try {
      await review(item.id, request);
      void message.success(t(request.action === 'confirm' ? 'review.confirmed' : 'review.changed'));
      detail.reload();
    } catch (error) {
      showError(error);
      throw error;
    }
  };
  const handleSave = async (fields: FilingFields) => {
    if (!item) return;
    try {
      await saveFiling(item.id, fields);
      void message.success(t('common.saved'));
      detail.reload();
    } catch (error) {
      showError(error);
      throw error;
    }
  };

  return (
    <Drawer
      open={itemId !== null}
      onClose={onClose}
      size={720}
      title={item ? <Typography.Text>{item.table}</Typography.Text> : ''}
      data-testid="item-drawer"
      destroyOnHidden
    >
      {!item ? (
        <Spin />
      ) : (
        <Tabs
          items={[
            { key: 'facts', label: t('catalog.facts'), children: <ItemFacts item={item} /> },
            {
              key: 'columns',
              label: t('catalog.columns', { count: item.columns.length }),
              children: <ColumnsTable columns={item.columns} />,
            },
            ...(can(user?.role, 'review')
              ? [
                  {
                    key: 'review',
                    label: t('review.title'),
                    children: (
                      <ReviewPanel
                        key={`${item.id}-${item.status}`}
                        item={item}
                        onReview={handleReview}
                      />
                    ),
                  },
                ]
              : []),
            {
              key: 'filing',
              label: t('filing.title'),
              children: (
                <FilingForm
                  key={item.id}
                  item={item}
                  editable={can(user?.role, 'editFiling')}
                  onSave={handleSave}
                />
              ),
            },
          ]}
        />
      )}
    </Drawer>
  );
}
