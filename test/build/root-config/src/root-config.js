// The root config of a portal made with create-single-spa: the plugin is an application loaded by name from the
// import map, like the portal's own microfrontends.
import { registerApplication, start } from 'single-spa';

registerApplication({
  name: '@cqtt/app',
  app: () => import('@cqtt/microfrontend'),
  activeWhen: ['/mot-cua'],
  customProps: { domElement: document.getElementById('cqtt-app'), api: { baseUrl: '' }, locale: 'vi', elements: [{ tag: 'cqtt-slogan-ticker' }] },
});
start();
