import type { StrategyDetail, StrategyStatus } from '@belong/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { isApiError } from '../../../lib/api-error';
import { formatList } from '../../../lib/display-names';
import { errorMessage } from '../../../lib/error-message';
import { sectionsNotApproved, useMoveStrategy } from '../api/move-strategy';

/**
 * The coordinator moves the strategy to the next stage of its workflow, after confirming. A refused
 * submission says which sections hold it back, with links to them.
 */
export function WorkflowActions({ strategy }: { strategy: StrategyDetail }) {
  const { t, i18n } = useTranslation();
  const move = useMoveStrategy(strategy.id, strategy.regionId);
  const [target, setTarget] = useState<StrategyStatus | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // After a move the pressed button may be gone with the stage it led away from: the focus goes to the heading.
  const focusHeading = useRef(false);
  const refusal = move.error;
  const blocking = isApiError(refusal, 'SECTIONS_NOT_APPROVED') ? (refusal.extension(sectionsNotApproved)?.sections ?? []) : [];
  const language = i18n.resolvedLanguage ?? 'en';
  // Back from the consolidation, the consultation is another round rather than a first opening.
  const anotherRound = (to: StrategyStatus) => to === 'consultation' && strategy.status !== 'draft';
  const stepLabel = (to: StrategyStatus) => (anotherRound(to) ? t('workflow.anotherRound') : t(`workflow.moveTo.${to}`));

  const confirm = () => {
    if (!target) return;
    setStatus(null);
    move.mutate(target, {
      onSuccess: (moved) => {
        setStatus(t('workflow.moved', { status: t(`strategyStatus.${moved.status}`) }));
      },
      onSettled: () => {
        focusHeading.current = true;
        setTarget(null);
      },
    });
  };

  return (
    <section aria-labelledby="workflow-title" className="panel">
      <h2 id="workflow-title" ref={headingRef} tabIndex={-1} className="focus-target">
        {t('workflow.title')}
      </h2>
      <p>{t(`workflow.stage.${strategy.status}`)}</p>
      <StatusMessage message={status} />
      {refusal && blocking.length === 0 && <Alert tone="error">{errorMessage(t, refusal)}</Alert>}
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
      {strategy.nextStatuses.length > 0 ? (
        <div className="actions">
          {strategy.nextStatuses.map((to) => (
            <Button
              key={to}
              variant={to === 'returned' ? 'secondary' : 'primary'}
              onClick={() => {
                move.reset();
                setTarget(to);
              }}
            >
              {stepLabel(to)}
            </Button>
          ))}
        </div>
      ) : (
        <p>{t('workflow.noNextStep')}</p>
      )}
      <ConfirmDialog
        open={target !== null}
        title={target ? stepLabel(target) : ''}
        message={target ? t(`workflow.confirm.${target}`) : ''}
        confirmLabel={target ? stepLabel(target) : ''}
        cancelLabel={t('common.cancel')}
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
      />
    </section>
  );
}
