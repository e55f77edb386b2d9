/**
 * Chinese column-name and comment words. Chinese puts the head noun last, so the matcher
 * reads a comment from its end: 紧急联系人电话 is a phone, 司机身份证号 an ID number,
 * MAC地址 not an address. ASCII parts are written in upper case (IP地址, EMAIL).
 */
import type { LabelCode } from '@shuan/core';
import type { TermGroup } from './context-term.ts';

const NAME_VETO: readonly LabelCode[] = ['pi.name', 'org.name'];
const BIO_TAILS = '特征值 特征 特征码 模板 图像 照片 图片 数据 编码 向量'.split(' ');
const SECRET_TAILS = '哈希 摘要 散列 密文 加密 哈希值 HASH MD5 SHA256'.split(' ');

/** Generic endings that do not change what a comment is about (身份证号码 = 身份证). */
export const ZH_NEUTRAL_TAILS: readonly string[] = (
  '号码 号 码 信息 值 数据 明文 原文 字段 全称 （脱敏） 脱敏 加密 密文 ' + '1 2 3 一 二'
).split(' ');

/** Chinese terms: hard negatives first. */
export const ZH_TERM_GROUPS: readonly TermGroup[] = [
  // ── hard negatives ─────────────────────────────────────────────────────────────────────
  {
    codes: [],
    strength: 'weak',
    veto: ['pi.address'],
    phrases:
      'MAC地址|MAC|PLC地址|物理地址|网址|服务器地址|URL地址|URL|链接地址|存储地址|寄存器地址|内存地址|设备地址|从站地址|总线地址|下载地址|接口地址|访问地址|回调地址|通信地址位|站地址|点位地址|变量地址|OPC地址|硬件地址',
  },
  {
    codes: [],
    strength: 'weak',
    veto: ['pi.bank_card'],
    phrases:
      '门禁卡号|门禁卡|IC卡号|IC卡|会员卡号|会员卡|工卡号|员工卡号|饭卡号|一卡通卡号|一卡通|SIM卡号|SIM卡|加油卡号|油卡号|就诊卡号|登录账号|系统账号|用户账号|登录帐号|用户帐号|系统帐号|平台账号|账号类型|卡类型',
  },
  {
    codes: [],
    strength: 'weak',
    veto: NAME_VETO,
    phrases:
      '用户名|登录名|账户名称|昵称|文件名|文件名称|产品名称|物料名称|零件名称|设备名称|部门名称|课程名称|科目名称|图纸名称|工序名称|项目名称|表名|字段名|主机名|机器名|品名|商品名称|货物名称|模具名称|工具名称|岗位名称|班组名称|车间名称|仓库名称|报表名称',
  },
  { codes: [], strength: 'weak', veto: ['pi.license_plate'], phrases: '铭牌|钢板|板厚' },
  {
    codes: [],
    strength: 'weak',
    veto: ['pi.mobile', 'pi.landline', 'pi.bank_card', 'pi.passport'],
    phrases:
      '订单号|订单编号|批次号|批号|生产批次|批次|序列号|流水号|单号|运单号|快递单号|条码|条形码|出厂编号|发票号码|发票号|凭证号|工单号|物料编码|零件号|图号|资产编号|设备编号|追溯码|时间戳|报告编号|索赔单号',
  },
  {
    codes: [],
    strength: 'weak',
    veto: ['pi.ip_address'],
    phrases: '版本|版本号|固件版本|软件版本|硬件版本',
  },
  // ── identity documents ─────────────────────────────────────────────────────────────────
  {
    codes: ['pi.id_card'],
    strength: 'strong',
    hint: 'id_card',
    phrases:
      '身份证|身份证号|身份证件号|居民身份证|公民身份号码|公民身份证|身份号码|身份证件|社会保障号|社保号',
  },
  {
    codes: ['pi.id_card', 'pi.passport'],
    strength: 'strong',
    hint: 'id_card',
    phrases: '证件号|证件号码|证件|有效证件',
  },
  {
    codes: ['pi.passport'],
    strength: 'strong',
    phrases:
      '护照|护照号|通行证|港澳通行证|往来港澳通行证|回乡证|港澳居民来往内地通行证|旅行证|出入境证件',
  },
  {
    codes: ['pi.passport'],
    strength: 'strong',
    hint: 'tw_permit',
    phrases: '台胞证|台湾通行证|台湾居民来往大陆通行证|大陆居民往来台湾通行证',
  },
  // ── phones, e-mail, addresses ──────────────────────────────────────────────────────────
  {
    codes: ['pi.mobile'],
    strength: 'strong',
    phrases: '手机|手机号|移动电话|联系手机|手机号码|移动号码',
  },
  {
    codes: ['pi.mobile', 'pi.landline'],
    strength: 'strong',
    phrases: '电话|联系电话|联系方式|联络电话|电话号码|联系号码|TEL',
  },
  {
    codes: ['pi.landline', 'pi.mobile'],
    strength: 'strong',
    phrases: '固定电话|座机|固话|办公电话|传真|单位电话|家庭电话|办公室电话|传真号',
  },
  {
    codes: ['pi.email'],
    strength: 'strong',
    phrases: '邮箱|电子邮箱|电子邮件|邮件地址|邮箱地址|EMAIL|E-MAIL|MAIL|电邮',
  },
  {
    codes: ['pi.address'],
    strength: 'strong',
    phrases:
      '地址|住址|家庭住址|家庭地址|详细地址|通讯地址|通信地址|联系地址|收货地址|送货地址|注册地址|居住地址|户籍地址|现住址|户籍地|居住地|住所|办公地址|经营地址|单位地址|发货地址|收件地址|寄件地址|户口所在地|家庭住所|常住地址',
  },
  // ── financial, dates, location, vehicles, network ──────────────────────────────────────
  {
    codes: ['pi.bank_card'],
    strength: 'strong',
    phrases:
      '银行卡|银行卡号|卡号|工资卡号|工资卡|银行账号|银行帐号|银行账户|收款账号|付款账号|开户账号|借记卡号|信用卡号|信用卡|借记卡|结算账号|收款帐号|付款帐号|对公账号|账户号',
  },
  { codes: ['pi.bank_card'], strength: 'weak', phrases: '账号|帐号|账户' },
  {
    codes: ['pi.birth_date'],
    strength: 'strong',
    hint: 'birth',
    phrases: '出生日期|生日|出生年月|出生年月日|出生时间|出生|出生日',
  },
  { codes: ['pi.geo_location'], strength: 'strong', hint: 'lng', phrases: '经度|GPS经度|定位经度' },
  { codes: ['pi.geo_location'], strength: 'strong', hint: 'lat', phrases: '纬度|GPS纬度|定位纬度' },
  {
    codes: ['pi.geo_location'],
    strength: 'strong',
    phrases: '经纬度|坐标|GPS坐标|地理坐标|位置坐标|经纬度坐标|GPS|定位坐标|GPS位置|实时位置',
  },
  { codes: ['pi.geo_location'], strength: 'weak', phrases: '定位|位置|轨迹|所在位置' },
  {
    codes: ['pi.license_plate'],
    strength: 'strong',
    phrases: '车牌|车牌号|号牌|号牌号码|机动车号牌|车辆号牌|车牌照',
  },
  { codes: ['pi.license_plate'], strength: 'weak', phrases: '车号|车辆' },
  {
    codes: ['pi.ip_address'],
    strength: 'strong',
    phrases: 'IP|IP地址|IPV4|IPV6|IPV4地址|IPV6地址|网络地址|主机IP|客户端IP',
  },
  // ── credentials and biometrics ─────────────────────────────────────────────────────────
  {
    codes: ['sec.credential'],
    strength: 'strong',
    hint: 'secret',
    tails: SECRET_TAILS,
    phrases:
      '密码|口令|密钥|秘钥|令牌|私钥|访问密钥|登录密码|支付密码|接口令牌|访问令牌|授权令牌|API密钥|安全密钥|PASSWORD|TOKEN|SECRET|APPSECRET|APIKEY|ACCESSKEY|认证令牌|会话令牌|签名密钥',
  },
  {
    codes: ['pi.biometric'],
    strength: 'strong',
    tails: BIO_TAILS,
    phrases:
      '人脸|人脸特征|人脸照片|人脸图像|人脸模板|面部特征|面部|指纹|声纹|虹膜|掌纹|指静脉|掌静脉|静脉|生物特征|生物识别|人脸识别|步态|DNA|基因',
  },
  // ── people and organisations ───────────────────────────────────────────────────────────
  {
    codes: ['pi.name'],
    strength: 'strong',
    phrases:
      '姓名|真实姓名|名字|联系人|联系人姓名|负责人|法定代表人|法人代表|法人|户名|开户名|持卡人|收货人|收件人|寄件人|申请人|员工姓名|客户姓名|车主|司机|驾驶员|监护人|紧急联系人|患者姓名|车主姓名|司机姓名|联系人名称',
  },
  {
    codes: ['pi.name'],
    strength: 'weak',
    phrases:
      '经办人|审核人|审批人|批准人|制单人|开票人|操作员|操作人|试验员|检验员|质检员|采购员|业务员|销售代表|讲师|使用人|确认人|处理人|修改人|创建人|对接人|设计人|维修人|签收人|领料人|责任人|发货人|验收人|保管人|工程师|试验工程师|销售员|采购|医生|教师|学生|员工|人员|作者|发起人|执行人|登记人|录入人|复核人|记账人|出纳|会计|主管',
  },
  {
    codes: ['org.name', 'pi.name'],
    strength: 'strong',
    noDefault: true,
    phrases:
      '客户名称|客户|购买方名称|购方名称|付款方|收款方|付款方名称|收款方名称|合作方名称|合作方|账户名称|购买方|销售方',
  },
  {
    codes: ['org.name'],
    strength: 'strong',
    phrases:
      '单位名称|公司名称|企业名称|机构名称|组织名称|供应商名称|承运商名称|厂商名称|厂家名称|制造商名称|销售方名称|销方名称|工作单位|开户行|开户银行|商户名称|服务商名称|所属单位|所属公司|公司|企业',
  },
  {
    codes: ['org.name'],
    strength: 'weak',
    phrases:
      '生产厂家|制造商|供应商|承运商|主机厂|服务站|厂商|厂家|合作伙伴|共享对象|整车厂|生产商|服务商|经销商|代理商',
  },
  {
    codes: ['org.uscc'],
    strength: 'strong',
    phrases:
      '统一社会信用代码|社会信用代码|信用代码|纳税人识别号|税号|纳税人识别码|税务登记号|统一代码',
  },
  { codes: ['org.uscc'], strength: 'strong', hint: 'org_code', phrases: '组织机构代码|机构代码' },
];
