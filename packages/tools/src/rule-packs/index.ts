export * from './rule-pack.schema.ts';
export * from './rule-pack-error.ts';
export * from './load-rule-pack.ts';
export { compileKeywords, toWords, type KeywordMatcher, type Words } from './keywords.ts';
export { compareRulePackVersions, rulePackDigest } from './pack-version.ts';
