import { Typography } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  title: ReactNode;
  description?: ReactNode;
  extra?: ReactNode;
}

export function PageHeader({ title, description, extra }: Props) {
  return (
    <header className="page-header">
      <div>
        <Typography.Title level={3} className="page-title">
          {title}
        </Typography.Title>
        {description && <Typography.Paragraph type="secondary" className="page-description">{description}</Typography.Paragraph>}
      </div>
      {extra && <div className="page-header-extra">{extra}</div>}
    </header>
  );
}
