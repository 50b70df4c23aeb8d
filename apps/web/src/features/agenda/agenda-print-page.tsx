import './agenda-print.css';
import { useQuery } from '@apollo/client/react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql, getFragmentData } from '../../gql';
import { PageError } from '../../lib/error-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { PageLoader } from '../identity/session';
import { AgendaItemFieldsFragment } from './agenda-documents';
import { formatAgendaDay, formatAgendaTime } from './agenda-format';

const AgendaPrintQuery = graphql(`
  query AgendaPrint($pairId: ID!) {
    pair(id: $pairId) {
      id
      compagnon {
        id
        name
        town
      }
      beneficiary {
        id
        name
        town
      }
      agenda {
        ...AgendaItemFields
      }
    }
  }
`);

/** The printable "ordre du jour", always in French (the programme's language), with both PTCEs. */
export function AgendaPrintPage() {
  const { pairId = '' } = useParams();
  const { i18n } = useTranslation();
  const t = i18n.getFixedT('fr');
  const { data, loading, error, refetch } = useQuery(AgendaPrintQuery, { variables: { pairId } });
  usePageTitle(t('agenda.printPage.title'));
  if (loading && !data) return <PageLoader />;
  if (!data?.pair) return <PageError title={t('agenda.printPage.title')} error={error} onRetry={() => void refetch()} />;
  const { compagnon, beneficiary } = data.pair;
  const items = getFragmentData(AgendaItemFieldsFragment, data.pair.agenda);
  const days = [...new Set(items.map((i) => i.day))].sort();
  const place = (p: { name: string; town?: string | null }) => (p.town ? `${p.name}, ${p.town}` : p.name);

  return (
    <main className="agenda-print" lang="fr">
      <Group className="agenda-print-actions" mb="lg" gap="sm">
        <Button onClick={() => window.print()}>{t('agenda.printPage.print')}</Button>
        <Button variant="default" component={Link} to={`/espaces/${pairId}/ordre-du-jour`}>
          {t('agenda.printPage.back')}
        </Button>
      </Group>
      <h1 style={{ margin: 0 }}>{t('agenda.printPage.title')}</h1>
      <p style={{ margin: '0.5rem 0 0', fontSize: '1.1rem' }}>{t('agenda.printPage.subtitle')}</p>
      <p style={{ margin: '0.25rem 0 0' }}>
        <strong>{t('pair.compagnon')}</strong> : {place(compagnon)}
        <br />
        <strong>{t('pair.beneficiary')}</strong> : {place(beneficiary)}
      </p>
      <p style={{ margin: '0.25rem 0 0' }}>{t('agenda.printPage.timesNote')}</p>
      {days.length === 0 && <p>{t('agenda.printPage.empty')}</p>}
      {days.map((day) => (
        <section key={day} aria-labelledby={`print-${day}`}>
          <h2 id={`print-${day}`}>{formatAgendaDay(day, 'fr')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col" style={{ width: '16%' }}>
                  {t('agenda.printPage.time')}
                </th>
                <th scope="col" style={{ width: '44%' }}>
                  {t('agenda.printPage.item')}
                </th>
                <th scope="col" style={{ width: '18%' }}>
                  {t('agenda.location')}
                </th>
                <th scope="col" style={{ width: '22%' }}>
                  {t('agenda.hosts')}
                </th>
              </tr>
            </thead>
            <tbody>
              {items
                .filter((item) => item.day === day)
                .map((item) => (
                  <tr key={item.id}>
                    <td>
                      {t('agenda.time', {
                        start: formatAgendaTime(item.startTime, 'fr'),
                        end: formatAgendaTime(item.endTime, 'fr'),
                      })}
                    </td>
                    <td>
                      <strong>{item.title}</strong>
                      <p className="agenda-print-detail">
                        {t(`agenda.kinds.${item.kind}`)} · {t(`agenda.statuses.${item.status}`)}
                        {item.theme ? ` · ${item.theme.labelFr}` : ''}
                      </p>
                      {item.questions && (
                        <p className="agenda-print-detail">
                          <em>{t('agenda.questions')} :</em> {item.questions}
                        </p>
                      )}
                      {item.notes && <p className="agenda-print-detail">{item.notes}</p>}
                    </td>
                    <td>{item.location}</td>
                    <td>
                      {item.hosts.map((host) => (
                        <div key={host.id}>
                          {host.name}
                          {host.role ? ` — ${host.role}` : ''}
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
    </main>
  );
}
