import { MapView } from '../shell/map/MapView';
import { useI18n } from '../shell/i18n';

/** Placeholder of Plan mode (#13): the road network of the depot's area. */
export default function PlanScreen() {
  const { t } = useI18n();
  return (
    <section className="page page-map">
      <h1>{t('dispatcher.plan.title')}</h1>
      <MapView className="map-fill" />
    </section>
  );
}
