/**
 * The incident grading criteria of the IR Plan annex (reference §3), one row per criterion.
 * An incident meets a level when any one criterion of that level applies; the highest level
 * met wins. Ids are stable: records and reports store them, and the web app translates them.
 *
 * Confidence per row follows the reference: the 重大 row is confirmed; 较大 (1), (2) and the
 * 8-hour outage are confirmed, its loss and PI figures are not; the whole 特别重大 row is
 * inferred from the pattern. The figures themselves live in {@link IncidentSettings}.
 */
import type { IncidentFacts, ThreatSeverity } from './incident-facts.ts';
import type { IncidentLevel } from './incident-levels.ts';
import type { IncidentSettings } from './incident-settings.ts';
import { formatPersons, formatYuan } from './format-figures.ts';

/** A text for people: Simplified Chinese first, English second. */
type BilingualText = { zh: string; en: string };

/** One grading criterion. */
export interface GradingCriterion {
  /** Stable id, e.g. `IR-MAJOR-LOSS`. */
  id: string;
  level: IncidentLevel;
  /** The IR Plan's numbering within the level's row, e.g. `(3)`. */
  clause: string;
  /** Whether the reference confirms this criterion as written. */
  confirmed: boolean;
  describe: (settings: IncidentSettings) => BilingualText;
  applies: (facts: IncidentFacts, settings: IncidentSettings) => boolean;
}

const THREAT_ORDER: readonly ThreatSeverity[] = [
  'none',
  'relatively-serious',
  'serious',
  'especially-serious',
];

function threatAtLeast(facts: IncidentFacts, floor: ThreatSeverity): boolean {
  return THREAT_ORDER.indexOf(facts.threat) >= THREAT_ORDER.indexOf(floor);
}

function outage(facts: IncidentFacts, hours: number): boolean {
  return facts.domain !== 'industrial' && facts.outageHours >= hours;
}

function outageText(hours: number): BilingualText {
  return {
    zh: `电信数据事件致重要网络设施或信息系统中断或严重受扰，或无线电数据事件致重要频率严重受扰或被非法使用，持续 ${hours} 小时及以上`,
    en: `telecom data incident interrupting or seriously disrupting important network facilities or systems, or radio data incident seriously interfering with or misusing important frequencies, for ${hours} h or more`,
  };
}

function lossText(yuan: number): BilingualText {
  const f = formatYuan(yuan);
  return { zh: `直接经济损失 ${f.zh} 及以上`, en: `direct economic loss of ${f.en} or more` };
}

function piText(persons: number): BilingualText {
  const f = formatPersons(persons);
  return {
    zh: `涉及 ${f.zh} 及以上个人信息`,
    en: `personal information of ${f.en} or more`,
  };
}

function spiText(persons: number): BilingualText {
  const f = formatPersons(persons);
  return {
    zh: `涉及 ${f.zh} 及以上敏感个人信息`,
    en: `sensitive personal information of ${f.en} or more`,
  };
}

