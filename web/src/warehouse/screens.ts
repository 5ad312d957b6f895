import { addMessages } from '../shell/i18n';
import type { Screen } from '../shell/screen';
import './messages';

addMessages({
  en: { 'warehouse.floor.title': 'Floor' },
  pl: { 'warehouse.floor.title': 'Hala' },
});

const area = { roles: ['WAREHOUSE'], group: 'shell.area.warehouse' } satisfies Partial<Screen>;

/** The warehouse floor screens (issue #14). One line a screen; only the floor menu is in the navigation. */
export const warehouseScreens: Screen[] = [
  { path: '/warehouse', title: 'warehouse.floor.title', ...area, load: () => import('./FloorHome') },
  { path: '/warehouse/receiving', title: 'floor.receiving.title', ...area, nav: false, load: () => import('./ReceivingScreen') },
  { path: '/warehouse/putaway', title: 'floor.putaway.title', ...area, nav: false, load: () => import('./PutawayScreen') },
  { path: '/warehouse/picking', title: 'floor.picking.title', ...area, nav: false, load: () => import('./PickingScreen') },
  { path: '/warehouse/packing', title: 'floor.packing.title', ...area, nav: false, load: () => import('./PackingScreen') },
  { path: '/warehouse/label/:orderId', title: 'floor.packing.print', ...area, nav: false, load: () => import('./LabelPage') },
  { path: '/warehouse/loading', title: 'floor.loading.title', ...area, nav: false, load: () => import('./LoadingScreen') },
  { path: '/warehouse/stock', title: 'floor.stock.title', ...area, nav: false, load: () => import('./StockScreen') },
  { path: '/warehouse/counts', title: 'floor.counts.title', ...area, nav: false, load: () => import('./CountsScreen') },
  { path: '/warehouse/supervisor', title: 'floor.supervisor.title', ...area, nav: false, load: () => import('./SupervisorScreen') },
];
