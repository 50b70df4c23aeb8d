import { TypographyStylesProvider } from '@mantine/core';
import Markdown, { defaultUrlTransform } from 'react-markdown';

/**
 * Markdown without raw HTML (react-markdown shows it as text; no rehype-raw), links limited to safe
 * protocols (javascript:, data: and the like become inert), no remote images (no tracking pixels).
 */
export function MessageBody({ body }: { body: string }) {
  return (
    <TypographyStylesProvider className="message-body">
      <Markdown
        disallowedElements={['img']}
        unwrapDisallowed
        urlTransform={(url) => defaultUrlTransform(url) || undefined}
        components={{
          a: ({ href, children }) =>
            href ? (
              <a href={href} target="_blank" rel="noopener noreferrer nofollow">
                {children}
              </a>
            ) : (
              <span>{children}</span>
            ),
        }}
      >
        {body}
      </Markdown>
    </TypographyStylesProvider>
  );
}
