import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type MessageCatalog, type Locale, type MessageParams, type Messages, resolveLocale, translate } from '@cqtt/core';

export interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  /** An explicit locale set by the integrator; wins over the page's `lang`. */
  locale?: string | undefined;
}

/**
 * Gives an element its messages in the right language. The locale is the element's own `locale`
 * property when set, else the nearest `lang` attribute in the page (the portal's language).
 */
export class LocaleController<M extends Messages> implements ReactiveController {
  constructor(
    private readonly host: LocaleHost,
    private readonly catalog: MessageCatalog<M>,
  ) {
    host.addController(this);
  }

  get locale(): Locale {
    return resolveLocale(this.host.locale || this.host.closest('[lang]')?.getAttribute('lang'));
  }

  t(key: keyof M & string, params?: MessageParams): string {
    return translate(this.catalog, this.locale, key, params);
  }

  hostConnected(): void {
    this.host.requestUpdate();
  }
}
