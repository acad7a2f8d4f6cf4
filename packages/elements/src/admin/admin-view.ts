import type { PortalAdapter } from '@cqtt/core';
import type { AdminAdapter } from '@cqtt/core/admin';
import { LocalizedElement } from '../base/localized-element.js';
import { portalErrorCatalogs } from '../controllers/load-state-view.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { adminStyles } from './admin.styles.js';
import { type AdminMessageKey, adminMessages } from './messages.js';

/** What every view of the console takes: the admin API, the portal (catalog, clock), the agency and the language. */
export class AdminView extends LocalizedElement {
  static override styles = adminStyles;

  static override properties = {
    admin: { attribute: false },
    portal: { attribute: false },
    agencyCode: { type: String, attribute: 'agency-code' },
    locale: { type: String, reflect: true },
  };

  /** The administration API (`HttpAdminAdapter`, or `MemoryAdminAdapter` offline). */
  declare admin: AdminAdapter | undefined;
  /** The portal: agencies, procedures, the server's clock, and the ticker's preview. */
  declare portal: PortalAdapter | undefined;
  /** The agency whose data is edited; `*` for the province. */
  declare agencyCode: string | undefined;
  /** `vi` or `en`; when unset, the nearest `lang` of the page decides. */
  declare locale: string | undefined;

  protected readonly messages = new LocaleController(this, adminMessages, [...portalErrorCatalogs]);

  protected t(key: AdminMessageKey, params?: Readonly<Record<string, string | number>>): string {
    return this.messages.t(key, params);
  }
}
