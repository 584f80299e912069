import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportError, REPORT_TYPES, uploadReport, type ImportResult, type ReportType } from '../../api/imports.api';
import { useMe } from '../auth/useMe';
import { useStores } from '../stores/useStores';

/** Upload the marketplace's report files (as the seller downloaded them) for a store, with progress. */
export function ImportsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const stores = useStores();
  const [storeId, setStoreId] = useState('');
  const [reportType, setReportType] = useState<ReportType>('GET_SELLER_FEEDBACK_DATA');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const chosenStore = storeId || stores.data?.[0]?.id || '';
  const upload = useMutation<ImportResult, Error, { storeId: string; reportType: ReportType; file: File }>({
    mutationFn: ({ storeId: id, reportType: type, file: f }) => uploadReport(id, type, f, (sent, total) => setProgress({ sent, total })),
    // A small file can finish before the browser reports any progress: once answered, it was all sent.
    onSettled: (_data, _error, { file: f }) => setProgress({ sent: f.size, total: f.size }),
  });
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const allowed = me.data?.role === 'SUPERVISOR' || me.data?.role === 'ADMIN';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file || !chosenStore) return;
    setProgress({ sent: 0, total: file.size });
    upload.mutate({ storeId: chosenStore, reportType, file });
  };

  const error = upload.error instanceof ImportError ? upload.error : null;
  return (
    <section className="screen">
      <header className="screen__header">
        <h1 tabIndex={-1}>{t('imports.title')}</h1>
      </header>
      <p className="muted">{t('imports.hint')}</p>
      {!allowed && me.data ? (
        <p className="empty-state">{t('imports.notAllowed')}</p>
      ) : (
        <form className="panel import-form" onSubmit={submit}>
          <label className="field">
            <span>{t('imports.store')}</span>
            <select value={chosenStore} onChange={(e) => setStoreId(e.target.value)}>
              {(stores.data ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('imports.reportType')}</span>
            <select value={reportType} onChange={(e) => setReportType(e.target.value as ReportType)}>
              {REPORT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`imports.type.${type}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('imports.file')}</span>
            <input type="file" accept=".tsv,.txt,.csv,.json,.xlsx" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </label>
          <div>
            <button type="submit" className="button button--primary" disabled={!file || upload.isPending}>
              {upload.isPending ? t('imports.uploading') : t('imports.upload')}
            </button>
          </div>
          {progress && (
            <div aria-live="polite">
              <progress className="upload-progress" max={progress.total || 1} value={progress.sent} aria-label={t('imports.progress')} />
              <span className="muted">
                {t('imports.sent', { sent: number(Math.round(progress.sent / 1024)), total: number(Math.max(1, Math.round(progress.total / 1024))) })}
              </span>
            </div>
          )}
          {upload.data && (
            <div role="status">
              <p>{upload.data.repeat ? t('imports.repeat') : t('imports.done')}</p>
              <dl className="import-result">
                <dt>{t('imports.rows')}</dt>
                <dd data-testid="import-rows">{number(upload.data.rows)}</dd>
                <dt>{t('imports.created')}</dt>
                <dd data-testid="import-created">{number(upload.data.created)}</dd>
                <dt>{t('imports.updated')}</dt>
                <dd>{number(upload.data.updated)}</dd>
                <dt>{t('imports.unchanged')}</dt>
                <dd>{number(upload.data.unchanged)}</dd>
              </dl>
            </div>
          )}
          {upload.error && (
            <p role="alert" className="form__error">
              {error?.row != null ? upload.error.message : `${t('imports.failed')} ${upload.error.message}`}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
