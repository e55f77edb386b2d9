import PDFDocument from 'pdfkit';
import { RISK_BANDS, type RiskBand } from '@shuan/core';
import type { ReportContent, ReportTable } from './report-content.ts';
import { loadCjkFont } from './report-font.ts';

/** A4 with 50 pt margins. */
const MARGIN = 50;
const FONT = 'cjk';
const BAND_COLOURS: Record<RiskBand, string> = {
  low: '#52c41a',
  medium: '#faad14',
  high: '#fa541c',
  critical: '#cf1322',
};

type Doc = PDFKit.PDFDocument;

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

/** A table with a shaded header row; rows wrap their text and break across pages. */
function drawTable(doc: Doc, table: ReportTable): void {
  const width = doc.page.width - 2 * MARGIN;
  const total = table.widths.reduce((sum, w) => sum + w, 0);
  const widths = table.widths.map((w) => (w / total) * width);
  const pad = 4;
  const drawRow = (cells: string[], header: boolean): void => {
    doc.fontSize(header ? 9.5 : 9);
    const height =
      Math.max(
        ...cells.map((cell, i) =>
          doc.heightOfString(cell === '' ? ' ' : cell, { width: (widths[i] ?? 0) - 2 * pad }),
        ),
      ) +
      2 * pad;
    ensureSpace(doc, height);
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      const w = widths[i] ?? 0;
      if (header) doc.rect(x, top, w, height).fillAndStroke('#e6f0fa', '#8c8c8c');
      else doc.rect(x, top, w, height).stroke('#8c8c8c');
      doc.fillColor('#000000').text(cell, x + pad, top + pad, { width: w - 2 * pad });
      x += w;
    });
    doc.x = MARGIN;
    doc.y = top + height;
  };
  drawRow(table.columns, true);
  if (table.rows.length === 0) drawRow(['（无）', ...table.columns.slice(1).map(() => '')], false);
  for (const row of table.rows) drawRow(row, false);
  doc.moveDown(0.8);
}

/** A bar chart of findings per band, drawn with vector paths (no image). */
function drawDistributionChart(doc: Doc, content: ReportContent): void {
  const height = 150;
  ensureSpace(doc, height + 40);
  doc.fontSize(10).text('风险分布（按风险等级统计的风险数量）', MARGIN, doc.y);
  const top = doc.y + 8;
  const left = MARGIN + 30;
  const chartWidth = doc.page.width - 2 * MARGIN - 40;
  const max = Math.max(1, ...RISK_BANDS.map((band) => content.distribution[band]));
  const slot = chartWidth / RISK_BANDS.length;
  doc
    .moveTo(left, top)
    .lineTo(left, top + height)
    .lineTo(left + chartWidth, top + height);
  doc.stroke('#595959');
  doc
    .fontSize(8)
    .fillColor('#595959')
    .text(String(max), MARGIN, top - 4, { width: 25, align: 'right' });
  doc.text('0', MARGIN, top + height - 6, { width: 25, align: 'right' });
  RISK_BANDS.forEach((band, i) => {
    const count = content.distribution[band];
    const barHeight = (count / max) * (height - 10);
    const x = left + i * slot + slot * 0.2;
    const barWidth = slot * 0.6;
    if (count > 0)
      doc.rect(x, top + height - barHeight, barWidth, barHeight).fill(BAND_COLOURS[band]);
    doc
      .fillColor('#000000')
      .fontSize(9)
      .text(String(count), x, top + height - barHeight - 12, { width: barWidth, align: 'center' });
    doc.text(`${content.bandNames[band]}风险`, x, top + height + 4, {
      width: barWidth,
      align: 'center',
    });
  });
  doc.x = MARGIN;
  doc.y = top + height + 24;
  doc.fillColor('#000000');
}

/**
 * Writes the assessment report as a PDF: title page header, the nine sections of the RA
 * Rules' report contents with their tables, and the risk distribution chart. The CJK font
 * is embedded (subset), so the text is searchable and extractable (pdftotext).
 */
export async function renderReportPdf(content: ReportContent, generatedAt: Date): Promise<Buffer> {
  const font = await loadCjkFont();
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: content.title, Author: 'Shu’an 数安', Subject: content.subtitle },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on('error', reject);
  });
  doc.registerFont(FONT, font.data, font.name ?? '');
  doc.font(FONT);
  doc.fontSize(20).text(content.title, { align: 'center' });
  doc.moveDown(0.3).fontSize(11).fillColor('#595959').text(content.subtitle, { align: 'center' });
  doc
    .fontSize(9)
    .text(`生成时间：${generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`, {
      align: 'center',
    });
  doc.fillColor('#000000').moveDown(1.2);
  content.sections.forEach((section, index) => {
    ensureSpace(doc, 60);
    doc.fontSize(13).text(`${String(index + 1)}. ${section.title}`, MARGIN, doc.y);
    doc.moveDown(0.4);
    for (const paragraph of section.paragraphs) {
      doc.fontSize(10).text(paragraph, MARGIN, doc.y, { width: doc.page.width - 2 * MARGIN });
      doc.moveDown(0.3);
    }
    if (section.id === 'risk-analysis') drawDistributionChart(doc, content);
    for (const table of section.tables) drawTable(doc, table);
    doc.moveDown(0.5);
  });
  doc.end();
  return done;
}
