import type { Locale, PortalAdapter, PortalEndpoints } from '@cqtt/core';
import { CqttPropsError } from './props-error.js';

/** One element to place in the application's DOM element, with the properties to set on it. */
export interface ElementSpec {
  /** The custom element's tag, e.g. `cqtt-survey`. */
  readonly tag: string;
  /** Properties set on this element only; they win over the shared ones (`adapter`, `locale`, …). */
  readonly properties?: Readonly<Record<string, unknown>>;
}

/** How to reach the portal's API when the host gives no adapter: the module builds one `HttpPortalAdapter`. */
export interface ApiConfig {
  /** Origin and prefix of the API, e.g. `https://motcua.example.gov.vn`; `''` (the default) for the page's origin. */
  readonly baseUrl?: string;
  /** The portal's token getter, called before every request; its value is sent as `Authorization`. */
  readonly token?: () => string | undefined | Promise<string | undefined>;
  /** Paths that differ from the default ones (`/api/v1/...`). */
  readonly endpoints?: Partial<PortalEndpoints>;
  /** True when the portal sends dossiers in the national portal's shape (`MaHoSo`, `NgayTiepNhan`, …). */
  readonly nationalPortal?: boolean;
}

/** What every element receives, from the application's or the parcel's props. */
export interface SharedProps {
  /** The portal adapter. Give this or `api`, not both; with neither the elements show their built-in content. */
  readonly adapter?: PortalAdapter;
  readonly api?: ApiConfig;
  /** `vi` (default: the page's `lang`) or `en`. */
  readonly locale?: Locale;
  /** The agency (đơn vị) whose procedures and dossiers are shown. */
  readonly agencyCode?: string;
  /** The dossier (hồ sơ) the page is about. */
  readonly dossierId?: string;
}

/** The props of the single-spa application (`customProps` plus single-spa's own). */
export interface CqttProps extends SharedProps {
  readonly name?: string;
  /** Where the elements go; single-spa gives it to parcels, a root config passes it in `customProps`. */
  readonly domElement?: HTMLElement;
  readonly elements: readonly ElementSpec[];
}

const tagPattern = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalText(props: Record<string, unknown>, key: string, path: string): void {
  const value = props[key];
  if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) {
    throw new CqttPropsError(path, 'phải là một chuỗi không rỗng', 'must be a non-empty string');
  }
}

function checkAdapter(adapter: unknown): void {
  const candidate = adapter as Partial<PortalAdapter> | null;
  if (!isRecord(candidate) || typeof candidate.dossier$ !== 'function' || typeof candidate.serverTime$?.subscribe !== 'function') {
    throw new CqttPropsError('adapter', 'không phải một PortalAdapter (thiếu dossier$ hoặc serverTime$)', 'is not a PortalAdapter (no dossier$ or serverTime$)');
  }
}

function checkApi(api: unknown): void {
  if (!isRecord(api)) throw new CqttPropsError('api', 'phải là một đối tượng cấu hình', 'must be a configuration object');
  const { baseUrl, token, endpoints, nationalPortal } = api;
  if (baseUrl !== undefined && (typeof baseUrl !== 'string' || !(baseUrl === '' || baseUrl.startsWith('/') || /^https?:\/\/[^/]/.test(baseUrl)))) {
    throw new CqttPropsError('api.baseUrl', 'phải là "", một đường dẫn bắt đầu bằng "/" hoặc một địa chỉ http(s)', 'must be "", a path starting with "/" or an http(s) URL');
  }
  if (token !== undefined && typeof token !== 'function') {
    throw new CqttPropsError('api.token', 'phải là một hàm trả về mã truy cập', 'must be a function returning the access token');
  }
  if (endpoints !== undefined) {
    if (!isRecord(endpoints)) throw new CqttPropsError('api.endpoints', 'phải là một bảng đường dẫn', 'must be a map of paths');
    for (const [key, value] of Object.entries(endpoints)) {
      if (typeof value !== 'string' || !value.startsWith('/')) {
        throw new CqttPropsError(`api.endpoints.${key}`, 'phải là một đường dẫn bắt đầu bằng "/"', 'must be a path starting with "/"');
      }
    }
  }
  if (nationalPortal !== undefined && typeof nationalPortal !== 'boolean') {
    throw new CqttPropsError('api.nationalPortal', 'phải là true hoặc false', 'must be true or false');
  }
}

/** Checks the props every element shares; throws `CqttPropsError` at the first bad one. */
export function validateSharedProps(props: unknown): asserts props is SharedProps {
  if (!isRecord(props)) throw new CqttPropsError('props', 'phải là một đối tượng', 'must be an object');
  if (props.adapter !== undefined && props.api !== undefined) {
    throw new CqttPropsError('adapter', 'chỉ đưa adapter hoặc api, không đưa cả hai', 'give adapter or api, not both');
  }
  if (props.adapter !== undefined) checkAdapter(props.adapter);
  if (props.api !== undefined) checkApi(props.api);
  if (props.locale !== undefined && props.locale !== 'vi' && props.locale !== 'en') {
    throw new CqttPropsError('locale', 'phải là "vi" hoặc "en"', 'must be "vi" or "en"');
  }
  optionalText(props, 'agencyCode', 'agencyCode');
  optionalText(props, 'dossierId', 'dossierId');
}

/**
 * Where the elements go: `domElement`, or else the container single-spa-layout makes for `<application name="…">`
 * (`#single-spa-application:<name>`), which it does not pass in the props.
 */
export function containerOf(props: { readonly domElement?: unknown; readonly name?: unknown }): HTMLElement {
  if (props.domElement instanceof HTMLElement) return props.domElement;
  const layoutContainer = typeof props.name === 'string' ? document.getElementById(`single-spa-application:${props.name}`) : null;
  if (layoutContainer) return layoutContainer;
  throw new CqttPropsError(
    'domElement',
    'thiếu phần tử HTML để gắn tiện ích (single-spa cung cấp cho parcel; với ứng dụng, truyền qua customProps hoặc dùng <application> của single-spa-layout)',
    'is missing: the HTML element to mount into (single-spa gives it to parcels; pass it in customProps for an application, or use single-spa-layout\'s <application>)',
  );
}

/** Checks the application's props: the shared ones, the DOM element and the element list. */
export function validateProps(props: unknown): asserts props is CqttProps {
  validateSharedProps(props);
  const { elements } = props as Record<string, unknown>;
  if (!Array.isArray(elements) || elements.length === 0) {
    throw new CqttPropsError('elements', 'phải là một danh sách có ít nhất một phần tử', 'must be a list of at least one element');
  }
  elements.forEach((spec: unknown, index) => {
    if (!isRecord(spec) || typeof spec.tag !== 'string' || !tagPattern.test(spec.tag)) {
      throw new CqttPropsError(`elements[${index}].tag`, 'phải là tên thẻ của một custom element, ví dụ "cqtt-survey"', 'must be a custom element tag, e.g. "cqtt-survey"');
    }
    if (spec.properties !== undefined && !isRecord(spec.properties)) {
      throw new CqttPropsError(`elements[${index}].properties`, 'phải là một đối tượng', 'must be an object');
    }
  });
}
