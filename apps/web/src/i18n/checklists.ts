/** Texts of the assessment checklist versions (评估检查单), merged into zh-CN.ts and en.ts. */
export const checklistsZh = {
  title: '评估检查单',
  intro:
    '风险评估检查单按版本发布：省级或部级节点发布的新版本逐级下发到各企业节点，企业此后新建的评估使用最新版本，已开始的评估保留原版本。',
  current: '新建评估将使用：',
  id: '编号',
  version: '版本',
  name: '名称',
  items: '评估项数',
  origin: '来源',
  originOf: { builtin: '内置', published: '本节点发布', received: '上级下发' },
  publishedBy: '发布节点',
  publishedAt: '发布时间',
  inUse: '当前使用',
  problem: '不可用',
  download: '下载 JSON',
  publish: '发布新版本',
  publishHint:
    '上传与内置检查单格式相同的 JSON 文件（可先下载当前版本作为模板）。版本须高于已有版本；省级节点请使用本省自己的编号，内置检查单由部级节点发布。',
  choose: '选择 JSON 文件',
  notJson: '文件不是合法的 JSON',
  published: '已发布 {{id}} {{version}}，已下发至 {{n}} 个下级节点',
};

export const checklistsEn: typeof checklistsZh = {
  title: 'Assessment checklists',
  intro:
    'Risk assessment checklists are versioned: a version published by a province or the ministry travels down to every enterprise node; assessments started after it use the latest version, assessments already started keep theirs.',
  current: 'New assessments will use: ',
  id: 'Id',
  version: 'Version',
  name: 'Name',
  items: 'Items',
  origin: 'Origin',
  originOf: { builtin: 'Built in', published: 'Published here', received: 'From the parent' },
  publishedBy: 'Publisher',
  publishedAt: 'Published',
  inUse: 'In use',
  problem: 'Not usable',
  download: 'Download JSON',
  publish: 'Publish a new version',
  publishHint:
    'Upload a JSON file of the same shape as the built-in checklist (download the current version as a template). The version must be newer than the versions held; a province publishes under an id of its own, the built-in checklists are the ministry’s.',
  choose: 'Choose a JSON file',
  notJson: 'The file is not valid JSON',
  published: 'Published {{id}} {{version}}, sent to {{n}} child nodes',
};
