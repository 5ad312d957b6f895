import { useI18n } from '../shell/i18n';

/** Placeholder of Live mode (#13). */
export default function LiveScreen() {
  const { t } = useI18n();
  return (
    <section className="page">
      <h1>{t('dispatcher.live.title')}</h1>
    </section>
  );
}
