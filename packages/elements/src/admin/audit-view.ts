import { html } from 'lit';
import type { AuditEntry, AuditPage } from '@cqtt/core/admin';
import { vietnamDateTime } from '../controllers/vietnam-format.js';
import { AdminResource } from './admin-resource.js';
import { AdminView } from './admin-view.js';
import { adminErrorView, loadView } from './admin-feedback.js';
import type { AdminMessageKey } from './messages.js';

const actionKeys: Record<AuditEntry['action'], AdminMessageKey> = {
  create: 'create',
  update: 'update',
  delete: 'delete',
  publish: 'actionPublish',
  unpublish: 'actionUnpublish',
};

interface OlderEntries {
  readonly after: AuditPage;
  readonly items: readonly AuditEntry[];
  readonly next: string | undefined;
  readonly error?: unknown;
}

/**
 * The audit trail: who changed what and when, newest first, within the admin's agency scope; "Xem thêm" reads
 * older entries.
 *
 * @tagname cqtt-admin-audit
 */
export class AdminAuditView extends AdminView {
  private readonly data = new AdminResource(this, { args: () => [this.admin] as const, stream: ([admin]) => admin?.audit$({ limit: 50 }) });
  /** The older entries read with "Xem thêm" after the first page `after`; another first page drops them. */
  private older: OlderEntries | undefined;

  protected override render() {
    const page = this.data.value;
    if (!page) return loadView(this.messages, this.data);
    const older = this.older?.after === page ? this.older : undefined;
    const entries = [...page.items, ...(older?.items ?? [])];
    const next = older ? older.next : page.next;
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
      ${next ? html`<button type="button" @click=${() => this.more(page, older, next)}>${this.t('more')}</button>` : ''}
      ${older?.error === undefined ? '' : adminErrorView(this.messages, older.error)} ${loadView(this.messages, this.data)}`;
  }

  private more(after: AuditPage, older: OlderEntries | undefined, before: string): void {
    const items = older?.items ?? [];
    this.admin?.audit$({ limit: 50, before }).subscribe({
      next: (page) => {
        this.older = { after, items: [...items, ...page.items], next: page.next };
        this.requestUpdate();
      },
      error: (error: unknown) => {
        this.older = { after, items, next: before, error };
        this.requestUpdate();
      },
    });
  }
}
