import { Typography } from '@mantine/core';
import ReactMarkdown from 'react-markdown';

/**
 * Markdown without raw HTML (react-markdown escapes it) and with unsafe link protocols such as
 * `javascript:` removed by its default URL transform.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <Typography>
      <ReactMarkdown skipHtml>{children}</ReactMarkdown>
    </Typography>
  );
}
