import type { Screen } from '../shell/screen';

/** Public customer pages: no login, no console chrome. */
export const customerScreens: Screen[] = [
  { path: '/t/:code', title: 'customer.track.title', roles: [], public: true, nav: false, load: () => import('./TrackingPage') },
];
