import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { AnalysisQuestion, QuestionFigures } from '../../../shared/analysis.ts';
import type { CreateDecisionBody } from '../../../shared/decisions.ts';
import { api, ApiError, ws } from '../../api/client.ts';
import { useSession } from '../../session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import { answerLabel, langOf, pct } from '../analysis/figure-format.ts';

/** The answer values of a question summary a finding can point at, with their (filtered, possibly weighted) share. */
function answerRows(f: QuestionFigures): { value: string; share: number }[] {
  if (f.type === 'choice' || f.type === 'rating' || f.type === 'nps') return f.distribution;
  if (f.type === 'multi') return f.options;
  return [];
}

/**
 * "Make it a decision" on a question of the Analysis area's summary: pick an answer value, check the title
 * (e.g. "34% wil een benedenwoning met tuin"), and a survey finding card is made whose evidence is the share
 * of respondents with that answer; then the decision board opens. Renders nothing for questions without
 * answer values (open and number questions) or outside a survey's analysis page.
 */
export function MakeFindingDecisionButton({ question, figures }: { question: AnalysisQuestion; figures: QuestionFigures }) {
  const { t, i18n } = useTranslation('decisions');
  const lang = langOf(i18n.language);
  const { workspaceId } = useSession();
  const { surveyId } = useParams();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const rows = answerRows(figures).filter((r) => r.value !== '');
  if (!surveyId || !workspaceId || rows.length === 0) return null;

  const suggestedTitle = (v: string) => {
    const row = rows.find((r) => r.value === v);
    return `${row ? `${pct(row.share, 0)} ` : ''}${answerLabel(question, v, lang)} — ${question.title[lang]}`.slice(0, 160);
  };
  const pick = (v: string | null) => {
    setValue(v);
    if (v) setTitle(suggestedTitle(v));
  };
  const create = async () => {
    if (!value) return;
    setBusy(true);
    setError(null);
    try {
      const body: CreateDecisionBody = { sourceType: 'finding', surveyId, finding: { question: question.name, value }, ...(title.trim() ? { title: title.trim() } : {}) };
      await api.post(ws(workspaceId, '/decisions'), body);
      navigate('/decisions');
    } catch (err) {
      // The finding is already on the board: go there.
      if (err instanceof ApiError && err.status === 409) navigate('/decisions');
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button size="compact-xs" variant="light" onClick={() => setOpen(true)} data-testid={`make-finding-decision-${question.name}`}>
        {t('finding.make')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('finding.modalTitle')} data-testid="finding-decision-modal">
        <Stack>
          <Text size="sm" c="dimmed">{question.title[lang]}</Text>
          <Select
            label={t('finding.answer')}
            placeholder={t('finding.pickAnswer')}
            data={rows.map((r) => ({ value: r.value, label: `${answerLabel(question, r.value, lang)} (${pct(r.share)})` }))}
            value={value}
            onChange={pick}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-testid="finding-answer"
          />
          <TextInput label={t('finding.cardTitle')} value={title} maxLength={160} onChange={(e) => setTitle(e.currentTarget.value)} data-testid="finding-title" />
          <Text size="xs" c="dimmed">{t('finding.evidenceNote')}</Text>
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>{t('finding.cancel')}</Button>
            <Button onClick={() => void create()} loading={busy} disabled={!value} data-testid="finding-create">{t('finding.create')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
