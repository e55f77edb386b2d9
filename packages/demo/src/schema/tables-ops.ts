import { DEMO_TODAY, fmtDate, randomDate } from '../values/dates.ts';
import { batchNumber, orderNumber } from '../values/negatives.ts';
import { companyName } from '../values/org.ts';
import { idCardNumber, birthDate, mobileNumber, personName } from '../values/person.ts';
import { address, HOME_REGIONS, licensePlate, REGIONS } from '../values/regions.ts';
import { vin } from '../values/tech.ts';
import { col, idCol, REASON, type DemoTable } from './types.ts';

const TRACK_ROWS = 150_000;
const POINTS_PER_TRUCK = 1875;
const TRACK_START_S = Math.floor(DEMO_TODAY / 1000) - POINTS_PER_TRUCK * 30;
const track = { lng: 0, lat: 0, dLng: 0, dLat: 0 };

/** Logistics (schema `wms`): carriers, shipments and the GPS tracks of the delivery fleet. */
export const OPS_TABLES: DemoTable[] = [
  {
    name: 'tms_carrier',
    schema: 'wms',
    comment: '物流承运商',
    rows: 60,
    category: 'ops.logistics',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('carrier_code', 'varchar(10)', '承运商编码'),
      col('carrier_name', 'varchar(60)', '承运商名称', ['org.name']),
      col('tyshxydm', 'varchar(18)', '统一社会信用代码', ['org.uscc']),
      col('lxr', 'varchar(20)', '联系人', ['pi.name']),
      col('lxdh', 'varchar(16)', '联系电话', ['pi.landline']),
      col('sjhm', 'varchar(11)', '调度手机', ['pi.mobile']),
      col('dz', 'varchar(120)', '地址', ['pi.address']),
    ],
    row: (_rng, i, w) => {
      const c = w.carriers[i]!;
      return {
        id: i + 1,
        carrier_code: c.code,
        carrier_name: c.name,
        tyshxydm: c.uscc,
        lxr: c.contact.name,
        lxdh: c.landline,
        sjhm: c.mobile,
        dz: c.address,
      };
    },
  },
  {
    name: 'tms_shipment',
    schema: 'wms',
    comment: '成品发货物流运单',
    rows: 1500,
    category: 'ops.logistics',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('waybill_no', 'varchar(16)', '运单号'),
      col('order_no', 'varchar(18)', '销售订单号', [], { note: '18 位数字订单号 (hard negative)' }),
      col('carrier_code', 'varchar(10)', '承运商'),
      col('shr', 'varchar(20)', '收货人', ['pi.name']),
      col('shrsj', 'varchar(11)', '收货人手机', ['pi.mobile']),
      col('shdz', 'varchar(120)', '收货地址', ['pi.address']),
      col('cph', 'varchar(10)', '车牌号', ['pi.license_plate']),
      col('sjxm', 'varchar(20)', '司机姓名', ['pi.name']),
      col('sjsfzh', 'varchar(18)', '司机身份证号', ['pi.id_card']),
      col('ship_date', 'date', '发货日期'),
      col('weight_kg', 'decimal(10,1)', '重量(kg)'),
    ],
    row: (rng, i, w) => {
      const t = rng.pick(w.trucks);
      const date = randomDate(rng, '2025-06-01', '2026-10-31');
      return {
        id: i + 1,
        waybill_no: `YD${date.replaceAll('-', '')}${String(i + 1).padStart(6, '0')}`,
        order_no: orderNumber(rng, date),
        carrier_code: rng.pick(w.carriers).code,
        shr: personName(rng).name,
        shrsj: mobileNumber(rng),
        shdz: address(rng),
        cph: t.plate,
        sjxm: t.driver.name,
        sjsfzh: idCardNumber(rng, birthDate(rng, 1965, 1998), true),
        ship_date: date,
        weight_kg: rng.float(200, 30000, 1),
      };
    },
  },
  {
    name: 'tms_vehicle_track',
    schema: 'wms',
    comment: '物流车辆GPS轨迹',
    rows: TRACK_ROWS,
    category: 'ops.logistics',
    level: 'important',
    levelReason: REASON.largeSensitivePi,
    columns: [
      col('id', 'int', '主键', [], { level: 'general' }),
      col('cph', 'varchar(10)', '车牌号', ['pi.license_plate'], { level: 'general' }),
      col('gps_time', 'bigint', '定位时间(Unix秒)', [], {
        level: 'general',
        note: '10 位秒级时间戳 (hard negative)',
      }),
      col('lng', 'real', '经度', ['pi.geo_location'], { level: 'important' }),
      col('lat', 'real', '纬度', ['pi.geo_location'], { level: 'important' }),
      col('speed_kmh', 'int', '速度(km/h)', [], { level: 'general' }),
    ],
    row: (rng, i, w) => {
      const truck = w.trucks[Math.floor(i / POINTS_PER_TRUCK) % w.trucks.length]!;
      const k = i % POINTS_PER_TRUCK;
      if (k === 0) {
        const home = rng.pick(HOME_REGIONS);
        track.lng = home.lng + rng.float(-0.05, 0.05, 6);
        track.lat = home.lat + rng.float(-0.05, 0.05, 6);
      }
      if (k % 60 === 0) {
        track.dLng = rng.float(-0.004, 0.004, 6);
        track.dLat = rng.float(-0.003, 0.003, 6);
      }
      const moving = rng.bool(0.85);
      if (moving) {
        track.lng += track.dLng;
        track.lat += track.dLat;
      }
      return {
        id: i + 1,
        cph: truck.plate,
        gps_time: TRACK_START_S + k * 30,
        lng: Math.round(track.lng * 1e6) / 1e6,
        lat: Math.round(track.lat * 1e6) / 1e6,
        speed_kmh: moving ? rng.int(20, 90) : 0,
      };
    },
  },
  {
    name: 'srv_repair_order',
    schema: 'srv',
    comment: '售后维修工单',
    rows: 900,
    category: 'ops.after_sales',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('repair_no', 'varchar(16)', '工单号'),
      col('vin', 'varchar(17)', '车架号', [], { note: 'VIN 校验位有效; 合同无 VIN 标签' }),
      col('cph', 'varchar(10)', '车牌号', ['pi.license_plate']),
      col('owner_name', 'varchar(20)', '车主姓名', ['pi.name']),
      col('owner_mobile', 'varchar(11)', '车主手机', ['pi.mobile']),
      col('part_no', 'varchar(16)', '故障零件号'),
      col('fault_desc', 'varchar(60)', '故障描述'),
      col('mileage_km', 'int', '行驶里程(km)'),
      col('repair_date', 'date', '维修日期'),
      col('service_station', 'varchar(60)', '服务站', ['org.name']),
      col('cost', 'decimal(10,2)', '费用'),
      col('ext_info', 'varchar(11)', undefined, ['pi.mobile'], {
        note: '无注释 ext_info, 值是备用手机号 (value-only)',
      }),
    ],
    row: (rng, i, w) => {
      const region = rng.pick(REGIONS);
      return {
        id: i + 1,
        repair_no: `SV${String(2025_000_000 + i * 7 + rng.int(0, 6))}`,
        vin: vin(rng),
        cph: licensePlate(rng, region),
        owner_name: personName(rng).name,
        owner_mobile: mobileNumber(rng),
        part_no: rng.pick(w.products).partNo,
        fault_desc: rng.pick(['制动抖动', '异响', '转向沉重', '轮毂轴承噪声', '漏油', '开裂']),
        mileage_km: rng.int(800, 180000),
        repair_date: randomDate(rng, '2024-01-01', '2026-10-31'),
        service_station: companyName(rng, '汽车销售服务', region),
        cost: rng.float(0, 6800, 2),
        ext_info: rng.bool(0.6) ? mobileNumber(rng) : null,
      };
    },
  },
  {
    name: 'srv_warranty_claim',
    schema: 'srv',
    comment: '售后三包索赔',
    rows: 400,
    category: 'ops.after_sales',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('claim_no', 'varchar(16)', '索赔单号'),
      col('oem_name', 'varchar(60)', '主机厂', ['org.name']),
      col('part_no', 'varchar(16)', '零件号'),
      col('batch_no', 'varchar(11)', '生产批次', [], { note: '11 位数字批次号 (hard negative)' }),
      col('claim_amount', 'decimal(12,2)', '索赔金额'),
      col('claim_status', 'varchar(6)', '状态'),
      col('handler', 'varchar(20)', '处理人', ['pi.name']),
      col('claim_date', 'date', '索赔日期'),
    ],
    row: (rng, i, w) => {
      const date = randomDate(rng, '2024-01-01', '2026-10-31');
      return {
        id: i + 1,
        claim_no: `CL${date.slice(0, 4)}${String(i + 1).padStart(6, '0')}`,
        oem_name: rng.pick(w.customers).name,
        part_no: rng.pick(w.products).partNo,
        batch_no: batchNumber(rng, fmtDate(Date.parse(date) - rng.int(30, 400) * 86_400_000)),
        claim_amount: rng.float(200, 90000, 2),
        claim_status: rng.pick(['待审核', '已批准', '已拒绝', '已结算']),
        handler: rng.pick(w.employees).person.name,
        claim_date: date,
      };
    },
  },
];
