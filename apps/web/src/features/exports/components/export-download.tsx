import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import type { FileProgress } from '../../../lib/api-client';
import { saveFile } from '../../../lib/save-file';
import { useExportStrategy, type ExportRequest } from '../api/export-strategy';
import { DownloadProgress } from './download-progress';
import { exportErrorMessage } from './export-error-message';

interface ExportDownloadProps {
  request: ExportRequest;
  /** What the button says, e.g. "Download PDF (version 1)". */
  label: string;
}

/**
 * The download button of the export page. The file is fetched first and saved once it has come, so that a
 * refusal is said here, next to the button that keeps the focus, rather than saved as a broken file. A long
 * export shows how far it is (being prepared, then how much has come) and can be cancelled.
 */
export function ExportDownload({ request, label }: ExportDownloadProps) {
  const { t } = useTranslation();
  const exporting = useExportStrategy();
  const [progress, setProgress] = useState<FileProgress | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const download = useRef<AbortController | null>(null);

  const start = () => {
    download.current = new AbortController();
    setProgress(null);
    setCancelled(false);
    exporting.mutate(
      { request, signal: download.current.signal, onProgress: setProgress },
      { onSuccess: ({ blob, filename }) => saveFile(blob, filename) },
    );
  };
  const cancel = () => {
    setCancelled(true);
    download.current?.abort();
  };

  const status = cancelled ? t('export.cancelled') : exporting.isSuccess ? t('export.saved', { filename: exporting.data.filename }) : null;
  return (
    <div className="export-download">
      <p>
        <Button busy={exporting.isPending} onClick={start}>
          {label}
        </Button>
      </p>
      {exporting.isPending && !cancelled && <DownloadProgress progress={progress} onCancel={cancel} />}
      {exporting.isError && !cancelled && <Alert tone="error">{exportErrorMessage(t, exporting.error)}</Alert>}
      <StatusMessage message={status} />
    </div>
  );
}
