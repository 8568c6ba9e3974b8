import {
  recommendationsUnansweredProblem,
  sectionsNotApprovedProblem,
  type StrategyDetail,
  type StrategyMove,
  type StrategyStatus,
} from '@belong/contracts';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { TextAreaField } from '../../../components/ui/textarea-field';
import { isApiError } from '../../../lib/api-error';
import { formatList } from '../../../lib/display-names';
import { errorMessage } from '../../../lib/error-message';
import { useMoveStrategy } from '../api/move-strategy';

interface WorkflowActionsProps {
  strategy: StrategyDetail;
  /** What submitting would freeze, or the sections that hold it back. */
  submissionPreview: (move: StrategyMove) => ReactNode;
}

/**
 * Moves the strategy to the next stage the API offers the caller (the coordinators; an official returns or
 * adopts a submitted one), after confirming. Submitting shows what will be frozen; returning asks for a note.
 * A move the API says is blocked opens with what blocks it, and offers no confirmation that would fail.
 */
export function WorkflowActions({ strategy, submissionPreview }: WorkflowActionsProps) {
  const { t, i18n } = useTranslation();
  const move = useMoveStrategy(strategy.id, strategy.regionId);
  const [target, setTarget] = useState<StrategyMove | null>(null);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const [status, setStatus] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // After a move the pressed button may be gone with the stage it led away from: the focus goes to the heading.
  const focusHeading = useRef(false);
  const refusal = move.error;
  const blocking = isApiError(refusal, 'SECTIONS_NOT_APPROVED') ? (refusal.extension(sectionsNotApprovedProblem)?.sections ?? []) : [];
  const unanswered = isApiError(refusal, 'RECOMMENDATIONS_UNANSWERED')
    ? (refusal.extension(recommendationsUnansweredProblem)?.recommendations ?? [])
    : [];
  const language = i18n.resolvedLanguage ?? 'en';
  // Back from the consolidation, the consultation is another round rather than a first opening.
  const anotherRound = (to: StrategyStatus) => to === 'consultation' && strategy.status !== 'draft';
  const stepLabel = (to: StrategyStatus) => (anotherRound(to) ? t('workflow.anotherRound') : t(`workflow.moveTo.${to}`));

  const confirm = () => {
    if (!target || target.blockedBy) return;
    const trimmed = note.trim();
    if (target.to === 'returned' && !trimmed) {
      setNoteError(t('validation.required'));
      document.getElementById('workflow-note')?.focus();
      return;
    }
    setStatus(null);
    move.mutate(
      { to: target.to, note: target.to === 'returned' ? trimmed : undefined },
      {
        onSuccess: (moved) => {
          setStatus(t('workflow.moved', { status: t(`strategyStatus.${moved.status}`) }));
          setNote('');
        },
        onSettled: () => {
          focusHeading.current = true;
          setTarget(null);
        },
      },
    );
  };

  return (
    <section aria-labelledby="workflow-title" className="panel">
      <h2 id="workflow-title" ref={headingRef} tabIndex={-1} className="focus-target">
        {t('workflow.title')}
      </h2>
      <p>{t(`workflow.stage.${strategy.status}`)}</p>
      <StatusMessage message={status} />
      {refusal && blocking.length === 0 && unanswered.length === 0 && <Alert tone="error">{errorMessage(t, refusal)}</Alert>}
      {blocking.length > 0 && (
        <Alert tone="error">
          <p>{t('workflow.notApproved', { count: blocking.length })}</p>
          <ul>
            {blocking.map((section) => (
              <li key={section.id}>
                <Link to={`/sections/${section.id}`} lang={strategy.language}>
                  {section.heading}
                </Link>
                {': '}
                {section.missingTypes.length > 0
                  ? t('workflow.blockingWithTypes', {
                      state: t(`approvalStates.${section.state}`),
                      types: formatList(
                        section.missingTypes.map((type) => t(`organisationTypesInSentence.${type}`)),
                        language,
                      ),
                    })
                  : t(`approvalStates.${section.state}`)}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {unanswered.length > 0 && (
        <Alert tone="error">
          <p>{t('workflow.unanswered', { count: unanswered.length })}</p>
          <RecommendationLinks strategy={strategy} recommendations={unanswered} />
        </Alert>
      )}
      {strategy.moves.length > 0 && (
        <div className="actions">
          {strategy.moves.map((option) => (
            <Button
              key={option.to}
              variant={option.to === 'returned' ? 'secondary' : 'primary'}
              onClick={() => {
                move.reset();
                setNoteError(undefined);
                setTarget(option);
              }}
            >
              {stepLabel(option.to)}
            </Button>
          ))}
        </div>
      )}
      <ConfirmDialog
        open={target !== null}
        title={target ? stepLabel(target.to) : ''}
        message={
          target
            ? target.blockedBy
              ? t(`workflow.blocked.${target.to === 'adopted' ? 'adopted' : 'submitted'}`)
              : t(`workflow.confirm.${target.to}`)
            : ''
        }
        confirmLabel={target ? stepLabel(target.to) : ''}
        cancelLabel={target?.blockedBy ? t('common.close') : t('common.cancel')}
        confirmable={!target?.blockedBy}
        confirmVariant="primary"
        busy={move.isPending}
        onConfirm={confirm}
        onCancel={() => {
          setTarget(null);
        }}
        onClosed={() => {
          if (focusHeading.current) headingRef.current?.focus();
          focusHeading.current = false;
        }}
      >
        {target?.to === 'submitted' && submissionPreview(target)}
        {target?.to === 'adopted' && target.recommendations.length > 0 && (
          <Alert tone="error">
            <p>{t('workflow.unanswered', { count: target.recommendations.length })}</p>
            <RecommendationLinks strategy={strategy} recommendations={target.recommendations} />
          </Alert>
        )}
        {target?.to === 'returned' && (
          <TextAreaField
            id="workflow-note"
            label={t('workflow.note')}
            hint={t('workflow.noteHint')}
            value={note}
            error={noteError}
            rows={4}
            onChange={(event) => {
              setNote(event.target.value);
            }}
          />
        )}
      </ConfirmDialog>
    </section>
  );
}

type Unanswered = StrategyMove['recommendations'][number];

function RecommendationLink({ strategy, recommendation }: { strategy: StrategyDetail; recommendation: Unanswered }) {
  return (
    <li>
      <Link to={`/strategies/${strategy.id}/recommendations#recommendation-${recommendation.id}`} lang={strategy.language}>
        {recommendation.title}
      </Link>
    </li>
  );
}

function RecommendationLinks({ strategy, recommendations }: { strategy: StrategyDetail; recommendations: Unanswered[] }) {
  return (
    <ul>
      {recommendations.map((recommendation) => (
        <RecommendationLink key={recommendation.id} strategy={strategy} recommendation={recommendation} />
      ))}
    </ul>
  );
}
