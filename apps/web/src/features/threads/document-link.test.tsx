import { MantineProvider } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { documentLinkMarkdown, documentPath, parseDocumentLink } from '../documents/document-link';
import { MessageBody } from './message-body';

const PAIR = '6f1c2f0e-1111-4a4a-8888-000000000001';
const DOC = '6f1c2f0e-2222-4a4a-8888-000000000002';

const render = (body: string) =>
  renderToStaticMarkup(
    <MantineProvider>
      <MemoryRouter>
        <MessageBody body={body} />
      </MemoryRouter>
    </MantineProvider>,
  );

describe('a document linked into a message', () => {
  it('the link the composer inserts points at the Documents tab, opened on the document', () => {
    expect(documentLinkMarkdown(PAIR, { id: DOC, title: 'Statuts [v2] de la SCIC' })).toBe(
      `[Statuts \\[v2\\] de la SCIC](/espaces/${PAIR}/documents?document=${DOC})`,
    );
    expect(parseDocumentLink(documentPath(PAIR, DOC))).toEqual({ pairId: PAIR, documentId: DOC });
  });

  it('recognises only Tandem document links, relative or on the same origin', () => {
    expect(
      parseDocumentLink(`https://tandem.example/espaces/${PAIR}/documents?document=${DOC}`, 'https://tandem.example'),
    ).toEqual({
      pairId: PAIR,
      documentId: DOC,
    });
    expect(
      parseDocumentLink(`https://evil.example/espaces/${PAIR}/documents?document=${DOC}`, 'https://tandem.example'),
    ).toBeNull();
    expect(parseDocumentLink(`/espaces/${PAIR}/fil`)).toBeNull();
    expect(parseDocumentLink(`/espaces/${PAIR}/documents?document=${DOC}&x=<b>`)).toBeNull();
    expect(parseDocumentLink('https://example.org/statuts.pdf')).toBeNull();
  });

  it('shows as a document chip (icon and title) that stays in the app', () => {
    const html = render(`Voici nos statuts : ${documentLinkMarkdown(PAIR, { id: DOC, title: 'Statuts de la SCIC' })}`);
    expect(html).toContain('data-testid="document-chip"');
    expect(html).toContain(`href="/espaces/${PAIR}/documents?document=${DOC}"`);
    expect(html).toContain('<svg');
    expect(html).toContain('Statuts de la SCIC');
    expect(html).not.toContain('target="_blank"');
  });

  it('leaves other links as plain links opened outside, and raw HTML as text', () => {
    const html = render('[Le site](https://example.org) <a href="/espaces/x/documents?document=y">piège</a>');
    expect(html).not.toContain('document-chip');
    expect(html).toContain('href="https://example.org" target="_blank" rel="noopener noreferrer nofollow"');
    expect(html).toContain('&lt;a href=');
  });
});
