import type { PortalAdapter } from '@cqtt/core';
import type { AdminAdapter } from '@cqtt/core/admin';
import { LocalizedElement } from '../base/localized-element.js';
import { portalErrorCatalogs } from '../controllers/load-state-view.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { adminStyles } from './admin.styles.js';
import { type AdminMessageKey, adminMessages } from './messages.js';

/**
 * What every view of the console takes: the admin API, the portal (catalog, clock), the agency and the language.
 *
 * @cssprop [--cqtt-admin-border=#6b6b6b] - Border of the fieldsets, the fields and the tables.
 * @cssprop [--cqtt-staff-accent=#0b3d91] - Colour of the buttons' text.
 * @cssprop [--cqtt-staff-danger=#a4262c] - Colour of refusals and errors.
 * @cssprop [--cqtt-staff-success=#1e6b34] - Colour of the saved message.
 * @cssprop [--cqtt-staff-focus-color=#ffbf47] - Keyboard focus ring.
 * @cssprop [--cqtt-staff-button-background=#ffffff] - Background of the buttons.
 * @cssprop [--cqtt-staff-button-color] - Text colour of the buttons (default: the accent).
 */
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
