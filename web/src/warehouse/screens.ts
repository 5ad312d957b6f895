import { addMessages } from '../shell/i18n';
import type { Screen } from '../shell/screen';

addMessages({
  en: { 'warehouse.floor.title': 'Floor' },
  pl: { 'warehouse.floor.title': 'Hala' },
});

/** The warehouse floor screens (issue #14). One line a screen. */
export const warehouseScreens: Screen[] = [
  { path: '/warehouse', title: 'warehouse.floor.title', roles: ['WAREHOUSE'], group: 'shell.area.warehouse', load: () => import('./FloorScreen') },
];
