import { AppError } from '../http/app-error.ts';
import type { NodeDeps, Principal } from '../http/context.ts';
import { resolveFiler } from '../filings/filing-profile.ts';
import { loadAssessment } from './assessment.presenter.ts';
import { buildReportContent, type ReportProcessor } from './report-content.ts';
import { renderReportPdf } from './report-pdf.ts';
import { renderReportXlsx } from './report-xlsx.ts';

/** Who the report speaks for: the filing identity, or just the org's name without one. */
async function processorOf(deps: NodeDeps, principal: Principal): Promise<ReportProcessor> {
  try {
    const { enterprise } = await resolveFiler(deps, deps.pool, principal.orgId);
    return {
      name: enterprise.name,
      uscc: enterprise.uscc,
      region: enterprise.region,
      industry: enterprise.industry,
    };
  } catch (error) {
    if (error instanceof AppError && error.code === 'FILING_PROFILE_MISSING') {
      return { name: principal.orgName, uscc: null, region: null, industry: null };
    }
    throw error;
  }
}

/** The report of an assessment as a PDF or a workbook, with its download names. */
export async function reportFiles(
  deps: NodeDeps,
  principal: Principal,
  id: string,
  format: 'pdf' | 'xlsx',
): Promise<{ body: Buffer; contentType: string; fileName: string; year: string }> {
  const bundle = await loadAssessment(deps.pool, principal.orgId, id);
  const now = new Date();
  const content = buildReportContent(bundle, await processorOf(deps, principal), now);
  const year = String(bundle.row.year);
  const fileName = `${year}年度数据安全风险评估报告.${format}`;
  return format === 'pdf'
    ? {
        body: await renderReportPdf(content, now),
        contentType: 'application/pdf',
        fileName,
        year,
      }
    : {
        body: await renderReportXlsx(content),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        fileName,
        year,
      };
}
