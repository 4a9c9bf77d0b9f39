import { useCallback, useEffect, useState } from 'react';
import { Button } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { DecisionBoard, DecisionCardView } from '../../../shared/decisions.ts';
import { api, ApiError, ws } from '../../api/client.ts';

/** What a decision card is made of: an idea (its id) or a theme (its id, with the survey it comes from). */
export interface DecisionSource {
  sourceType: 'idea' | 'theme';
  sourceRef: string;
  title?: string;
  surveyId?: string | null;
}

/** The card already on the decision board for this source, if any (cards carry sourceType/sourceRef and their survey). */
export function findDecisionCardFor(cards: readonly DecisionCardView[], source: DecisionSource): DecisionCardView | undefined {
  return cards.find((c) => c.sourceType === source.sourceType && c.sourceRef === source.sourceRef && (source.sourceType === 'idea' || (c.surveyId ?? null) === (source.surveyId ?? null)));
}

/** The cards of the decision board (one request for every button on a page); null while loading or when not readable. */
export function useDecisionCards(workspaceId: string): { cards: DecisionCardView[] | null; reload: () => Promise<void> } {
  const [cards, setCards] = useState<DecisionCardView[] | null>(null);
  const reload = useCallback(async () => {
    try {
      setCards((await api.get<DecisionBoard>(ws(workspaceId, '/decisions'))).cards);
    } catch {
      setCards(null);
    }
  }, [workspaceId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { cards, reload };
}

/**
 * "Make it a decision": makes a decision card of the idea or theme and goes to the decision board;
 * when the source is already on the board, the button goes there instead ("Open the decision card").
 */
export function MakeDecisionButton({
  workspaceId,
  source,
  cards,
  labels,
  onError,
  size = 'sm',
}: {
  workspaceId: string;
  source: DecisionSource;
  cards: readonly DecisionCardView[] | null;
  labels: { make: string; open: string };
  onError: (err: unknown) => void;
  size?: 'xs' | 'sm';
}) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const existing = cards ? findDecisionCardFor(cards, source) : undefined;
  const go = () => navigate('/decisions');
  if (existing)
    return (
      <Button size={size} variant="light" onClick={go} data-testid="open-decision" data-card-id={existing.id}>
        {labels.open}
      </Button>
    );
  return (
    <Button
      size={size}
      loading={busy}
      data-testid="make-decision"
      onClick={async () => {
        setBusy(true);
        try {
          await api.post(ws(workspaceId, '/decisions'), {
            sourceType: source.sourceType,
            sourceRef: source.sourceRef,
            ...(source.title ? { title: source.title.slice(0, 160) } : {}),
            ...(source.surveyId ? { surveyId: source.surveyId } : {}),
          });
          go();
        } catch (err) {
          // Someone else made the card meanwhile: it is on the board, so go there.
          if (err instanceof ApiError && err.status === 409) go();
          else onError(err);
        } finally {
          setBusy(false);
        }
      }}
    >
      {labels.make}
    </Button>
  );
}
