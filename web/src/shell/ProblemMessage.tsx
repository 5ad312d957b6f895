import { ApiError } from './api';
import { useI18n } from './i18n';

/**
 * Shows a failed call as a readable message: the problem's `detail` (or title), and the field
 * errors as a list. Renders nothing for a null error. Use it wherever a call can fail: errors are
 * never swallowed.
 */
export function ProblemMessage({ error, className }: { error: unknown; className?: string }) {
  const { t } = useI18n();
  if (error === null || error === undefined) return null;
  let headline: string;
  let fields: { field: string; message: string }[] = [];
  if (error instanceof ApiError) {
    if (error.status === 0) headline = t('shell.error.network');
    else if (error.status === 403) headline = error.detail ?? t('shell.error.forbidden');
    else headline = error.detail ?? error.title;
    fields = error.errors;
  } else {
    headline = error instanceof Error ? error.message : String(error);
  }
  return (
    <div className={`problem ${className ?? ''}`} role="alert">
      <p className="problem-headline">{headline}</p>
      {fields.length > 0 && (
        <ul className="problem-fields">
          {fields.map((f, i) => (
            <li key={`${f.field}-${i}`}>
              {f.field && <code>{f.field}</code>} {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
