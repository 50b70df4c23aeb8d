import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { PAIR_LIMITS, type PairAction } from '@tandem/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { currentLocale } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDate } from '../../lib/dates';
import { PairErrorAlert } from './pair-error';

export const PairDecision_PairFragment = graphql(`
  fragment PairDecision_Pair on Pair {
    id
    status
    viewerActions
    viewerSide
    requestMessage
    wishedStartDate
    wishedEndDate
    declineReason
    requestedAt
    beneficiary {
      id
      name
    }
  }
`);

// Each answer brings back the pair with what the viewer may do next, so the buttons follow the status.
const AcceptTsf = graphql(`
  mutation AcceptTsf($pairId: ID!) {
    acceptTsf(pairId: $pairId) {
      id
      acceptedAt
      ...PairDecision_Pair
      ...PairHeader_Pair
    }
  }
`);
const DeclineTsf = graphql(`
  mutation DeclineTsf($pairId: ID!, $reason: String!) {
    declineTsf(pairId: $pairId, reason: $reason) {
      id
      ...PairDecision_Pair
      ...PairHeader_Pair
    }
  }
`);
const WithdrawTsf = graphql(`
  mutation WithdrawTsf($pairId: ID!) {
    withdrawTsf(pairId: $pairId) {
      id
      ...PairDecision_Pair
      ...PairHeader_Pair
    }
  }
`);
const CompleteTsf = graphql(`
  mutation CompleteTsf($pairId: ID!) {
    completeTsf(pairId: $pairId) {
      id
      completedAt
      ...PairDecision_Pair
      ...PairHeader_Pair
    }
  }
`);

type Confirming = 'DECLINE' | 'WITHDRAW' | 'COMPLETE' | null;

/** The request, and the decisions the signed-in person may take on it now (from the server's viewerActions). */
export function PairDecision(props: { pair: FragmentType<typeof PairDecision_PairFragment> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const pair = getFragmentData(PairDecision_PairFragment, props.pair);
  const locale = currentLocale();
  const [accept, accepting] = useMutation(AcceptTsf);
  const [decline, declining] = useMutation(DeclineTsf);
  const [withdraw, withdrawing] = useMutation(WithdrawTsf);
  const [complete, completing] = useMutation(CompleteTsf);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<PairAction | null>(null);
  const can = (action: PairAction) => pair.viewerActions.includes(action);
  const busy = accepting.loading || declining.loading || withdrawing.loading || completing.loading;

  const run = async (action: PairAction) => {
    setError(null);
    try {
      const variables = { pairId: pair.id };
      if (action === 'ACCEPT') await accept({ variables });
      if (action === 'DECLINE') {
        if (!reason.trim()) return setReasonError(t('pairs.decide.declineReasonRequired'));
        await decline({ variables: { ...variables, reason } });
      }
      if (action === 'WITHDRAW') await withdraw({ variables });
      if (action === 'COMPLETE') await complete({ variables });
      setConfirming(null);
      setDone(action);
      // Completing opens the lessons page; the space itself stays open.
      if (action === 'COMPLETE') void navigate(`/espaces/${pair.id}/bilan`);
    } catch (caught) {
      setError(caught);
    }
  };

  const wished =
    pair.wishedStartDate &&
    (pair.wishedEndDate && pair.wishedEndDate !== pair.wishedStartDate
      ? t('pairs.decide.wishedFromTo', {
          start: formatDate(pair.wishedStartDate, locale),
          end: formatDate(pair.wishedEndDate, locale),
        })
      : formatDate(pair.wishedStartDate, locale));

  const showRequest = pair.status === 'REQUESTED' || pair.status === 'DECLINED' || pair.status === 'WITHDRAWN';
  return (
    <Stack gap="sm">
      <div role="status" aria-live="polite">
        {done && (
          <Alert color="tandem" variant="light">
            <Text size="sm" c="tandem.8">
              {t(`pairs.decide.done.${done}`)}
            </Text>
          </Alert>
        )}
      </div>
      {pair.status === 'COMPLETED' && (
        <Alert color="indigo" variant="light">
          <Text size="sm" c="indigo.9">
            {t('pairs.decide.completedOpen')}
          </Text>
        </Alert>
      )}
      {pair.status === 'DECLINED' && pair.declineReason && (
        <Alert color="gray" variant="light">
          <Text size="sm">{t('pairs.decide.declinedBecause', { reason: pair.declineReason })}</Text>
        </Alert>
      )}
      {pair.status === 'WITHDRAWN' && <Text size="sm">{t('pairs.decide.withdrawn')}</Text>}
      {showRequest && (
        <Card withBorder>
          <Stack gap="xs">
            {pair.status === 'REQUESTED' && (
              <Text fw={600}>
                {can('ACCEPT')
                  ? t('pairs.decide.waitingForYou', { beneficiary: pair.beneficiary.name })
                  : t('pairs.decide.waitingForCompagnon', { date: formatDate(pair.requestedAt, locale) })}
              </Text>
            )}
            {pair.requestMessage && (
              <div>
                <Text size="sm" fw={600}>
                  {t('pairs.decide.message')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {pair.requestMessage}
                </Text>
              </div>
            )}
            {wished && (
              <Text size="sm">
                <Text span fw={600}>
                  {t('pairs.decide.wishedDates')}
                </Text>
                {' · '}
                {wished}
              </Text>
            )}
          </Stack>
        </Card>
      )}
      {confirming === 'DECLINE' && (
        <Card withBorder>
          <Stack gap="sm">
            <Textarea
              label={t('pairs.decide.declineReason')}
              description={t('pairs.decide.declineReasonHint')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              maxLength={PAIR_LIMITS.declineReasonMaxLength}
              error={reasonError}
              autosize
              minRows={3}
              data-autofocus
            />
            <Group>
              <Button color="red" onClick={() => void run('DECLINE')} loading={declining.loading}>
                {t('pairs.decide.declineConfirm')}
              </Button>
              <Button variant="default" onClick={() => setConfirming(null)}>
                {t('pairs.decide.cancel')}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      {(confirming === 'WITHDRAW' || confirming === 'COMPLETE') && (
        <Card withBorder>
          <Stack gap="sm">
            <Text size="sm">
              {t(confirming === 'WITHDRAW' ? 'pairs.decide.withdrawConfirm' : 'pairs.decide.completeConfirm')}
            </Text>
            <Group>
              <Button onClick={() => void run(confirming)} loading={busy}>
                {t(confirming === 'WITHDRAW' ? 'pairs.decide.withdrawYes' : 'pairs.decide.completeYes')}
              </Button>
              <Button variant="default" onClick={() => setConfirming(null)}>
                {t('pairs.decide.cancel')}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      {error !== null && <PairErrorAlert error={error} />}
      {confirming === null && pair.viewerActions.length > 0 && (
        <Group gap="sm">
          {can('ACCEPT') && (
            <Button onClick={() => void run('ACCEPT')} loading={accepting.loading} size="md">
              {t('pairs.decide.accept')}
            </Button>
          )}
          {can('DECLINE') && (
            <Button variant="default" onClick={() => setConfirming('DECLINE')} disabled={busy} size="md">
              {t('pairs.decide.decline')}
            </Button>
          )}
          {can('WITHDRAW') && (
            <Button variant="default" onClick={() => setConfirming('WITHDRAW')} disabled={busy} size="md">
              {t('pairs.decide.withdraw')}
            </Button>
          )}
          {can('COMPLETE') && (
            <Button variant="default" onClick={() => setConfirming('COMPLETE')} disabled={busy} size="md">
              {t('pairs.decide.complete')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
