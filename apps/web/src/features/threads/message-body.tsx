import { TypographyStylesProvider, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import Markdown, { defaultUrlTransform } from 'react-markdown';
import { Link } from 'react-router';
import { FileIcon } from '../../lib/icons';
import { documentPath, parseDocumentLink } from '../documents/document-link';

/**
 * Markdown without raw HTML (react-markdown shows it as text; no rehype-raw), links limited to safe
 * protocols (javascript:, data: and the like become inert), no remote images (no tracking pixels).
 * A link to a document of Tandem shows as a document chip that opens the Documents tab in place.
 */
export function MessageBody({ body }: { body: string }) {
  return (
    <TypographyStylesProvider className="message-body">
      <Markdown
        disallowedElements={['img']}
        unwrapDisallowed
        urlTransform={(url) => defaultUrlTransform(url) || undefined}
        components={{
          a: ({ href, children }) => {
            if (!href) return <span>{children}</span>;
            const document = parseDocumentLink(href, typeof window === 'undefined' ? undefined : window.location.origin);
            if (document) return <DocumentChip to={documentPath(document.pairId, document.documentId)}>{children}</DocumentChip>;
            return (
              <a href={href} target="_blank" rel="noopener noreferrer nofollow">
                {children}
              </a>
            );
          },
        }}
      >
        {body}
      </Markdown>
    </TypographyStylesProvider>
  );
}

function DocumentChip({ to, children }: { to: string; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <Link to={to} className="document-chip" data-testid="document-chip">
      <FileIcon />
      <VisuallyHidden>{t('links.documentChip')} </VisuallyHidden>
      <span>{children}</span>
    </Link>
  );
}
