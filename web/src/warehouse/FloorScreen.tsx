import { useI18n } from '../shell/i18n';

/** Placeholder of the floor screens' start page (#14). */
export default function FloorScreen() {
  const { t } = useI18n();
  return (
    <section className="page">
      <h1>{t('warehouse.floor.title')}</h1>
    </section>
  );
}
