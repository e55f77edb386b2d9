/**
 * The legal bases a cross-border decision cites, as data (reference §6 and §1 Art. 21). The
 * rules and figures are confirmed by the reference; the article numbers of the CAC 2024
 * Provisions are not given there and were recalled from the official text, so each entry says
 * whether its number is confirmed and the web app can mark it.
 */

/** Short name of the CAC Provisions used in citations. */
const PROVISIONS = {
  zh: '《促进和规范数据跨境流动规定》',
  en: 'Provisions on Promoting and Regulating Cross-Border Data Flows (CAC 2024)',
};

/** One legal basis. */
export interface CrossBorderBasis {
  /** Stable id, e.g. `CB-ART7-2-PI`. */
  id: string;
  /** The article cited, e.g. `{ zh: '…第七条第（二）项', en: '… Art. 7(2)' }`. */
  article: { zh: string; en: string };
  /** What the rule says, paraphrased. */
  rule: { zh: string; en: string };
  /** True when the reference confirms the article number as well as the rule. */
  articleConfirmed: boolean;
}

function provisions(zhArticle: string, enArticle: string): { zh: string; en: string } {
  return { zh: `${PROVISIONS.zh}${zhArticle}`, en: `${PROVISIONS.en} ${enArticle}` };
}

/** Every basis, by id. */
export const CROSS_BORDER_BASES = {
  'CB-CORE-DATA': {
    id: 'CB-CORE-DATA',
    article: {
      zh: '《工业和信息化领域数据安全管理办法（试行）》第二十一条；《数据安全法》核心数据管理制度',
      en: 'IIT Data Security Measures Art. 21; DSL core data management system',
    },
    rule: {
      zh: '核心数据应在境内存储，平台按不得出境处理',
      en: 'core data is stored in China; the platform treats it as not allowed to leave',
    },
    articleConfirmed: false,
  },
  'CB-CORE-DATA-ASSESSMENT': {
    id: 'CB-CORE-DATA-ASSESSMENT',
    article: {
      zh: '《工业和信息化领域数据安全管理办法（试行）》第二十一条',
      en: 'IIT Data Security Measures Art. 21',
    },
    rule: {
      zh: '重要数据和核心数据确需出境的，应进行数据出境安全评估',
      en: 'important and core data that must go abroad needs an outbound security assessment',
    },
    articleConfirmed: true,
  },
  'CB-ART7-1-CIIO': {
    id: 'CB-ART7-1-CIIO',
    article: provisions('第七条第（一）项', 'Art. 7(1)'),
    rule: {
      zh: '关键信息基础设施运营者向境外提供个人信息或者重要数据，应申报安全评估',
      en: 'a CIIO sending any personal information or important data abroad needs a security assessment',
    },
    articleConfirmed: false,
  },
  'CB-ART7-2-IMPORTANT': {
    id: 'CB-ART7-2-IMPORTANT',
    article: provisions('第七条第（二）项', 'Art. 7(2)'),
    rule: {
      zh: '向境外提供经告知或公开发布的重要数据，应申报安全评估',
      en: 'sending abroad important data (as notified or published) needs a security assessment',
    },
    articleConfirmed: false,
  },
  'CB-ART7-2-PI': {
    id: 'CB-ART7-2-PI',
    article: provisions('第七条第（二）项', 'Art. 7(2)'),
    rule: {
      zh: '当年1月1日起累计向境外提供100万人以上个人信息（不含敏感个人信息），应申报安全评估',
      en: 'personal information (excluding sensitive) of 1,000,000 or more people since 1 January needs a security assessment',
    },
    articleConfirmed: false,
  },
  'CB-ART7-2-SPI': {
    id: 'CB-ART7-2-SPI',
    article: provisions('第七条第（二）项', 'Art. 7(2)'),
    rule: {
      zh: '当年1月1日起累计向境外提供1万人以上敏感个人信息，应申报安全评估',
      en: 'sensitive personal information of 10,000 or more people since 1 January needs a security assessment',
    },
    articleConfirmed: false,
  },
  'CB-ART8-PI': {
    id: 'CB-ART8-PI',
    article: provisions('第八条', 'Art. 8'),
    rule: {
      zh: '累计向境外提供10万人以上、不满100万人个人信息（不含敏感个人信息），应订立标准合同或通过个人信息保护认证',
      en: 'personal information (excluding sensitive) of 100,000–999,999 people needs a standard contract or PI-protection certification',
    },
    articleConfirmed: false,
  },
  'CB-ART8-SPI': {
    id: 'CB-ART8-SPI',
    article: provisions('第八条', 'Art. 8'),
    rule: {
      zh: '累计向境外提供不满1万人敏感个人信息，应订立标准合同或通过个人信息保护认证',
      en: 'sensitive personal information of fewer than 10,000 people needs a standard contract or PI-protection certification',
    },
    articleConfirmed: false,
  },
  'CB-ART5-4-UNDER-100K': {
    id: 'CB-ART5-4-UNDER-100K',
    article: provisions('第五条第（四）项', 'Art. 5(4)'),
    rule: {
      zh: '非关键信息基础设施运营者累计向境外提供不满10万人个人信息（不含敏感个人信息），免予申报',
      en: 'a non-CIIO sending personal information (no sensitive PI) of fewer than 100,000 people is exempt',
    },
    articleConfirmed: false,
  },
  'CB-ART3-TRADE': {
    id: 'CB-ART3-TRADE',
    article: provisions('第三条', 'Art. 3'),
    rule: {
      zh: '国际贸易、跨境运输、学术合作、跨国生产制造和市场营销等活动中的数据，不含个人信息和重要数据的，免予申报',
      en: 'data from international trade, transport, academic cooperation, transnational manufacturing or marketing without PI or important data is exempt',
    },
    articleConfirmed: false,
  },
  'CB-ART4-FOREIGN-PI': {
    id: 'CB-ART4-FOREIGN-PI',
    article: provisions('第四条', 'Art. 4'),
    rule: {
      zh: '境外收集的个人信息在境内处理后向境外提供，未引入境内个人信息或重要数据的，免予申报',
      en: 'PI collected abroad, processed in China and sent back, with no domestic PI or important data added, is exempt',
    },
    articleConfirmed: false,
  },
  'CB-ART5-1-CONTRACT': {
    id: 'CB-ART5-1-CONTRACT',
    article: provisions('第五条第（一）项', 'Art. 5(1)'),
    rule: {
      zh: '为订立、履行个人作为一方当事人的合同确需向境外提供个人信息的，免予申报',
      en: 'PI needed to conclude or perform a contract with the individual is exempt',
    },
    articleConfirmed: false,
  },
  'CB-ART5-2-HR': {
    id: 'CB-ART5-2-HR',
    article: provisions('第五条第（二）项', 'Art. 5(2)'),
    rule: {
      zh: '依法实施跨境人力资源管理确需向境外提供员工个人信息的，免予申报',
      en: 'employee PI needed for lawful cross-border HR management is exempt',
    },
    articleConfirmed: false,
  },
  'CB-ART5-3-EMERGENCY': {
    id: 'CB-ART5-3-EMERGENCY',
    article: provisions('第五条第（三）项', 'Art. 5(3)'),
    rule: {
      zh: '紧急情况下为保护自然人生命健康和财产安全确需向境外提供个人信息的，免予申报',
      en: 'PI needed in an emergency to protect life, health or property is exempt',
    },
    articleConfirmed: false,
  },
  'CB-ART6-FTZ': {
    id: 'CB-ART6-FTZ',
    article: provisions('第六条', 'Art. 6'),
    rule: {
      zh: '自由贸易试验区内数据处理者向境外提供负面清单外的数据，免予申报',
      en: 'a free-trade-zone processor sending data not on the zone’s negative list is exempt',
    },
    articleConfirmed: false,
  },
  'CB-NO-REGULATED-DATA': {
    id: 'CB-NO-REGULATED-DATA',
    article: provisions('第七条、第八条', 'Arts. 7–8'),
    rule: {
      zh: '不涉及个人信息和重要数据，三项出境制度均不适用',
      en: 'no personal information and no important data: none of the three mechanisms applies',
    },
    articleConfirmed: false,
  },
} as const satisfies Record<string, CrossBorderBasis>;

/** A basis id. */
export type CrossBorderBasisId = keyof typeof CROSS_BORDER_BASES;
