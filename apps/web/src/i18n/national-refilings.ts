/** Texts of the ministry's re-filing card on 全国概览, merged into zh-CN.ts and en.ts. */
export const nationalRefilingsZh = {
  title: '变更后重新备案（各省汇总）',
  rule: '依据《工业和信息化领域数据安全管理办法（试行）》第十二条，重要数据和核心数据目录发生重大变化的，企业须在三个月内重新备案。数据来自各省最近一次汇总。',
  reporting: '{{n}} / {{total}} 个省份已上报',
  status: {
    pending: '待重新备案',
    overdue: '逾期未重新备案',
    refiledOnTime: '按期重新备案',
    refiledLate: '逾期后重新备案',
  },
  tabs: { province: '按省份', industry: '按行业', overdue: '逾期企业清单' },
  province: '省份',
  industry: '行业（GB/T 4754）',
  notReported: '未上报',
  notReportedHint: '该省最近一次汇总未包含重新备案情况（节点软件版本较旧或尚未汇总）',
  region: '所在地区',
  changedAt: '发现变更',
  refileBy: '重新备案期限',
  overdueDays: '已逾期 {{days}} 天',
  asOf: '汇总时间',
  empty: '暂无数据',
  noOverdue: '暂无逾期未重新备案的企业',
};

export const nationalRefilingsEn: typeof nationalRefilingsZh = {
  title: 'Re-filing after a change (provinces)',
  rule: 'Under Art. 12 of the MIIT Data Security Measures (Trial), an enterprise re-files within three months of a material change of its important and core data catalog. Figures from each province’s latest rollup.',
  reporting: '{{n}} of {{total}} provinces report',
  status: {
    pending: 'To re-file',
    overdue: 'Overdue',
    refiledOnTime: 'Re-filed on time',
    refiledLate: 'Re-filed late',
  },
  tabs: { province: 'By province', industry: 'By industry', overdue: 'Overdue enterprises' },
  province: 'Province',
  industry: 'Industry (GB/T 4754)',
  notReported: 'Not reported',
  notReportedHint:
    'The province’s latest rollup carries no re-filings (older node software, or no rollup yet)',
  region: 'Location',
  changedAt: 'Change seen',
  refileBy: 'Re-file by',
  overdueDays: '{{days}} days overdue',
  asOf: 'Rollup of',
  empty: 'No data',
  noOverdue: 'No enterprise is overdue',
};
