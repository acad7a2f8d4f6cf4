// A page an integrator bundles with esbuild: the application and one element.
import { mount } from '@cqtt/microfrontend';
import '@cqtt/elements/same-day-badge/define';

await mount({ domElement: document.body, api: { baseUrl: '' }, elements: [{ tag: 'cqtt-same-day-badge', properties: { procedureCode: '1.001' } }] });