/** All criteria, highest level first; within a level, in the IR Plan's order. */
export const GRADING_CRITERIA: readonly GradingCriterion[] = [
  {
    id: 'IR-EMAJOR-CORE-DATA',
    level: 'especially-major',
    clause: '(1)',
    confirmed: false,
    describe: () => ({
      zh: '核心数据遭篡改、破坏、泄露或非法获取、非法利用，对国家安全等造成特别严重威胁',
      en: 'core data tampered with, destroyed, leaked, or illegally obtained or used, with an especially serious threat to national security and the like',
    }),
    applies: (f) => f.dataLevel === 'core' && threatAtLeast(f, 'especially-serious'),
  },
  {
    id: 'IR-EMAJOR-PRODUCTION',
    level: 'especially-major',
    clause: '(2)',
    confirmed: false,
    describe: () => ({
      zh: '工业数据事件造成大范围停工停产',
      en: 'industrial data incident causing large-scale production stoppage',
    }),
    applies: (f) => f.domain === 'industrial' && f.productionDamage === 'large-scale',
  },
  {
    id: 'IR-EMAJOR-OUTAGE',
    level: 'especially-major',
    clause: '(2)',
    confirmed: false,
    describe: (s) => outageText(s.especiallyMajorOutageHours),
    applies: (f, s) => outage(f, s.especiallyMajorOutageHours),
  },
  {
    id: 'IR-EMAJOR-LOSS',
    level: 'especially-major',
    clause: '(3)',
    confirmed: false,
    describe: (s) => lossText(s.especiallyMajorLossYuan),
    applies: (f, s) => f.economicLossYuan >= s.especiallyMajorLossYuan,
  },
  {
    id: 'IR-EMAJOR-PI',
    level: 'especially-major',
    clause: '(4)',
    confirmed: false,
    describe: (s) => piText(s.especiallyMajorPersonalInfoPersons),
    applies: (f, s) => f.personalInfoPersons >= s.especiallyMajorPersonalInfoPersons,
  },
  {
    id: 'IR-EMAJOR-SPI',
    level: 'especially-major',
    clause: '(4)',
    confirmed: false,
    describe: (s) => spiText(s.especiallyMajorSensitivePersons),
    applies: (f, s) => f.sensitivePersonalInfoPersons >= s.especiallyMajorSensitivePersons,
  },
  {
    id: 'IR-MAJOR-IMPORTANT-DATA',
    level: 'major',
    clause: '(1)',
    confirmed: true,
    describe: () => ({
      zh: '重要数据遭篡改、破坏、泄露或非法获取、非法利用，对国家安全、社会秩序、经济建设或公众利益构成严重威胁',
      en: 'important data tampered with, destroyed, leaked, or illegally obtained or used, seriously threatening national security, social order, economic construction or public interest',
    }),
    applies: (f) =>
      (f.dataLevel === 'important' || f.dataLevel === 'core') && threatAtLeast(f, 'serious'),
  },
  {
    id: 'IR-MAJOR-PRODUCTION',
    level: 'major',
    clause: '(2)',
    confirmed: true,
    describe: () => ({
      zh: '工业数据事件对生产造成重大损害，较大范围停工停产或大量丧失处理能力',
      en: 'industrial data incident causing major damage to production: stoppage over a fairly large area or loss of much processing capacity',
    }),
    applies: (f) =>
      f.domain === 'industrial' &&
      (f.productionDamage === 'major' || f.productionDamage === 'large-scale'),
  },
  {
    id: 'IR-MAJOR-OUTAGE',
    level: 'major',
    clause: '(2)',
    confirmed: true,
    describe: (s) => outageText(s.majorOutageHours),
    applies: (f, s) => outage(f, s.majorOutageHours),
  },
  {
    id: 'IR-MAJOR-LOSS',
    level: 'major',
    clause: '(3)',
    confirmed: true,
    describe: (s) => lossText(s.majorLossYuan),
    applies: (f, s) => f.economicLossYuan >= s.majorLossYuan,
  },
  {
    id: 'IR-MAJOR-PI',
    level: 'major',
    clause: '(4)',
    confirmed: true,
    describe: (s) => piText(s.majorPersonalInfoPersons),
    applies: (f, s) => f.personalInfoPersons >= s.majorPersonalInfoPersons,
  },
  {
    id: 'IR-MAJOR-SPI',
    level: 'major',
    clause: '(4)',
    confirmed: true,
    describe: (s) => spiText(s.majorSensitivePersons),
    applies: (f, s) => f.sensitivePersonalInfoPersons >= s.majorSensitivePersons,
  },
  {
    id: 'IR-RMAJOR-DATA',
    level: 'relatively-major',
    clause: '(1)',
    confirmed: true,
    describe: () => ({
      zh: '重要数据或一般数据遭篡改、破坏、泄露或非法获取、非法利用，构成较严重威胁',
      en: 'important or general data tampered with, destroyed, leaked, or illegally obtained or used, with a relatively serious threat',
    }),
    applies: (f) => f.dataLevel !== 'none' && threatAtLeast(f, 'relatively-serious'),
  },
  {
    id: 'IR-RMAJOR-PRODUCTION',
    level: 'relatively-major',
    clause: '(2)',
    confirmed: true,
    describe: () => ({
      zh: '工业数据事件对生产造成较大损害，丧失部分处理能力',
      en: 'industrial data incident causing relatively large damage to production, loss of part of the processing capacity',
    }),
    applies: (f) => f.domain === 'industrial' && f.productionDamage !== 'none',
  },
  {
    id: 'IR-RMAJOR-OUTAGE',
    level: 'relatively-major',
    clause: '(2)',
    confirmed: true,
    describe: (s) => outageText(s.relativelyMajorOutageHours),
    applies: (f, s) => outage(f, s.relativelyMajorOutageHours),
  },
  {
    id: 'IR-RMAJOR-LOSS',
    level: 'relatively-major',
    clause: '(3)',
    confirmed: false,
    describe: (s) => lossText(s.relativelyMajorLossYuan),
    applies: (f, s) => f.economicLossYuan >= s.relativelyMajorLossYuan,
  },
  {
    id: 'IR-RMAJOR-PI',
    level: 'relatively-major',
    clause: '(4)',
    confirmed: false,
    describe: (s) => piText(s.relativelyMajorPersonalInfoPersons),
    applies: (f, s) => f.personalInfoPersons >= s.relativelyMajorPersonalInfoPersons,
  },
  {
    id: 'IR-RMAJOR-SPI',
    level: 'relatively-major',
    clause: '(4)',
    confirmed: false,
    describe: (s) => spiText(s.relativelyMajorSensitivePersons),
    applies: (f, s) => f.sensitivePersonalInfoPersons >= s.relativelyMajorSensitivePersons,
  },
];

/** The criterion that decides when no 较大 or higher criterion applies. */
export const GENERAL_CRITERION: GradingCriterion = {
  id: 'IR-GENERAL-BELOW',
  level: 'general',
  clause: '—',
  confirmed: false,
  describe: () => ({
    zh: '未达到较大及以上任一标准，定为一般事件',
    en: 'meets no criterion of 较大 or above, so the incident is general',
  }),
  applies: () => true,
};
