import type { EnrollmentScope } from '@shuan/core';
import type { BilingualReason } from './tell-refusal.ts';

/** Where the refusing node placed an enterprise (see scope-check.ts `Territory`). */
interface JudgedPlace {
  regionCode: string;
  industryCode: string;
  source: 'registry' | 'payload';
}

/**
 * Why a message for an enterprise outside the sender's region or industry scope was
 * refused, in both languages: the scope, where the enterprise sits and on whose word (this
 * node's registry or the message itself), so the child's officer knows what to correct.
 */
export function territoryReason(
  scope: EnrollmentScope | null,
  place: JudgedPlace,
): BilingualReason {
  const byRegistry = place.source === 'registry';
  const basisZh = byRegistry ? '依据上级节点的企业名录' : '依据报送内容';
  const basisEn = byRegistry ? "per the parent's enterprise registry" : 'as the message states';
  if (scope?.kind === 'industry') {
    return {
      zh: `企业不在本节点授权范围内：本节点接入范围为行业 ${scope.code}，该企业所属行业为 ${place.industryCode}（${basisZh}）`,
      en: `enterprise outside this node's scope: the node is enrolled for industry ${scope.code}, the enterprise is in industry ${place.industryCode} (${basisEn})`,
    };
  }
  const code = scope?.kind === 'region' ? scope.code : '';
  return {
    zh: `企业不在本节点授权范围内：本节点接入范围为行政区划 ${code}，该企业所在行政区划为 ${place.regionCode}（${basisZh}）`,
    en: `enterprise outside this node's scope: the node is enrolled for region ${code}, the enterprise is in region ${place.regionCode} (${basisEn})`,
  };
}

/** Why a rollup or yearly summary claiming a region outside the sender's region scope was refused. */
export function regionClaimReason(scopeCode: string, region: string): BilingualReason {
  return {
    zh: `汇总数据的行政区划 ${region} 不在本节点授权范围（行政区划 ${scopeCode}）内`,
    en: `the summary's region ${region} is outside this node's scope (region ${scopeCode})`,
  };
}

/** Why a warning delivery naming `count` recipients outside the sender's region was refused. */
export function deliveryRegionReason(
  scopeCode: string,
  region: string,
  count: number,
): BilingualReason {
  return {
    zh: `预警下发名单中有 ${String(count)} 家企业不在本节点授权范围（行政区划 ${scopeCode}）内，例如行政区划 ${region} 的企业`,
    en: `${String(count)} recipients of the warning delivery are outside this node's scope (region ${scopeCode}), e.g. one in region ${region}`,
  };
}

/** Why a warning acknowledgement or answer was refused. */
export function warningAnswerReason(known: boolean): BilingualReason {
  return known
    ? {
        zh: '上级节点未向本节点下发该预警，或所述企业不是经本节点下发的企业',
        en: 'the parent did not address this warning to this node, or the enterprise named was not reached through it',
      }
    : {
        zh: '上级节点没有该预警',
        en: 'the parent holds no such warning',
      };
}
