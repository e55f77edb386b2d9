import PDFDocument from 'pdfkit';
import type { IncidentReportRow, IncidentRow, IncidentUpdateRow } from '@shuan/db';
import { loadCjkFont } from '../assessments/report-font.ts';
import { kindName, reportRows } from './incident-export.ts';

const MARGIN = 50;
const FONT = 'cjk';

/**
 * The incident report as PDF: the same fields as the Excel export, then the timeline and
 * the reports sent. Uses the assessment report's CJK font (ASSESSMENT_PDF_FONT_MISSING
 * without one: PDF standard fonts have no Chinese glyphs).
 */
export async function incidentPdf(
  orgName: string,
  row: IncidentRow,
  updates: IncidentUpdateRow[],
  reports: IncidentReportRow[],
  now: Date,
): Promise<Buffer> {
  const font = await loadCjkFont();
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: row.title } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
  });
  doc.registerFont(FONT, font.data, font.name);
  doc.font(FONT);
  doc.fontSize(16).text('数据安全事件报告 / Data security incident report', { align: 'center' });
  doc.moveDown(0.8);
  const width = doc.page.width - 2 * MARGIN;
  for (const [label, value] of reportRows(orgName, row, updates, reports, now)) {
    doc.fontSize(9).fillColor('#555555').text(label, { width });
    doc
      .fontSize(10.5)
      .fillColor('#000000')
      .text(String(value) || '—', { width });
    doc.moveDown(0.3);
  }
  doc.moveDown(0.5).fontSize(12).text('处置时间线 / Timeline');
  for (const update of updates) {
    doc
      .fontSize(9.5)
      .text(`${update.at.toISOString()}  ${update.author}：${update.note}`, { width });
  }
  doc.moveDown(0.5).fontSize(12).text('报送记录 / Reports sent');
  for (const report of reports) {
    doc
      .fontSize(9.5)
      .text(
        `${report.sentAt.toISOString()}  ${kindName(report.kind)} → ${report.receiver}（${report.sentBy}）`,
        {
          width,
        },
      );
  }
  doc.end();
  return done;
}
