import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';

/** A failed claim or feedback change, in the reader's language where the code says enough. */
export function CaseError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const text = isApiError(error, 'CONFLICT')
    ? t('claim.error.conflict')
    : isApiError(error, 'FORBIDDEN')
      ? t('claim.error.forbidden')
      : isApiError(error, 'BAD_USER_INPUT') && error instanceof Error
        ? error.message
        : t('claim.error.failed');
  return (
    <p className="error-text" role="alert">
      {text}
    </p>
  );
}
