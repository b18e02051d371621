import type creditProfileZhCN from './creditProfile.zh-CN';

const creditProfileEn: typeof creditProfileZhCN = {
  lateFees: {
    dailyPercent: 'Late fee per day',
    dailyPercentHelp: 'Charged each day on the overdue amount, in percent (at most 1 %); empty for none',
    perDay: '% a day',
    graceDays: 'Grace days',
    graceDaysHelp: 'No late fee for these days after the due date',
    days: 'days',
  },
  creditProfile: {
    title: 'Qualitative factors',
    help: 'Industry risk, management, guarantees and the public credit record count in the credit score; they take effect at the next assessment. A factor left empty scores as unknown.',
    industryRisk: 'Industry risk',
    management: 'Management',
    guarantee: 'Guarantee',
    publicRecord: 'Public credit record',
    recordNote: 'Note on the record',
    checkedOn: 'Checked on',
    lastChecked: 'Last checked: {{date}}',
    unknown: 'Unknown',
    save: 'Save qualitative factors',
    saveRecord: 'Record the credit record',
    saved: 'Qualitative factors saved',
    recordSaved: 'Public credit record recorded',
    recordRequired: 'Choose the credit record',
    industry: { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' },
    managementQuality: { STRONG: 'Strong', ADEQUATE: 'Adequate', WEAK: 'Weak' },
    guarantees: { NONE: 'None', PARTIAL: 'Partial', FULL: 'Full', CREDIT_INSURANCE: 'Credit insurance' },
    records: { CLEAN: 'Clean', MINOR: 'Minor issues', DISHONEST: 'Listed as dishonest' },
  },
};

export default creditProfileEn;
