import type { RouteSpec } from './hardening-routes.ts';

/**
 * Specs of the assessment checklist routes. The hardening node is a province, which
 * publishes under its own ids: the valid body publishes `probe-checklist` 1.0.0 once, and
 * every later variant answers 400 (invalid) or 409 (version not newer).
 */
export function checklistSpecs(): Record<string, RouteSpec> {
  const text = { zh: '探针', en: 'probe' };
  return {
    'GET /api/v1/assessment-checklists': { as: 'auditor' },
    'GET /api/v1/assessment-checklists/:checklistId/:version': {
      as: 'auditor',
      params: { checklistId: 'risk-assessment-2024', version: '1.0.0' },
    },
    'POST /api/v1/assessment-checklists': {
      as: 'admin',
      body: {
        id: 'probe-checklist',
        version: '1.0.0',
        title: text,
        source: {
          document: text,
          number: '探针〔2026〕1号',
          effectiveFrom: '2026-01-01',
          section: 'x',
        },
        items: [
          {
            id: 'PROBE-01-ITEM',
            title: text,
            guidance: text,
            reference: { article: 'Art. 1', section: 'x' },
          },
        ],
        reportSections: [{ id: 'conclusion', title: text }],
      },
      extraBodies: [
        { id: 'risk-assessment-2024', version: '9.0.0' },
        { id: 'Bad Id', version: '1' },
        {},
      ],
    },
  };
}
