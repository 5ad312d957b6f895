import { addMessages } from '../shell/i18n';
import type { Screen } from '../shell/screen';

addMessages({
  en: { 'dispatcher.plan.title': 'Plan', 'dispatcher.live.title': 'Live' },
  pl: { 'dispatcher.plan.title': 'Plan', 'dispatcher.live.title': 'Na żywo' },
});

/** The dispatcher's screens (issue #13). One line a screen. */
export const dispatcherScreens: Screen[] = [
  { path: '/plan', title: 'dispatcher.plan.title', roles: ['DISPATCHER'], group: 'shell.area.dispatcher', load: () => import('./PlanScreen') },
  { path: '/live', title: 'dispatcher.live.title', roles: ['DISPATCHER'], group: 'shell.area.dispatcher', load: () => import('./LiveScreen') },
];
