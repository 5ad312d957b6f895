import type { Screen } from './shell/screen';
import { dispatcherScreens } from './dispatcher/screens';
import { warehouseScreens } from './warehouse/screens';
import { customerScreens } from './customer/screens';

/**
 * Every screen of the console, by area. Add a screen with one line in its area's `screens.ts`;
 * the order here is the order of the navigation groups.
 */
export const screens: Screen[] = [...dispatcherScreens, ...warehouseScreens, ...customerScreens];
