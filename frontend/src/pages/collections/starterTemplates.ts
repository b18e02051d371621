import type { DunningChannel } from '../../gql/graphql';

// A new policy starts from a common cadence (a reminder three days before the due date, an email
// when due, a call a week later), with its messages written in both languages: they are the
// customers' messages, not the page's texts, so both languages are kept whatever the page's.
export const STARTER_TEMPLATES: { offsetDays: number; channel: DunningChannel; zh: { subject: string; body: string }; en: { subject: string; body: string } }[] = [
  {
    offsetDays: -3,
    channel: 'EMAIL',
    zh: {
      subject: '{organization_name}：付款提醒（{due_date} 到期）',
      body: '{contact_name}，您好：\n\n贵司以下款项将于 {due_date} 到期，合计 {total_open}：\n\n{invoices_table}\n\n请按期安排付款。付款链接：{pay_link}\n\n{collector_name}\n{organization_name}',
    },
    en: {
      subject: '{organization_name}: payment due on {due_date}',
      body: 'Dear {contact_name},\n\nThe following invoices of {customer_name} fall due on {due_date}, {total_open} in total:\n\n{invoices_table}\n\nPlease arrange payment on time: {pay_link}\n\n{collector_name}\n{organization_name}',
    },
  },
  {
    offsetDays: 0,
    channel: 'EMAIL',
    zh: {
      subject: '{organization_name}：款项今日到期',
      body: '{contact_name}，您好：\n\n贵司以下款项今日到期，合计 {total_open}：\n\n{invoices_table}\n\n如已付款请忽略本邮件。\n\n{collector_name}（{collector_email}）',
    },
    en: {
      subject: '{organization_name}: payment due today',
      body: 'Dear {contact_name},\n\nThe following invoices are due today, {total_open} in total:\n\n{invoices_table}\n\nIf you have already paid, please ignore this message.\n\n{collector_name} ({collector_email})',
    },
  },
  {
    offsetDays: 7,
    channel: 'PHONE_TASK',
    zh: { subject: '', body: '' },
    en: { subject: '', body: '' },
  },
];
