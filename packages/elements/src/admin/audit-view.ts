import { type PropertyValues, html } from 'lit';
import type { AuditEntry, AuditPage } from '@cqtt/core/admin';
import { vietnamDateTime } from '../controllers/vietnam-format.js';
import { AdminResource } from './admin-resource.js';
import { AdminView } from './admin-view.js';
import { loadView } from './admin-feedback.js';
import type { AdminMessageKey } from './messages.js';

const actionKeys: Record<AuditEntry['action'], AdminMessageKey> = {
  create: 'create',
  update: 'update',
  delete: 'delete',
  publish: 'actionPublish',
  unpublish: 'actionUnpublish',
};

/**
 * The audit trail: who changed what and when, newest first, within the admin's agency scope; "Xem thêm" reads
 * older entries.
 *
 * @tagname cqtt-admin-audit
 */
export class AdminAuditView extends AdminView {
  private readonly data = new AdminResource<AuditPage>(this, () => this.admin?.audit$({ limit: 50 }));
  private older: AuditEntry[] = [];
  private next: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('admin') && this.hasUpdated) this.data.reload();
  }

  protected override render() {
    const page = this.data.value;
    if (!page) return loadView(this.messages, this.data);
    const entries = [...page.items, ...this.older];
    const next = this.older.length > 0 ? this.next : page.next;
    if (entries.length === 0) return html`<p>${this.t('noAudit')}</p>`;
    return html`<table>
        <thead>
          <tr>
            <th scope="col">${this.t('when')}</th>
            <th scope="col">${this.t('who')}</th>
            <th scope="col">${this.t('action')}</th>
            <th scope="col">${this.t('what')}</th>
          </tr>
        </thead>
        <tbody>
          ${entries.map(
            (entry) => html`<tr>
              <td>${vietnamDateTime(Date.parse(entry.at), this.messages.locale)}</td>
              <td>${entry.subject}</td>
              <td>${this.t(actionKeys[entry.action])}</td>
              <td>${this.t(entry.entity)}: ${entry.key}${entry.agencyCode ? ` (${entry.agencyCode})` : ''}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${next ? html`<button type="button" @click=${() => this.more(next)}>${this.t('more')}</button>` : ''}
      ${loadView(this.messages, this.data)}`;
  }

  private more(before: string): void {
    this.admin?.audit$({ limit: 50, before }).subscribe({
      next: (page) => {
        this.older = [...this.older, ...page.items];
        this.next = page.next;
        this.requestUpdate();
      },
      error: (error: unknown) => {
        this.data.loadError = error;
        this.requestUpdate();
      },
    });
  }
}
