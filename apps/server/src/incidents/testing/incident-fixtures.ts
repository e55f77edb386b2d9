import { randomUUID } from 'node:crypto';
import type { MessagePayload } from '@shuan/contracts';

/** Facts of an incident that grades 重大 by IR-MAJOR-PI (10,000,000 people's PI). */
export const MAJOR_FACTS = {
  domain: 'industrial',
  dataLevel: 'none',
  threat: 'none',
  productionDamage: 'none',
  outageHours: 0,
  economicLossYuan: 0,
  personalInfoPersons: 10_000_000,
  sensitivePersonalInfoPersons: 0,
} as const;

/** Facts of an incident that grades 较大 by IR-RMAJOR-PI (1,000,000 people's PI). */
export const RELATIVELY_MAJOR_FACTS = { ...MAJOR_FACTS, personalInfoPersons: 1_000_000 } as const;

/** Facts of a general incident (below every 较大 threshold). */
export const GENERAL_FACTS = { ...MAJOR_FACTS, personalInfoPersons: 999_999 } as const;

/** A valid `incident.report` payload (an initial report of a 重大 incident). */
export function buildIncidentReportPayload(
  uscc = '91350100MA2Y4B7C14',
): MessagePayload<'incident.report'> {
  const now = new Date().toISOString();
  return {
    kind: 'initial',
    reportId: randomUUID(),
    incidentId: randomUUID(),
    enterprise: { uscc, name: '探针制造有限公司', region: '350100', industry: 'C36' },
    sentAt: now,
    incident: {
      title: '客户信息泄露',
      description: '',
      discoveredAt: now,
      occurredAt: null,
      facts: { ...MAJOR_FACTS },
      ciiInvolved: false,
      systems: ['CRM'],
      catalogItems: [],
      dataVolume: '1000万条',
      measures: '已隔离',
      computedLevel: 'major',
      level: 'major',
      decidedBy: { id: 'IR-MAJOR-PI', zh: '个人信息', en: 'personal information' },
      status: 'open',
      closedAt: null,
      timeline: [],
    },
    summary: null,
  };
}
