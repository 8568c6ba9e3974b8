import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import type { FileProgress } from '../../../lib/api-client';

interface DownloadProgressProps {
  /** Null while the server prepares the file (lays it out, or waits for its turn). */
  progress: FileProgress | null;
  onCancel: () => void;
}

/**
 * How far a download is: first "being prepared" (the server lays the document out before the first byte), then
 * a bar of how much has come. The stage is announced once; the bar itself says its value to whoever asks.
 */
export function DownloadProgress({ progress, onCancel }: DownloadProgressProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const share = progress?.total ? progress.received / progress.total : null;
  return (
    <div className="download-progress">
      <p role="status">
        <label htmlFor={id}>{progress ? t('export.downloading') : t('export.preparing')}</label>
      </p>
      <p className="download-progress__bar">
        {/* Without a value the bar shows work going on; with one, how much has come. */}
        <progress id={id} max={1} value={share ?? undefined} />
        {share !== null && <span aria-hidden="true">{new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(share)}</span>}
        <Button variant="secondary" onClick={onCancel}>
          {t('export.cancel')}
        </Button>
      </p>
    </div>
  );
}
