import type { Rng } from '../rng.ts';

/** A real county-level division (GB/T 2260) with a few real roads, its area code and plate. */
export interface Region {
  code: string;
  province: string;
  city: string;
  district: string;
  roads: readonly string[];
  areaCode: string;
  plate: string;
  lng: number;
  lat: number;
}

const r = (
  code: string,
  province: string,
  city: string,
  district: string,
  roads: string,
  areaCode: string,
  plate: string,
  lng: number,
  lat: number,
): Region => ({
  code,
  province,
  city,
  district,
  roads: roads.split(' '),
  areaCode,
  plate,
  lng,
  lat,
});

/** County-level divisions used for addresses, ID numbers and credit codes. */
export const REGIONS: readonly Region[] = [
  r(
    '310115',
    '上海市',
    '上海市',
    '浦东新区',
    '张江路 世纪大道 川沙路 金海路 龙东大道',
    '021',
    '沪A',
    121.54,
    31.22,
  ),
  r(
    '310112',
    '上海市',
    '上海市',
    '闵行区',
    '莘松路 都市路 沪闵路 七莘路',
    '021',
    '沪B',
    121.38,
    31.11,
  ),
  r(
    '310114',
    '上海市',
    '上海市',
    '嘉定区',
    '墨玉路 博园路 曹安公路 城北路',
    '021',
    '沪C',
    121.25,
    31.37,
  ),
  r(
    '310117',
    '上海市',
    '上海市',
    '松江区',
    '荣乐路 沪松公路 新松江路',
    '021',
    '沪D',
    121.22,
    31.03,
  ),
  r(
    '320583',
    '江苏省',
    '苏州市',
    '昆山市',
    '前进西路 萧林路 长江中路',
    '0512',
    '苏E',
    120.98,
    31.38,
  ),
  r('320505', '江苏省', '苏州市', '虎丘区', '长江路 珠江路 狮山路', '0512', '苏E', 120.57, 31.3),
  r('320102', '江苏省', '南京市', '玄武区', '中山路 北京东路 珠江路', '025', '苏A', 118.8, 32.05),
  r(
    '320211',
    '江苏省',
    '无锡市',
    '滨湖区',
    '梁溪路 太湖大道 蠡湖大道',
    '0510',
    '苏B',
    120.27,
    31.55,
  ),
  r('330106', '浙江省', '杭州市', '西湖区', '文三路 天目山路 教工路', '0571', '浙A', 120.13, 30.26),
  r('330206', '浙江省', '宁波市', '北仑区', '明州路 新大路 长江路', '0574', '浙B', 121.84, 29.9),
  r('340104', '安徽省', '合肥市', '蜀山区', '长江西路 黄山路 潜山路', '0551', '皖A', 117.26, 31.85),
  r('340202', '安徽省', '芜湖市', '镜湖区', '中山路 赭山路 北京路', '0553', '皖B', 118.38, 31.34),
  r(
    '370202',
    '山东省',
    '青岛市',
    '市南区',
    '香港中路 山东路 燕儿岛路',
    '0532',
    '鲁B',
    120.38,
    36.07,
  ),
  r('370102', '山东省', '济南市', '历下区', '泉城路 经十路 历山路', '0531', '鲁A', 117.08, 36.67),
  r('420106', '湖北省', '武汉市', '武昌区', '中南路 武珞路 中北路', '027', '鄂A', 114.32, 30.55),
  r(
    '440305',
    '广东省',
    '深圳市',
    '南山区',
    '深南大道 科苑路 南海大道',
    '0755',
    '粤B',
    113.93,
    22.53,
  ),
  r(
    '440106',
    '广东省',
    '广州市',
    '天河区',
    '天河路 黄埔大道 体育西路',
    '020',
    '粤A',
    113.36,
    23.12,
  ),
  r(
    '510107',
    '四川省',
    '成都市',
    '武侯区',
    '人民南路 科华北路 武侯大道',
    '028',
    '川A',
    104.04,
    30.64,
  ),
  r(
    '110105',
    '北京市',
    '北京市',
    '朝阳区',
    '建国路 朝阳北路 东三环中路',
    '010',
    '京A',
    116.44,
    39.92,
  ),
  r('120101', '天津市', '天津市', '和平区', '南京路 赤峰道 营口道', '022', '津A', 117.2, 39.12),
  r('410105', '河南省', '郑州市', '金水区', '花园路 金水路 经三路', '0371', '豫A', 113.66, 34.8),
  r(
    '500103',
    '重庆市',
    '重庆市',
    '渝中区',
    '民权路 中山三路 解放西路',
    '023',
    '渝A',
    106.57,
    29.55,
  ),
  r(
    '610113',
    '陕西省',
    '西安市',
    '雁塔区',
    '雁塔路 小寨东路 长安南路',
    '029',
    '陕A',
    108.95,
    34.22,
  ),
  r(
    '430102',
    '湖南省',
    '长沙市',
    '芙蓉区',
    '五一大道 芙蓉中路 八一路',
    '0731',
    '湘A',
    112.99,
    28.2,
  ),
  r(
    '130102',
    '河北省',
    '石家庄市',
    '长安区',
    '中山东路 建设北路 裕华东路',
    '0311',
    '冀A',
    114.54,
    38.04,
  ),
  r(
    '360102',
    '江西省',
    '南昌市',
    '东湖区',
    '八一大道 象山北路 阳明路',
    '0791',
    '赣A',
    115.9,
    28.68,
  ),
  r('350102', '福建省', '福州市', '鼓楼区', '五四路 杨桥中路 湖东路', '0591', '闽A', 119.3, 26.08),
];

/** The Shanghai and Jiangsu regions where the company and most staff are. */
export const HOME_REGIONS = REGIONS.slice(0, 6);

/** A detailed address: 省 市 区 路 号 (and often building and room). */
export function address(rng: Rng, region: Region = rng.pick(REGIONS)): string {
  const head =
    region.province === region.city
      ? `${region.city}${region.district}`
      : `${region.province}${region.city}${region.district}`;
  let a = `${head}${rng.pick(region.roads)}${rng.int(1, 2999)}号`;
  const t = rng.int(0, 2);
  if (t === 1) a += `${rng.int(1, 30)}幢${rng.int(1, 28)}0${rng.int(1, 6)}室`;
  if (t === 2) a += `${rng.int(1, 12)}号楼${rng.int(1, 4)}单元${rng.int(1, 18)}0${rng.int(1, 4)}室`;
  return a;
}

/** A fixed-line number: area code, dash, 8 digits (e.g. `021-6xxxxxxx`). */
export function landline(rng: Rng, region: Region = rng.pick(HOME_REGIONS)): string {
  return `${region.areaCode}-${rng.int(5, 8)}${rng.digits(7)}`;
}

const PLATE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

/** A licence plate: ordinary (`沪A3K8M2`) or new-energy (`沪AD12345`, trucks `沪A12345D`). */
export function licensePlate(rng: Rng, region: Region = rng.pick(REGIONS), truck = false): string {
  const kind = rng.int(0, 9);
  if (kind < 2) {
    return truck
      ? region.plate + rng.digits(5) + rng.pick(['D', 'F'])
      : region.plate + rng.pick(['D', 'F']) + rng.digits(5);
  }
  let tail = '';
  for (let i = 0; i < 5; i++)
    tail += i < 2 && rng.bool(0.3) ? rng.chars(PLATE_CHARS, 1) : rng.digits(1);
  return region.plate + tail;
}
