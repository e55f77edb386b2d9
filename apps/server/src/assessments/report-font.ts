import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { AppError } from '../http/app-error.ts';

/**
 * A font with Simplified Chinese glyphs for the PDF reports: `SHUAN_CJK_FONT` (a .ttf/.otf,
 * or a .ttc with `SHUAN_CJK_FONT_NAME`), else Debian's fonts-noto-cjk (installed by
 * .ci/services.sh), else other common locations. PDF standard fonts have no CJK glyphs, so
 * without one the report cannot be made: `ASSESSMENT_PDF_FONT_MISSING`.
 */
const CANDIDATES: readonly { path: string; name?: string }[] = [
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', name: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', name: 'NotoSansCJKsc-Regular' },
  {
    path: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
    name: 'NotoSansCJKsc-Regular',
  },
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', name: 'WenQuanYiMicroHei' },
  { path: '/System/Library/Fonts/PingFang.ttc', name: 'PingFangSC-Regular' },
];

/** The font file's bytes and, for a collection, the face to use. */
export interface CjkFont {
  path: string;
  data: Buffer;
  name: string | undefined;
}

let cached: Promise<CjkFont> | undefined;

/** Finds and reads the CJK font once per process. */
export function loadCjkFont(env: NodeJS.ProcessEnv = process.env): Promise<CjkFont> {
  if (cached !== undefined) return cached;
  const configured = env.SHUAN_CJK_FONT;
  const choice =
    configured !== undefined && configured !== ''
      ? { path: configured, name: env.SHUAN_CJK_FONT_NAME }
      : CANDIDATES.find((candidate) => existsSync(candidate.path));
  if (choice === undefined || !existsSync(choice.path)) {
    return Promise.reject(
      new AppError(
        'ASSESSMENT_PDF_FONT_MISSING',
        '未找到中文字体，无法生成 PDF 报告：请安装 fonts-noto-cjk 或设置 SHUAN_CJK_FONT / no Chinese font found for the PDF report: install fonts-noto-cjk or set SHUAN_CJK_FONT',
      ),
    );
  }
  cached = readFile(choice.path).then((data) => ({ path: choice.path, data, name: choice.name }));
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
