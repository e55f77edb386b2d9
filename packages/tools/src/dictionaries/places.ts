/**
 * Data for recognising addresses (详细地址) and organisation names (单位名称) in whole values.
 */

/**
 * Province-level divisions and large cities, without 省/市: an address without any digit
 * still counts when it names one of these (e.g. 浙江省杭州市西湖区文三路).
 */
export const PLACE_NAMES: readonly string[] = (
  '北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 ' +
  '江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 ' +
  '台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门 深圳 广州 苏州 杭州 南京 ' +
  '武汉 成都 西安 郑州 青岛 厦门 宁波 无锡 合肥 长沙 济南 沈阳 大连 ' +
  '哈尔滨 长春 石家庄 太原 南昌 福州 昆明 贵阳 南宁 兰州 乌鲁木齐 ' +
  '呼和浩特 拉萨 银川 西宁 海口 东莞 佛山 常州 南通 温州 嘉兴 绍兴 烟台 ' +
  '潍坊 唐山 保定 芜湖 珠海 中山 惠州 徐州 扬州 泉州 昆山 台州 金华 ' +
  '洛阳 襄阳 宜昌 株洲 柳州 绵阳'
).split(' ');

/**
 * Single characters that mark a part of a Chinese address, with the part kind: 1 = 省 市 区 县
 * 镇 乡 (division), 2 = 路 街 巷 弄 村 (road or village), 3 = 号 (number), 4 = 楼 栋 幢 座
 * (building), 5 = 室 层 户 (room). 道, 里 and 组 are left out: they end 通道, 公里 and 班组 far more often.
 */
export const ADDRESS_PART_CHARS: Readonly<Record<string, number>> = {
  省: 1,
  市: 1,
  区: 1,
  县: 1,
  旗: 1,
  镇: 1,
  乡: 1,
  路: 2,
  街: 2,
  巷: 2,
  弄: 2,
  村: 2,
  号: 3,
  楼: 4,
  幢: 4,
  栋: 4,
  座: 4,
  室: 5,
  层: 5,
  户: 5,
};

/** Two-character road-level parts (a road, lane or residential compound). */
export const ADDRESS_ROAD_WORDS: readonly string[] = ['大道', '胡同', '小区', '社区', '公寓'];

/**
 * Characters before 路 that make it a circuit, pipe or route rather than a road (回路 线路
 * 油路 …), and after it (路由 路径 路线).
 */
export const NOT_ROAD_BEFORE = '回线电油气水支管通旁短断环网光链';
export const NOT_ROAD_AFTER = '由径线';

/**
 * Legal-form and institution suffixes of organisation names. `strong` suffixes mark an
 * organisation from 4 characters on; `weak` ones (中心, 局, 厂 …) also end department and
 * workshop names, so they need a longer value (≥ 6 characters).
 */
export const ORG_SUFFIXES: { strong: readonly string[]; weak: readonly string[] } = {
  strong: (
    '有限公司 股份有限公司 有限责任公司 集团有限公司 分公司 公司 集团 研究院 研究所 设计院 ' +
    '大学 学院 医院 银行 事务所 合作社 委员会 基金会 股份公司 有限合伙 分行 支行'
  ).split(' '),
  weak: (
    '中心 局 厂 所 院 站 社 协会 学会 商行 门市部 工作室 经营部 学校 中学 小学 幼儿园 店 ' +
    '馆 场 处 办事处'
  ).split(' '),
};
