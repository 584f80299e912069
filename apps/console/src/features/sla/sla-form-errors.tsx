import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';

interface FieldProblem {
  field: string;
  message: string;
}

/** The API's BAD_USER_INPUT field problems (`extensions.fields`), as it words them. */
export function fieldProblems(error: unknown): FieldProblem[] {
  if (!isApiError(error, 'BAD_USER_INPUT')) return [];
  return error.errors.flatMap((e) => (Array.isArray(e.extensions?.fields) ? (e.extensions.fields as FieldProblem[]) : []));
}

/** Why a save failed: someone saved first (reloaded), refused input with its fields, or another failure. */
export function SaveError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isApiError(error, 'CONFLICT')) return <p className="notice notice--warn" role="alert">{t('slaSettings.conflict')}</p>;
  if (isApiError(error, 'BAD_USER_INPUT'))
    return (
      <div className="notice notice--error" role="alert">
        <span>{t('slaSettings.refused', { reason: error.message })}</span>
        <ul className="field-problems">
          {fieldProblems(error).map((problem) => (
            <li key={`${problem.field}:${problem.message}`}>
              <code>{problem.field}</code>: {problem.message}
            </li>
          ))}
        </ul>
      </div>
    );
  if (isApiError(error, 'FORBIDDEN')) return <p className="notice notice--error" role="alert">{t('slaSettings.forbidden')}</p>;
  return <p className="notice notice--error" role="alert">{t('slaSettings.failed')}</p>;
}
