/** Four headline figures: all items, important, core, waiting for review. */
import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../api/types.ts';
import { LEVEL_COLORS } from '../../components/levels.ts';

export function SummaryCards({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const byLevel = overview.itemsByLevel;
  const cards = [
    {
      key: 'total',
      title: t('overview.totalItems'),
      value: byLevel.general + byLevel.important + byLevel.core,
      color: undefined,
    },
    {
      key: 'important',
      title: t('overview.importantItems'),
      value: byLevel.important,
      color: LEVEL_COLORS.important,
    },
    { key: 'core', title: t('overview.coreItems'), value: byLevel.core, color: LEVEL_COLORS.core },
    {
      key: 'pending',
      title: t('overview.pendingReview'),
      value: overview.pendingReview,
      color: undefined,
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map((card) => (
        <Col key={card.key} xs={24} sm={12} lg={6}>
          <Card data-testid={`overview-${card.key}`}>
            <Statistic
              title={card.title}
              value={card.value}
              styles={{ content: { color: card.color } }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
