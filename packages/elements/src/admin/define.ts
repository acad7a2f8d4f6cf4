/**
 * Registers `<cqtt-admin-console>` and its views. Load this module (or its browser entry, `admin.js`) only on the
 * administration page: no citizen or staff page needs it.
 * @packageDocumentation
 */
import { defineElement } from '../base/define-element.js';
import '../slogan-ticker/define.js';
import { AdminConsole } from './admin-console.js';
import { AdminAuditView } from './audit-view.js';
import { AdminCalendarView } from './calendar-view.js';
import { AdminHoursView } from './hours-view.js';
import { AdminMessagesView } from './messages-view.js';
import { AdminSameDayView } from './same-day-view.js';

defineElement('cqtt-admin-calendar', AdminCalendarView);
defineElement('cqtt-admin-same-day', AdminSameDayView);
defineElement('cqtt-admin-hours', AdminHoursView);
defineElement('cqtt-admin-messages', AdminMessagesView);
defineElement('cqtt-admin-audit', AdminAuditView);
defineElement('cqtt-admin-console', AdminConsole);

export { AdminAuditView, AdminCalendarView, AdminConsole, AdminHoursView, AdminMessagesView, AdminSameDayView };
/** The console's adapter over HTTP, for a page that loads this module alone (the browser entry `admin.js`). */
export { HttpAdminAdapter } from '@cqtt/core/admin';

declare global {
  interface HTMLElementTagNameMap {
    'cqtt-admin-console': AdminConsole;
    'cqtt-admin-calendar': AdminCalendarView;
    'cqtt-admin-same-day': AdminSameDayView;
    'cqtt-admin-hours': AdminHoursView;
    'cqtt-admin-messages': AdminMessagesView;
    'cqtt-admin-audit': AdminAuditView;
  }
}
