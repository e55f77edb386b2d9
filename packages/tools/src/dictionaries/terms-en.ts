/**
 * English and pinyin column-name words. Phrases are lower-case tokens as `tokenizeName`
 * produces them (`id card` matches `id_card`, `IdCard`, `ID-CARD`); one-token spellings such
 * as `idcard` cover names written without separators.
 */
import type { LabelCode } from '@shuan/core';
import type { TermGroup } from './context-term.ts';

const BIO_TAILS =
  'template tpl feature features embedding vector data image img photo pic blob code hash print id bin'.split(
    ' ',
  );
const SECRET_TAILS =
  'hash hashed digest md5 sha1 sha256 sha512 enc encrypted cipher ciphertext salted crypt bcrypt'.split(
    ' ',
  );
const NAME_VETO: readonly LabelCode[] = ['pi.name', 'org.name'];
/** Number-shaped labels without a checksum strong enough to beat an identifier column's name. */
const ID_LIKE_VETO: readonly LabelCode[] = [
  'pi.mobile',
  'pi.landline',
  'pi.bank_card',
  'pi.passport',
];

/**
 * Pinyin abbreviations long enough (4+ letters) to be recognised at the end of a longer
 * pinyin token: `sjsfzh` (司机身份证号) ends with `sfzh`, `jjlxdh` (紧急联系电话) with `lxdh`.
 */
export const PINYIN_SUFFIXES: readonly string[] = (
  'sfzh sfzhm gmsfhm zjhm sjhm lxdh gddh ' +
  'bgdh yhkh yhzh csrq tyshxydm shxydm xydm ' +
  'nsrsbh hphm cphm dzyx jtdz zcdz shdz ' +
  'txdz lxdz hjdz jzdz xxdz dwmc gsmc qymc ' +
  'hzhm lxrxm zzjgdm'
).split(' ');

/** Generic trailing words that keep a term's meaning (`mobile_no`, `email_addr2`, `dz_bak`). */
export const EN_NEUTRAL_TAILS: readonly string[] = (
  'no num number nbr nr str text txt val ' +
  'value values info list enc encrypted ' +
  'encrypt cipher masked desensitized tm ' +
  'plain raw full bak backup old new alt ' +
  'main primary second secondary other ' +
  'extra ext cn zh detail details ori orig ' +
  'original'
).split(' ');

