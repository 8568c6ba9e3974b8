import { useTranslation } from 'react-i18next';
import { Alert, StatusMessage } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Spinner } from '../../../components/ui/spinner';
import { saveFile } from '../../../lib/save-file';
import { useExportStrategy, type ExportRequest } from '../api/export-strategy';
import { exportErrorMessage } from './export-error-message';

interface ExportDownloadProps {
  request: ExportRequest;
  /** What the button says, e.g. "Download PDF (version 1)". */
  label: string;
}

/**
 * The download button of the export page. The file is fetched first and saved once it has come, so that a
 * refusal is said here, next to the button that keeps the focus, rather than saved as a broken file.
 */
export function ExportDownload({ request, label }: ExportDownloadProps) {
  const { t } = useTranslation();
  const exporting = useExportStrategy();
  return (
    <div className="export-download">
      <p>
        <Button
          busy={exporting.isPending}
          onClick={() => {
            exporting.mutate(request, { onSuccess: ({ blob, filename }) => saveFile(blob, filename) });
          }}
        >
          {label}
        </Button>
      </p>
      {exporting.isPending && <Spinner label={t('export.preparing')} />}
      {exporting.isError && <Alert tone="error">{exportErrorMessage(t, exporting.error)}</Alert>}
      <StatusMessage message={exporting.isSuccess ? t('export.saved', { filename: exporting.data.filename }) : null} />
    </div>
  );
}
