import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../ui/usePageTitle';

/** Breadcrumb, the page's one h1 and its lead paragraph. */
export function GuideHeader({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/guide">Guide</Link> / {title}
      </p>
      <h1>{title}</h1>
      <p className="lead">{children}</p>
    </>
  );
}
