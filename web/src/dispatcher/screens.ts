import type { Screen } from '../shell/screen';
import './messages';

/** The dispatcher's screens (issue #13). One line a screen. */
export const dispatcherScreens: Screen[] = [
  { path: '/plan', title: 'dispatcher.plan.title', roles: ['DISPATCHER'], group: 'shell.area.dispatcher', load: () => import('./PlanMode') },
  { path: '/plan/import', title: 'dispatcher.import.title', roles: ['DISPATCHER'], nav: false, load: () => import('./ImportScreen') },
  { path: '/plan/bench-large-day', title: 'dispatcher.plan.title', roles: ['DISPATCHER'], nav: false, load: () => import('./BenchDay') },
  { path: '/live', title: 'dispatcher.live.title', roles: ['DISPATCHER'], group: 'shell.area.dispatcher', load: () => import('./LiveMode') },
];
