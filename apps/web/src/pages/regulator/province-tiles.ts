/**
 * A tile (grid) map of the 31 mainland provinces: each at a column and row that keeps its
 * rough relative position. Used instead of a boundary map: no maintained China GeoJSON
 * package could be vetted on the registry, and maps showing China's boundaries must carry
 * an approved drawing (审图号) — a schematic grid avoids both. Codes are GB/T 2260.
 */
export const PROVINCE_TILES: Record<string, { col: number; row: number; short: string }> = {
  '230000': { col: 8, row: 0, short: '黑龙江' },
  '650000': { col: 1, row: 1, short: '新疆' },
  '150000': { col: 5, row: 1, short: '内蒙古' },
  '110000': { col: 6, row: 1, short: '北京' },
  '210000': { col: 7, row: 1, short: '辽宁' },
  '220000': { col: 8, row: 1, short: '吉林' },
  '620000': { col: 3, row: 2, short: '甘肃' },
  '640000': { col: 4, row: 2, short: '宁夏' },
  '140000': { col: 5, row: 2, short: '山西' },
  '130000': { col: 6, row: 2, short: '河北' },
  '120000': { col: 7, row: 2, short: '天津' },
  '540000': { col: 1, row: 3, short: '西藏' },
  '630000': { col: 2, row: 3, short: '青海' },
  '610000': { col: 4, row: 3, short: '陕西' },
  '410000': { col: 5, row: 3, short: '河南' },
  '370000': { col: 6, row: 3, short: '山东' },
  '510000': { col: 3, row: 4, short: '四川' },
  '500000': { col: 4, row: 4, short: '重庆' },
  '420000': { col: 5, row: 4, short: '湖北' },
  '340000': { col: 6, row: 4, short: '安徽' },
  '320000': { col: 7, row: 4, short: '江苏' },
  '530000': { col: 3, row: 5, short: '云南' },
  '520000': { col: 4, row: 5, short: '贵州' },
  '430000': { col: 5, row: 5, short: '湖南' },
  '360000': { col: 6, row: 5, short: '江西' },
  '330000': { col: 7, row: 5, short: '浙江' },
  '310000': { col: 8, row: 5, short: '上海' },
  '450000': { col: 4, row: 6, short: '广西' },
  '440000': { col: 5, row: 6, short: '广东' },
  '350000': { col: 6, row: 6, short: '福建' },
  '460000': { col: 5, row: 7, short: '海南' },
};

export const TILE_COLUMNS = 10;
export const TILE_ROWS = 8;
