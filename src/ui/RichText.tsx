import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useMemo } from 'react';
import type { TextFormat } from '../domain/questions';

// Bank text is untrusted. Plain text is rendered as text (React escapes it); Markdown and HTML
// go through DOMPurify with a small allow-list, so nothing in a bank can run script, load a
// remote image, or style the page.
const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'code',
  'pre',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'blockquote',
  'h3',
  'h4',
  'span',
  'div',
  'hr',
];
const ALLOWED_ATTR = ['colspan', 'rowspan', 'scope'];

export function sanitiseHtml(html: string): string {
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR });
}

export function RichText({
  text,
  format,
  className,
}: {
  text: string;
  format: TextFormat;
  className?: string;
}) {
  const html = useMemo(() => {
    switch (format) {
      case 'plain':
        return null;
      case 'markdown':
        return sanitiseHtml(marked.parse(text, { async: false, gfm: true, breaks: true }));
      case 'html':
        return sanitiseHtml(text);
    }
  }, [text, format]);
  if (html === null) return <div className={`plain-text ${className ?? ''}`}>{text}</div>;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by DOMPurify with an allow-list just above.
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
