/**
 * The figures the incident rules depend on, as one typed settings object. Defaults are the
 * reference's best values (`../shared/reference/regulations.md` §0 items 8–10 and §3). Figures
 * the reference marks unconfirmed are listed in {@link INCIDENT_UNCONFIRMED_SETTINGS} so the
 * web app can say on screen that the figure awaits confirmation against the official text.
 */
import { IncidentRuleError } from './errors.ts';

/** Money in yuan, counts in persons, times in hours or calendar days. */
export interface IncidentSettings {
  /** 较大 (3): direct economic loss from this many yuan. [unconfirmed] */
  relativelyMajorLossYuan: number;
  /** 较大 (4): personal information of this many people. [unconfirmed] */
  relativelyMajorPersonalInfoPersons: number;
  /** 较大 (4): sensitive personal information of this many people. [unconfirmed] */
  relativelyMajorSensitivePersons: number;
  /** 较大 (2): telecom or radio outage of this many hours. [confirmed] */
  relativelyMajorOutageHours: number;
  /** 重大 (3): direct economic loss from ¥100M. [confirmed] */
  majorLossYuan: number;
  /** 重大 (4): personal information of 10M people. [confirmed] */
  majorPersonalInfoPersons: number;
  /** 重大 (4): sensitive personal information of 1M people. [confirmed] */
  majorSensitivePersons: number;
  /** 重大 (2): telecom or radio outage of 12 h. [confirmed] */
  majorOutageHours: number;
  /** 特别重大: direct economic loss from ¥1B. [unconfirmed] */
  especiallyMajorLossYuan: number;
  /** 特别重大: personal information of 100M people. [unconfirmed] */
  especiallyMajorPersonalInfoPersons: number;
  /** 特别重大: sensitive personal information of 10M people. [unconfirmed] */
  especiallyMajorSensitivePersons: number;
  /** 特别重大: telecom or radio outage of 24 h. [unconfirmed] */
  especiallyMajorOutageHours: number;
  /** Initial report of a 较大 incident, hours after discovery ("立即"). [unconfirmed] */
  initialReportHoursRelativelyMajor: number;
  /** Initial report of a 重大 incident, hours after discovery. [unconfirmed] */
  initialReportHoursMajor: number;
  /** Initial report of a 特别重大 incident, hours after discovery. [unconfirmed] */
  initialReportHoursEspeciallyMajor: number;
  /** Initial report of an incident involving important or core data ("第一时间"). [unconfirmed] */
  initialReportHoursImportantData: number;
  /** Initial report when critical information infrastructure is involved. [unconfirmed] */
  initialReportHoursCii: number;
  /** Hours between follow-up reports while the incident is open. [unconfirmed: no figure] */
  followUpIntervalHours: number;
  /** Summary report of a 重大 or higher incident, calendar days after closure. [unconfirmed] */
  summaryReportDays: number;
  /** Risk report to the province, hours after the risk is found ("立即"). [unconfirmed] */
  riskReportHours: number;
}

/** The reference's best values. */
export const DEFAULT_INCIDENT_SETTINGS: Readonly<IncidentSettings> = Object.freeze({
  relativelyMajorLossYuan: 50_000_000,
  relativelyMajorPersonalInfoPersons: 1_000_000,
  relativelyMajorSensitivePersons: 100_000,
  relativelyMajorOutageHours: 8,
  majorLossYuan: 100_000_000,
  majorPersonalInfoPersons: 10_000_000,
  majorSensitivePersons: 1_000_000,
  majorOutageHours: 12,
  especiallyMajorLossYuan: 1_000_000_000,
  especiallyMajorPersonalInfoPersons: 100_000_000,
  especiallyMajorSensitivePersons: 10_000_000,
  especiallyMajorOutageHours: 24,
  initialReportHoursRelativelyMajor: 4,
  initialReportHoursMajor: 4,
  initialReportHoursEspeciallyMajor: 4,
  initialReportHoursImportantData: 4,
  initialReportHoursCii: 1,
  followUpIntervalHours: 24,
  summaryReportDays: 30,
  riskReportHours: 24,
});

/** A figure the reference does not confirm: the UI shows "待核实 / awaiting confirmation". */
export interface UnconfirmedSetting {
  area: 'incidents' | 'assessment' | 'cross-border';
  /** The key in the area's settings object. */
  key: string;
  defaultValue: number | boolean | readonly number[];
  unit: 'yuan' | 'persons' | 'hours' | 'days' | 'working-days' | 'years' | 'flag';
  /** Where the default comes from, e.g. `regulations.md §3`. */
  reference: string;
  /** Why it is unconfirmed and where the default comes from. */
  note: { zh: string; en: string };
}

const S3 = 'regulations.md §3';
type Note = UnconfirmedSetting['note'];
type Entry = readonly [keyof IncidentSettings, UnconfirmedSetting['unit'], Note];
const PATTERN_NOTE: Note = {
  zh: '《应急预案》分级附件中该数值未核实，按重大级的规律推定',
  en: 'not verified in the IR Plan grading annex; inferred from the pattern of the 重大 row',
};

