import type { ComponentType } from 'react';
import type { Role } from './auth';

/**
 * One screen of the console. Each area lists its screens in `src/<area>/screens.ts`, one entry a
 * screen; `src/screens.ts` joins the areas. The component is loaded lazily (its own chunk).
 */
export interface Screen {
  /** Route path, absolute, e.g. '/plan', '/warehouse/picking', '/t/:code'. */
  path: string;
  /** i18n key of the title (navigation and document title). */
  title: string;
  /** Who may open it (ADMIN always may). Ignored for public screens. */
  roles: Role[];
  /** `() => import('./PlanScreen')`: the module's default export is the screen. */
  load: () => Promise<{ default: ComponentType }>;
  /** Shown in the navigation (default true). Detail pages such as '/plan/:id' set false. */
  nav?: boolean;
  /** Public screens need no login and render without the console chrome (customer pages). */
  public?: boolean;
  /** Navigation group (i18n key), e.g. 'shell.area.dispatcher'. */
  group?: string;
}
