import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../layout/documentTitle';

interface Props {
  title: ReactNode;
  /** The browser tab's title when `title` is not plain text (a number with tags, a name with a link). */
  documentTitle?: string;
  description?: ReactNode;
  extra?: ReactNode;
}

export function PageHeader({ title, documentTitle, description, extra }: Props) {
  useDocumentTitle(documentTitle ?? (typeof title === 'string' ? title : undefined));
  return (
    <header className="page-header">
      <div className="page-header-text">
        <Typography.Title level={3} className="page-title">
          {title}
        </Typography.Title>
        {description && <Typography.Paragraph type="secondary" className="page-description">{description}</Typography.Paragraph>}
      </div>
      {extra && <div className="page-header-extra">{extra}</div>}
    </header>
  );
}