const UNCONFIRMED: readonly Entry[] = [
  ['relativelyMajorLossYuan', 'yuan', PATTERN_NOTE],
  [
    'relativelyMajorPersonalInfoPersons',
    'persons',
    {
      zh: '《应急预案》数值未核实；网信办《国家网络安全事件报告管理办法》以100万人为较大',
      en: 'not verified in the IR Plan; the CAC 2025 grading guide puts 1M people at 较大',
    },
  ],
  ['relativelyMajorSensitivePersons', 'persons', PATTERN_NOTE],
  ['especiallyMajorLossYuan', 'yuan', PATTERN_NOTE],
  [
    'especiallyMajorPersonalInfoPersons',
    'persons',
    {
      zh: '《应急预案》数值未核实；网信办分级指南以1亿人为特别重大',
      en: 'not verified in the IR Plan; the CAC 2025 grading guide puts 100M people at 特别重大',
    },
  ],
  ['especiallyMajorSensitivePersons', 'persons', PATTERN_NOTE],
  ['especiallyMajorOutageHours', 'hours', PATTERN_NOTE],
  ...(
    [
      'initialReportHoursRelativelyMajor',
      'initialReportHoursMajor',
      'initialReportHoursEspeciallyMajor',
      'initialReportHoursImportantData',
    ] as const
  ).map((key): Entry => [
    key,
    'hours',
    {
      zh: '《应急预案》只要求“立即”报告；以网信办办法的4小时为下限',
      en: 'the IR Plan says only "immediately"; the CAC 2025 limit of 4 h is used as a floor',
    },
  ]),
  [
    'initialReportHoursCii',
    'hours',
    {
      zh: '工信领域未规定；取网信办办法中涉及关键信息基础设施的1小时',
      en: 'no MIIT figure; the CAC 2025 limit of 1 h where critical information infrastructure is involved',
    },
  ],
  [
    'followUpIntervalHours',
    'hours',
    {
      zh: '参考资料未给出续报间隔，为平台默认值',
      en: 'the reference gives no follow-up interval; a platform default',
    },
  ],
  [
    'summaryReportDays',
    'days',
    {
      zh: '《管理办法》第二十八条未写明期限；取网信办办法的处置结束后30日',
      en: 'Measures Art. 28 gives no period; the CAC 2025 rule of 30 days after handling ends is used',
    },
  ],
  [
    'riskReportHours',
    'hours',
    {
      zh: '只要求“立即”报告；取《网络数据安全管理条例》第十条的24小时',
      en: 'only "immediately" is required; NDSR Art. 10 (24 h) is used',
    },
  ],
];

/** The incident figures that await confirmation, with the reference's reasoning. */
export const INCIDENT_UNCONFIRMED_SETTINGS: readonly UnconfirmedSetting[] = UNCONFIRMED.map(
  ([key, unit, note]) => ({
    area: 'incidents' as const,
    key,
    defaultValue: DEFAULT_INCIDENT_SETTINGS[key],
    unit,
    reference: S3,
    note,
  }),
);

/** Threshold triples that must rise strictly from 较大 to 重大 to 特别重大. */
const ORDERED: readonly (readonly [
  keyof IncidentSettings,
  keyof IncidentSettings,
  keyof IncidentSettings,
])[] = [
  ['relativelyMajorLossYuan', 'majorLossYuan', 'especiallyMajorLossYuan'],
  [
    'relativelyMajorPersonalInfoPersons',
    'majorPersonalInfoPersons',
    'especiallyMajorPersonalInfoPersons',
  ],
  ['relativelyMajorSensitivePersons', 'majorSensitivePersons', 'especiallyMajorSensitivePersons'],
  ['relativelyMajorOutageHours', 'majorOutageHours', 'especiallyMajorOutageHours'],
];

/**
 * The defaults with `overrides` applied, checked: every figure positive and finite, and each
 * threshold rising from 较大 to 特别重大. Throws `INCIDENT_SETTINGS_INVALID` otherwise.
 *
 * @example resolveIncidentSettings({ relativelyMajorLossYuan: 30_000_000 }).majorLossYuan // 100000000
 */
export function resolveIncidentSettings(
  overrides: Partial<IncidentSettings> = {},
): IncidentSettings {
  const settings: IncidentSettings = { ...DEFAULT_INCIDENT_SETTINGS, ...overrides };
  for (const [key, value] of Object.entries(settings)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new IncidentRuleError('INCIDENT_SETTINGS_INVALID', `${key} = ${String(value)}`);
    }
  }
  for (const [low, mid, high] of ORDERED) {
    if (!(settings[low] < settings[mid] && settings[mid] < settings[high])) {
      throw new IncidentRuleError('INCIDENT_SETTINGS_INVALID', `${low} < ${mid} < ${high}`);
    }
  }
  return settings;
}
