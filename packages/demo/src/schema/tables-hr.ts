import { DEPTS } from '../world.ts';
import { fmtDateTime, parseDate, randomDate, randomDateTime } from '../values/dates.ts';
import {
  emailFor,
  faceTemplate,
  mobileNumber,
  passportNumber,
  personName,
} from '../values/person.ts';
import { fakeIdSerial } from '../values/negatives.ts';
import { landline } from '../values/regions.ts';
import { col, idCol, REASON, type DemoTable } from './types.ts';

const WORKSHOPS = DEPTS.filter((d) => d.endsWith('车间'));
const SHIFTS = ['甲班', '乙班', '丙班', '丁班'];

/** HR system (schema `hr`): employees, organisation, access control, training, trips. */
export const HR_TABLES: DemoTable[] = [
  {
    name: 'hr_employee',
    schema: 'hr',
    comment: '员工档案',
    rows: 1200,
    category: 'mgmt.hr',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('emp_no', 'varchar(16)', '工号'),
      col('xm', 'varchar(20)', '姓名', ['pi.name']),
      col('xb', 'varchar(2)', '性别'),
      col('sfzh', 'varchar(18)', '身份证号', ['pi.id_card']),
      col('csrq', 'date', '出生日期', ['pi.birth_date']),
      col('sjhm', 'varchar(11)', '手机号码', ['pi.mobile']),
      col('email', 'varchar(64)', '电子邮箱', ['pi.email']),
      col('dz', 'varchar(120)', '家庭住址', ['pi.address']),
      col('dept_id', 'int', '所属部门'),
      col('post', 'varchar(20)', '岗位'),
      col('entry_date', 'date', '入职日期', [], {
        note: '日期但不是出生日期 (hard negative for pi.birth_date)',
      }),
      col('yhkh', 'varchar(19)', '工资卡号', ['pi.bank_card']),
      col('jjlxr', 'varchar(20)', '紧急联系人', ['pi.name']),
      col('jjlxdh', 'varchar(11)', '紧急联系人电话', ['pi.mobile']),
      col('status', 'varchar(8)', '在职状态'),
    ],
    row: (rng, i, w) => {
      const e = w.employees[i]!;
      return {
        id: i + 1,
        emp_no: e.empNo,
        xm: e.person.name,
        xb: e.person.male ? '男' : '女',
        sfzh: e.idCard,
        csrq: e.birth,
        sjhm: e.mobile,
        email: e.email,
        dz: e.address,
        dept_id: e.deptId,
        post: e.post,
        entry_date: e.entryDate,
        yhkh: e.bankCard,
        jjlxr: personName(rng).name,
        jjlxdh: mobileNumber(rng),
        status: rng.bool(0.92) ? '在职' : '离职',
      };
    },
  },
  {
    name: 'hr_department',
    schema: 'hr',
    comment: '部门及班组（员工组织架构）',
    rows: 60,
    category: 'mgmt.hr',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('dept_code', 'varchar(12)', '部门编码'),
      col('dept_name', 'varchar(40)', '部门名称', [], { note: '内部部门名, 不是单位名称' }),
      col('parent_id', 'int', '上级部门'),
      col('manager', 'varchar(20)', '负责人', ['pi.name']),
      col('office_phone', 'varchar(16)', '办公电话', ['pi.landline']),
      col('cost_center', 'varchar(10)', '成本中心'),
    ],
    row: (rng, i) => {
      const isDept = i < DEPTS.length;
      const parent = isDept
        ? 0
        : DEPTS.indexOf(WORKSHOPS[(i - DEPTS.length) % WORKSHOPS.length]!) + 1;
      return {
        id: i + 1,
        dept_code: isDept
          ? `D${String(i + 1).padStart(3, '0')}`
          : `D${String(parent).padStart(3, '0')}-${String(i + 1).padStart(2, '0')}`,
        dept_name: isDept
          ? DEPTS[i]!
          : `${DEPTS[parent - 1]!}${SHIFTS[Math.floor((i - DEPTS.length) / WORKSHOPS.length) % SHIFTS.length]!}`,
        parent_id: parent,
        manager: personName(rng).name,
        office_phone: landline(rng),
        cost_center: `CC${rng.int(1000, 1999)}`,
      };
    },
  },
  {
    name: 'hr_access_face',
    schema: 'hr',
    comment: '员工门禁人脸识别记录',
    rows: 1500,
    category: 'mgmt.hr',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('emp_no', 'varchar(16)', '工号'),
      col('xm', 'varchar(20)', '姓名', ['pi.name']),
      col('face_template', 'text', '人脸特征值', ['pi.biometric']),
      col('device_sn', 'varchar(18)', '闸机出厂编号', [], {
        note: '形似身份证号但校验位错误 (hard negative for pi.id_card)',
      }),
      col('gate', 'varchar(20)', '门岗'),
      col('punch_time', 'datetime', '通行时间'),
      col('similarity', 'real', '比对相似度'),
    ],
    row: (rng, i, w) => {
      const e = rng.pick(w.employees);
      return {
        id: i + 1,
        emp_no: e.empNo,
        xm: e.person.name,
        face_template: faceTemplate(rng),
        device_sn: fakeIdSerial(rng),
        gate: rng.pick(['东门1号闸机', '东门2号闸机', '北门货运通道', '锻造车间门禁']),
        punch_time: randomDateTime(rng, '2026-09-01', '2026-10-31'),
        similarity: rng.float(0.82, 0.995, 3),
      };
    },
  },
  {
    name: 'hr_training',
    schema: 'hr',
    comment: '员工培训记录',
    rows: 800,
    category: 'mgmt.hr',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('emp_no', 'varchar(16)', '工号'),
      col('course_name', 'varchar(60)', '课程名称'),
      col('train_date', 'date', '培训日期'),
      col('hours', 'decimal(4,1)', '学时'),
      col('score', 'int', '考核成绩'),
      col('trainer', 'varchar(20)', '讲师', ['pi.name']),
      col('col1', 'varchar(18)', undefined, ['pi.id_card'], {
        note: '无注释、名称含糊, 只有值能说明是身份证号 (value-only)',
      }),
    ],
    row: (rng, i, w) => {
      const e = rng.pick(w.employees);
      return {
        id: i + 1,
        emp_no: e.empNo,
        course_name: rng.pick([
          '锻压设备安全操作规程',
          '热处理工艺基础',
          'IATF 16949 内审员',
          '数据安全意识培训',
          '特种设备（行车）作业',
          '5S 现场管理',
        ]),
        train_date: randomDate(rng, '2024-01-01', '2026-10-31'),
        hours: rng.pick([2, 4, 8, 16, 1.5]),
        score: rng.int(60, 100),
        trainer: personName(rng).name,
        col1: e.idCard,
      };
    },
  },
  {
    name: 'hr_business_trip',
    schema: 'hr',
    comment: '员工出差及出境登记',
    rows: 150,
    category: 'mgmt.hr',
    level: 'general',
    levelReason: REASON.general,
    columns: [
      idCol(),
      col('emp_no', 'varchar(16)', '工号'),
      col('xm', 'varchar(20)', '姓名', ['pi.name']),
      col('passport_no', 'varchar(9)', '护照号码', ['pi.passport']),
      col('destination', 'varchar(40)', '目的地'),
      col('depart_date', 'date', '出发日期'),
      col('return_date', 'date', '返回日期'),
      col('purpose', 'varchar(60)', '事由'),
      col('contact_email', 'varchar(64)', '联系邮箱', ['pi.email']),
    ],
    row: (rng, i, w) => {
      const e = rng.pick(w.employees);
      const depart = randomDate(rng, '2024-01-01', '2026-10-01');
      return {
        id: i + 1,
        emp_no: e.empNo,
        xm: e.person.name,
        passport_no: passportNumber(rng),
        destination: rng.pick([
          '德国斯图加特',
          '日本名古屋',
          '美国底特律',
          '墨西哥蒙特雷',
          '泰国罗勇',
          '匈牙利德布勒森',
        ]),
        depart_date: depart,
        return_date: fmtDateTime(parseDate(depart) + rng.int(3, 21) * 86_400_000).slice(0, 10),
        purpose: rng.pick(['客户现场审核', '模具验收', '展会', '技术交流', '海外工厂支持']),
        contact_email: rng.bool(0.7) ? e.email : emailFor(rng, e.person),
      };
    },
  },
];
