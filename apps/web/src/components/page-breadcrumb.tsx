import { Breadcrumb, BreadcrumbItem } from 'design-react-kit';
import { Link } from 'react-router';
import { it } from '../i18n/it';

export interface Crumb {
  label: string;
  /** Omit for the current page. */
  to?: string;
}

export function PageBreadcrumb({ items }: { items: Crumb[] }) {
  return (
    <Breadcrumb aria-label={it.a11y.breadcrumb} className="mb-3">
      {items.map((item, index) => {
        const last = index === items.length - 1;
        return (
          <BreadcrumbItem key={`${item.label}-${index}`} active={last} aria-current={last ? 'page' : undefined}>
            {item.to && !last ? <Link to={item.to}>{item.label}</Link> : item.label}
            {!last && <span className="separator">/</span>}
          </BreadcrumbItem>
        );
      })}
    </Breadcrumb>
  );
}
