import type { Screen } from '../shell/screen';
import './messages';

/** The dispatcher's screens (issue #13). One line a screen. */
export const dispatcherScreens: Screen[] = [
  { path: '/plan', title: 'dispatcher.plan.title', roles: ['DISPATCHER'], group: 'shell.area.dispatcher', load: () => import('./PlanMode') },
  { path: '/live', title: 'dispatcher.live.title', roles: ['DISPATCHER'], group: 'shell.area.dispatcher', load: () => import('./LiveMode') },
];
