/** The team and the facts Shu'an pre-filled, on the assessment page. */
import { useState } from 'react';
import { Button, Card, Descriptions, Input, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { AssessmentDetail, AssessmentFacts, TeamMember } from './types.ts';

type Change = (request: Promise<unknown>) => Promise<void>;

export function TeamCard(props: { data: AssessmentDetail; editable: boolean; change: Change }) {
  const { t } = useTranslation();
  const [member, setMember] = useState<TeamMember>({ name: '', role: '', organization: '' });
  const { data } = props;
  return (
    <Card title={t('assessments.team')} style={{ marginBottom: 16 }}>
      <Table<TeamMember>
        rowKey={(row) => `${row.name}-${row.role}`}
        size="small"
        pagination={false}
        dataSource={data.team}
        columns={[
          { title: t('assessments.member.name'), dataIndex: 'name', key: 'name' },
          { title: t('assessments.member.role'), dataIndex: 'role', key: 'role' },
          {
            title: t('assessments.member.organization'),
            dataIndex: 'organization',
            key: 'organization',
          },
        ]}
      />
      {props.editable && (
        <Space style={{ marginTop: 12 }} wrap>
          {(['name', 'role', 'organization'] as const).map((field) => (
            <Input
              key={field}
              placeholder={t(`assessments.member.${field}`)}
              value={member[field]}
              data-testid={`member-${field}`}
              onChange={(event) => {
                setMember({ ...member, [field]: event.target.value });
              }}
            />
          ))}
          <Button
            data-testid="member-add"
            disabled={member.name.trim() === '' || member.role.trim() === ''}
            onClick={() => {
              void props
                .change(api.patch(`/assessments/${data.id}`, { team: [...data.team, member] }))
                .then(() => {
                  setMember({ name: '', role: '', organization: '' });
                });
            }}
          >
            {t('assessments.addMember')}
          </Button>
        </Space>
      )}
    </Card>
  );
}

function Tables({ rows }: { rows: { table: string }[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <span>{t('assessments.factsOf.none')}</span>;
  return (
    <Space wrap>
      {rows.map((row) => (
        <Tag key={row.table}>{row.table}</Tag>
      ))}
    </Space>
  );
}

export function FactsCard({ facts }: { facts: AssessmentFacts }) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('assessments.facts')}
      style={{ marginBottom: 16 }}
      data-testid="assessment-facts"
    >
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('assessments.scope')}>
          {t('assessments.factsOf.totals', facts.totals)}
        </Descriptions.Item>
        <Descriptions.Item label={t('assessments.factsOf.unprotected')}>
          <Tables rows={facts.unprotectedItems} />
        </Descriptions.Item>
        <Descriptions.Item label={t('assessments.factsOf.neverScanned')}>
          <Tables rows={facts.sourcesNeverScanned.map((source) => ({ table: source.name }))} />
        </Descriptions.Item>
        <Descriptions.Item label={t('assessments.factsOf.logRetention')}>
          {facts.logRetention.shortOfSixMonths ? (
            <Tag color="orange">
              {t('assessments.factsOf.logShort', { months: facts.logRetention.months })}
            </Tag>
          ) : (
            t('assessments.factsOf.logOk', { months: facts.logRetention.months })
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('assessments.factsOf.crossBorder')}>
          <Tables rows={facts.crossBorderWithoutBasis} />
        </Descriptions.Item>
        <Descriptions.Item label={t('assessments.factsOf.overdueFilings')}>
          {facts.overdueFilings === null
            ? t('assessments.factsOf.noFilings')
            : String(facts.overdueFilings.length)}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
