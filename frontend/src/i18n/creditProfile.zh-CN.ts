// The qualitative factors of the scorecard (customer 信用 tab) and an invoice's late-fee terms.
const creditProfileZhCN = {
  lateFees: {
    dailyPercent: '滞纳金日利率',
    dailyPercentHelp: '逾期金额每天按此百分比计收滞纳金（最高 1%），留空则不计',
    perDay: '% / 天',
    graceDays: '宽限天数',
    graceDaysHelp: '到期后这些天内不计滞纳金',
    days: '天',
  },
  creditProfile: {
    title: '定性评估因素',
    help: '行业风险、管理水平、担保和公共信用记录计入信用评分；修改后重新评估即生效。未填写的因素按“未知”计分。',
    industryRisk: '行业风险',
    management: '管理水平',
    guarantee: '担保',
    publicRecord: '公共信用记录',
    recordNote: '记录说明',
    checkedOn: '查询日期',
    lastChecked: '上次查询：{{date}}',
    unknown: '未知',
    save: '保存定性因素',
    saveRecord: '登记信用记录',
    saved: '定性因素已保存',
    recordSaved: '公共信用记录已登记',
    recordRequired: '请选择信用记录',
    industry: { LOW: '低', MEDIUM: '中', HIGH: '高' },
    managementQuality: { STRONG: '良好', ADEQUATE: '一般', WEAK: '较弱' },
    guarantees: { NONE: '无担保', PARTIAL: '部分担保', FULL: '全额担保', CREDIT_INSURANCE: '信用保险' },
    records: { CLEAN: '无不良记录', MINOR: '轻微不良', DISHONEST: '失信被执行人' },
  },
};

export default creditProfileZhCN;