/** Name terms: hard negatives first, so that `file name` wins over any later `name` entry. */
export const EN_TERM_GROUPS: readonly TermGroup[] = [
  // ── hard negatives ─────────────────────────────────────────────────────────────────────
  {
    codes: [],
    strength: 'weak',
    veto: NAME_VETO,
    phrases:
      'file name|filename|product name|productname|product|material name|material|part name|partname|device name|devicename|equip name|equipment name|machine name|user name|username|login name|loginname|login|account|account id|nick name|nickname|host name|hostname|host|dept name|department name|department|course name|subject name|table name|column name|field name|app name|application name|project name|item name|goods name|brand name|model name|sheet name|tag name|op name|operation name|process name|step name|task name|job name|role name|group name|menu name|module name|bucket name|domain name|station name|line name|shift name|warehouse name|sku name|category name|type name|spec name|dict name|tool name|mold name|die name|plan name|report name|event name|alarm name|sensor name|point name|workshop name|title|display name|screen name|service name|server name|database name|db name|schema name|image name|doc name|document name|template name|course|subject',
  },
  {
    codes: [],
    strength: 'weak',
    veto: ['pi.address'],
    phrases:
      'mac address|mac addr|mac|macaddr|macaddress|plc address|plc addr|mem address|memory address|register address|reg addr|reg address|modbus address|modbus addr|server address|server addr|host address|host addr|web address|url|uri|link|base address|wallet address|contract address|physical address|hw address|hw addr|bluetooth address|ble address|io address|slave address|device address|device addr|node address|bus address|start address|end address|offset address|opc address|tag address|point address',
  },
  {
    codes: [],
    strength: 'weak',
    veto: ['pi.bank_card'],
    phrases:
      'ic card|ic card no|access card|access card no|member card|member card no|sim card|sim card no|fuel card|fuel card no|gas card|work card|card type|card status|card level|door card|door card no|rfid card|rfid|tag no|vip card|vip card no',
  },
  {
    codes: [],
    strength: 'weak',
    veto: ['pi.license_plate'],
    phrases:
      'name plate|nameplate|steel plate|plate thickness|plate width|plate type|plate material',
  },
  {
    codes: [],
    strength: 'weak',
    veto: ['pi.email'],
    phrases: 'mail no|mail type|mail template|email template|email status',
  },
  {
    codes: [],
    strength: 'weak',
    veto: ID_LIKE_VETO,
    phrases:
      'order no|order id|order|batch no|batch|lot no|lot|serial no|serial|sn|po no|so no|wo no|waybill no|tracking no|invoice no|voucher no|barcode|bar code|sku|part no|material code|item code|product code|seq|seq no|sequence|trace id|request id|txn id|transaction id|ticket no|work order|job no|task no|asset no|equip code|device code|device sn|machine sn|report no|claim no|repair no|drawing no|timestamp|ts|epoch',
  },
  {
    codes: [],
    strength: 'weak',
    veto: ['pi.ip_address'],
    phrases:
      'version|ver|firmware|firmware version|fw version|sw version|software version|hw version|app version|os version|build|build no|release|oid',
  },
  // ── identity documents ─────────────────────────────────────────────────────────────────
  {
    codes: ['pi.id_card'],
    strength: 'strong',
    hint: 'id_card',
    phrases:
      'id card|idcard|idcardno|id no|idno|id num|id number|idnumber|id card number|identity|identity card|identity no|identity number|identity card no|national id|citizen id|resident id|person id no|sfz|sfzh|sfzhm|sfzjh|sfzhao|shenfenzheng|gmsfhm|sfhm',
  },
  {
    codes: ['pi.id_card', 'pi.passport'],
    strength: 'strong',
    hint: 'id_card',
    phrases: 'zjhm|zjh|cert no|certificate no|document no|credential no|id doc no',
  },
  {
    codes: ['pi.passport'],
    strength: 'strong',
    phrases:
      'passport|passport no|passport number|passportno|hzh|hzhm|huzhao|travel permit|hk permit|hk macau permit|home return permit|txz|txzh|gatxz|hxz|permit no',
  },
  {
    codes: ['pi.passport'],
    strength: 'strong',
    hint: 'tw_permit',
    phrases: 'tbz|tbzh|mtp|taiwan permit|tw permit|twtxz',
  },
  // ── phones, e-mail, addresses ──────────────────────────────────────────────────────────
  {
    codes: ['pi.mobile'],
    strength: 'strong',
    phrases:
      'mobile|mobile phone|mobilephone|mobile no|mobileno|mobile number|mobile tel|cellphone|cell phone|cell no|msisdn|sjhm|sjh|shouji|shoujihao|sjhao|lxsj|yddh',
  },
  {
    codes: ['pi.mobile', 'pi.landline'],
    strength: 'strong',
    phrases:
      'phone|telephone|tel|telno|tel no|phone no|phoneno|phonenumber|phone number|contact phone|contact tel|contact number|contact no|lxdh|dianhua|lxfs|lxdianhua|dhhm|contact info',
  },
  { codes: ['pi.mobile', 'pi.landline'], strength: 'strong', whole: true, phrases: 'dh' },
  {
    codes: ['pi.landline', 'pi.mobile'],
    strength: 'strong',
    phrases:
      'landline|fixed phone|fixed line|fixed tel|office phone|office tel|work phone|work tel|home phone|home tel|fax|fax no|gddh|bgdh|zjdh|czhm',
  },
  {
    codes: ['pi.email'],
    strength: 'strong',
    phrases:
      'email|e mail|mail|mailbox|email address|emailaddress|email addr|mail address|mail addr|dzyx|youxiang|dzyj',
  },
  { codes: ['pi.email'], strength: 'strong', whole: true, phrases: 'yx' },
  {
    codes: ['pi.address'],
    strength: 'strong',
    phrases:
      'address|addr|home address|home addr|street|street address|residence|residential address|contact address|postal address|mailing address|delivery address|shipping address|receiver address|receiving address|registered address|reg address detail|detail address|full address|jtdz|jtzz|zcdz|shdz|txdz|lxdz|hjdz|jzdz|xxdz|xzz|dizhi|zhuzhi|jzd|hjd',
  },
  { codes: ['pi.address'], strength: 'strong', whole: true, phrases: 'dz|zz' },
  // ── financial, dates, location, vehicles, network ──────────────────────────────────────
  {
    codes: ['pi.bank_card'],
    strength: 'strong',
    phrases:
      'bank card|bankcard|bank card no|bankcardno|card no|cardno|card number|card num|bank account|bank acct|bank account no|account no|account number|acct no|acctno|bank no|debit card|credit card|salary card|yhkh|yhzh|yhk|kahao|skzh|fkzh|khzh|gzkh',
  },
  {
    codes: ['pi.birth_date'],
    strength: 'strong',
    hint: 'birth',
    phrases:
      'birthday|birth date|birthdate|birth|date of birth|dob|birth dt|born date|birth day|bday|csrq|shengri|csny|csrqi',
  },
  {
    codes: ['pi.geo_location'],
    strength: 'strong',
    hint: 'lat',
    phrases: 'lat|latitude|gps lat|weidu|y lat',
  },
  {
    codes: ['pi.geo_location'],
    strength: 'strong',
    hint: 'lng',
    phrases: 'lng|lon|longitude|gps lng|gps lon|jingdu|x lng',
  },
  { codes: ['pi.geo_location'], strength: 'strong', hint: 'lat', whole: true, phrases: 'wd' },
  { codes: ['pi.geo_location'], strength: 'strong', hint: 'lng', whole: true, phrases: 'jd' },
  {
    codes: ['pi.geo_location'],
    strength: 'strong',
    phrases:
      'coordinate|coordinates|coord|coords|latlng|lat lng|lnglat|lng lat|lat lon|latlon|lon lat|geolocation|geo location|geo|gps|gps location|gps pos|gps position|gps coord|jwd|jingweidu|geo point|geopoint',
  },
  {
    codes: ['pi.geo_location'],
    strength: 'weak',
    phrases: 'location|position|loc|pos|track|trajectory|current location',
  },
  {
    codes: ['pi.license_plate'],
    strength: 'strong',
    phrases:
      'license plate|licence plate|plate no|plateno|plate number|plate num|car no|car number|carno|vehicle no|vehicle plate|car plate|truck no|truck plate|cph|cphm|chepai|chepaihao|hphm|license no',
  },
  { codes: ['pi.license_plate'], strength: 'weak', phrases: 'plate|vehicle|truck|car' },
  {
    codes: ['pi.ip_address'],
    strength: 'strong',
    phrases:
      'ip|ip addr|ip address|ipaddr|ipaddress|ipv4|ipv6|ip v4|ip v6|remote addr|remote address|remote ip|client ip|clientip|host ip|login ip|src ip|dst ip|source ip|dest ip',
  },
  // ── credentials and biometrics ─────────────────────────────────────────────────────────
  {
    codes: ['sec.credential'],
    strength: 'strong',
    hint: 'secret',
    tails: SECRET_TAILS,
    phrases:
      'password|passwd|pwd|pass word|user password|login password|password hash|pwd hash|secret|secret key|secretkey|client secret|app secret|appsecret|api secret|token|access token|refresh token|auth token|api token|session token|bearer token|api key|apikey|access key|accesskey|access key secret|secret access key|access secret|private key|privkey|priv key|credential|credentials|signing key|sign key|webhook secret|jwt|dlmm|yhmm|mima|miyao|zfmm|passphrase|pin code|otp secret|totp secret',
  },
  {
    codes: ['sec.credential'],
    strength: 'strong',
    hint: 'secret',
    whole: true,
    tails: SECRET_TAILS,
    phrases: 'mm|ak|sk|pw',
  },
  {
    codes: ['pi.biometric'],
    strength: 'strong',
    tails: BIO_TAILS,
    phrases:
      'face|face template|face feature|face photo|face image|face data|fingerprint|finger print|finger|voiceprint|voice print|iris|palmprint|palm print|palm vein|finger vein|vein|biometric|biometrics|bio feature|bio data|rlsb|rltz|zwtz|face embedding',
  },
  { codes: ['pi.biometric'], strength: 'strong', whole: true, tails: BIO_TAILS, phrases: 'zw|rl' },
  // ── people and organisations ───────────────────────────────────────────────────────────
  {
    codes: ['pi.name'],
    strength: 'strong',
    phrases:
      'real name|realname|full name|fullname|person name|emp name|employee name|staff name|contact name|contact person|contacts|owner name|driver name|patient name|student name|teacher name|holder name|card holder|cardholder|account holder|receiver name|consignee|consignee name|sender name|applicant name|legal person|legal representative|legal rep|first name|last name|given name|surname|family name|chinese name|xingming|lxr|lxrxm|fzr|fddbr|frdb|jbr|sjr|sjxm|lxrmc|khxm|ygxm',
  },
  { codes: ['pi.name'], strength: 'strong', whole: true, phrases: 'xm' },
  {
    codes: ['pi.name'],
    strength: 'weak',
    phrases:
      'operator|buyer|receiver|handler|approver|approved by|auditor|reviewer|maker|creator|owner|manager|designer|engineer|tester|trainer|driver|technician|inspector|assignee|salesman|sales rep|salesperson|contact|signer|checker|modified by|created by|updated by|ack by|acked by|leader|supervisor|doctor|nurse|teacher|student|employee|staff|person|applicant|recipient|sender|agent|principal|director|worker|clerk|cashier|accountant|author|editor|name|czr|shr',
  },
  {
    codes: ['org.name', 'pi.name'],
    strength: 'strong',
    noDefault: true,
    phrases:
      'customer name|cust name|client name|partner name|buyer name|payer name|payee name|account name|customer|consumer name|member name|khmc|gmfmc|fkfmc|skfmc',
  },
  {
    codes: ['org.name'],
    strength: 'strong',
    phrases:
      'org name|organization name|organisation name|company|company name|companyname|corp name|corporation|enterprise name|enterprise|supplier name|vendor name|carrier name|manufacturer name|bank name|employer|institution name|school name|hospital name|work unit|dwmc|gsmc|qymc|gysmc|cysmc|jgmc|gzdw|xsfmc|sccj|khh|khyh',
  },
  {
    codes: ['org.name'],
    strength: 'weak',
    phrases:
      'manufacturer|supplier|vendor|carrier|oem|oem name|partner|service station|station|issuer|organization|organisation|org|unit name|maker name|brand owner|producer',
  },
  {
    codes: ['org.uscc'],
    strength: 'strong',
    phrases:
      'uscc|credit code|social credit code|unified social credit code|usc code|tax no|tax id|taxpayer id|taxpayer no|tax number|taxno|tax code|tyshxydm|shxydm|xydm|nsrsbh|swdjh|tyxydm',
  },
  {
    codes: ['org.uscc'],
    strength: 'strong',
    hint: 'org_code',
    phrases: 'org code|organization code|organisation code|zzjgdm|jgdm',
  },
];
