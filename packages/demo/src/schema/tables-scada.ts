import { DEMO_TODAY, fmtDate, fmtDateTime } from '../values/dates.ts';
import { personName } from '../values/person.ts';
import { ipv4, ipv6, uuid } from '../values/tech.ts';
import { DEPTS } from '../world.ts';
import { col, idCol, REASON, type DemoTable } from './types.ts';

const SENSORS: readonly (readonly [string, string, number, number, string])[] = [
  ['FRG-HTR-03', 'TT101', 1180, 25, '℃'],
  ['FRG-PRS-01', 'PT201', 21.5, 1.2, 'MPa'],
  ['FRG-PRS-02', 'PT202', 20.8, 1.1, 'MPa'],
  ['FRG-PRS-01', 'VT301', 2.4, 0.6, 'mm/s'],
  ['HT-QCH-01', 'TT401', 60, 4, '℃'],
  ['HT-TMP-02', 'TT402', 580, 8, '℃'],
  ['CMP-AIR-01', 'PT501', 0.72, 0.03, 'MPa'],
  ['FRG-HTR-03', 'IT601', 820, 40, 'A'],
];
const WORKSHOPS = DEPTS.filter((d) => d.endsWith('车间'));
const START = DEMO_TODAY - 20_000 * 15_000;

/** SCADA telemetry and alarms, MES system log, BI statistics. */
export const SCADA_TABLES: DemoTable[] = [
  {
    name: 'scada_telemetry',
    schema: 'scada',
    comment: '传感器遥测数据',
    rows: 20000,
    category: 'prod.condition',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('device_code', 'varchar(16)', '设备编码'),
      col('tag', 'varchar(8)', '测点'),
      col('ts_ms', 'bigint', '采集时间戳(毫秒)', [], { note: '13 位毫秒时间戳 (hard negative)' }),
      col('value', 'real', '测量值', [], { note: '测量值 (hard negative)' }),
      col('unit', 'varchar(6)', '单位'),
      col('quality', 'int', '质量码'),
    ],
    row: (rng, i) => {
      const [device, tag, mean, spread, unit] = SENSORS[i % SENSORS.length]!;
      return {
        id: i + 1,
        device_code: device,
        tag,
        ts_ms: START + Math.floor(i / SENSORS.length) * 15_000 * SENSORS.length + rng.int(0, 999),
        value: Math.round((mean + (rng.next() - 0.5) * 2 * spread) * 1000) / 1000,
        unit,
        quality: rng.bool(0.995) ? 192 : 0,
      };
    },
  },
  {
    name: 'scada_alarm',
    schema: 'scada',
    comment: '传感器越限报警记录',
    rows: 900,
    category: 'prod.condition',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('alarm_time', 'datetime', '报警时间'),
      col('device_code', 'varchar(16)', '设备编码'),
      col('tag', 'varchar(8)', '测点'),
      col('alarm_type', 'varchar(6)', '报警类型'),
      col('value', 'real', '报警值'),
      col('limit_value', 'real', '限值'),
      col('ack_by', 'varchar(20)', '确认人', ['pi.name']),
    ],
    row: (rng, i) => {
      const [device, tag, mean, spread] = rng.pick(SENSORS);
      return {
        id: i + 1,
        alarm_time: fmtDateTime(START + rng.int(0, 300_000) * 1000),
        device_code: device,
        tag,
        alarm_type: rng.pick(['高报', '高高报', '低报']),
        value: Math.round((mean + spread * rng.float(1.5, 3, 2)) * 100) / 100,
        limit_value: Math.round((mean + spread * 1.5) * 100) / 100,
        ack_by: personName(rng).name,
      };
    },
  },
  {
    name: 'mes_system_log',
    schema: 'mes',
    comment: 'MES系统日志',
    rows: 2000,
    category: 'prod.system_log',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('log_time', 'datetime', '日志时间'),
      col('log_level', 'varchar(5)', '级别'),
      col('module', 'varchar(20)', '模块'),
      col('message', 'varchar(120)', '日志内容'),
      col('client_ip', 'varchar(39)', '客户端IP', ['pi.ip_address'], { note: 'IPv4 与 IPv6 混合' }),
      col('account', 'varchar(20)', '登录账号'),
      col('trace_id', 'varchar(36)', '链路ID', [], { note: 'UUID (hard negative)' }),
    ],
    row: (rng, i, w) => {
      const e = rng.pick(w.employees);
      return {
        id: i + 1,
        log_time: fmtDateTime(DEMO_TODAY - (2000 - i) * 600_000 + rng.int(0, 599) * 1000),
        log_level: rng.pick(['INFO', 'INFO', 'INFO', 'WARN', 'ERROR']),
        module: rng.pick(['报工', '质检', '设备点检', '登录', '工单下发', '物料追溯']),
        message: rng.pick([
          '用户登录成功',
          '工单状态变更为已完工',
          '扫码报工提交',
          '接口调用超时 /api/wip/report',
          '权限校验失败',
          '导出质检记录 xlsx',
        ]),
        client_ip: rng.bool(0.8) ? ipv4(rng) : ipv6(rng),
        account: `${e.person.pinyin}${rng.int(1, 9)}`,
        trace_id: uuid(rng),
      };
    },
  },
  {
    name: 'bi_output_monthly',
    schema: 'erp',
    comment: '月度产量统计报表',
    rows: 360,
    category: 'mgmt.business_stats',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('stat_month', 'varchar(7)', '统计月份'),
      col('workshop', 'varchar(20)', '车间'),
      col('product_name', 'varchar(40)', '产品名称'),
      col('output_qty', 'int', '产量(件)'),
      col('qualified_qty', 'int', '合格数'),
      col('pass_rate', 'decimal(5,2)', '合格率(%)'),
      col('sales_amount', 'decimal(14,2)', '销售额(元)'),
    ],
    row: (rng, i, w) => {
      const month = fmtDate(Date.UTC(2024, i % 34, 1)).slice(0, 7);
      const out = rng.int(2000, 60000);
      const ok = out - rng.int(0, Math.floor(out * 0.03));
      const p = w.products[i % 10]!;
      return {
        id: i + 1,
        stat_month: month,
        workshop: rng.pick(WORKSHOPS),
        product_name: p.name,
        output_qty: out,
        qualified_qty: ok,
        pass_rate: Math.round((ok / out) * 10000) / 100,
        sales_amount: Math.round(ok * p.price * 100) / 100,
      };
    },
  },
  {
    name: 'bi_energy_stats',
    schema: 'erp',
    comment: '车间能耗统计',
    rows: 500,
    category: 'mgmt.business_stats',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('stat_date', 'date', '日期'),
      col('workshop', 'varchar(20)', '车间'),
      col('electricity_kwh', 'decimal(12,1)', '用电量(kWh)'),
      col('gas_m3', 'decimal(10,1)', '天然气(m³)'),
      col('water_t', 'decimal(8,1)', '用水(t)'),
      col('output_t', 'decimal(8,2)', '产出(吨)'),
    ],
    row: (rng, i) => ({
      id: i + 1,
      stat_date: fmtDate(DEMO_TODAY - Math.floor(i / WORKSHOPS.length) * 86_400_000),
      workshop: WORKSHOPS[i % WORKSHOPS.length]!,
      electricity_kwh: rng.float(8000, 95000, 1),
      gas_m3: rng.float(0, 12000, 1),
      water_t: rng.float(20, 400, 1),
      output_t: rng.float(10, 220, 2),
    }),
  },
];
