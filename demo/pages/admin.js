// The administration page: the console (its own module, loaded on this page only) for the demo administrator, who
// publishes the province's calendar and edits every agency's same-day list, office hours and messages.
import { sharedAdapter } from '@cqtt/microfrontend';
import { showNote } from '../lib/dom.js';
import { signInDemoStaff, staffAuthorization } from '../lib/staff-session.js';

const slot = /** @type {HTMLElement} */ (document.getElementById('admin'));
try {
  await signInDemoStaff('admin');
  // The console is not part of the application's bundle: no citizen or staff page loads it.
  const { HttpAdminAdapter } = await import('/cqtt/shared/admin.js');
  const element = document.createElement('cqtt-admin-console');
  Object.assign(element, {
    admin: new HttpAdminAdapter({ baseUrl: '', authHeader: staffAuthorization }),
    portal: sharedAdapter({ baseUrl: '', token: staffAuthorization }),
  });
  slot.replaceChildren(element);
} catch (error) {
  showNote(slot, `Không mở được trang quản trị. (${/** @type {Error} */ (error).message})`);
}
