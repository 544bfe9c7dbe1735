/** A client controller wired to fake ports, against a real login service over HTTP. */
import { createClientController, type ClientController } from '../core/controller';
import { mergeConfig, type ConfigLayer } from '../core/config/merge';
import type { Clock } from '../core/ports';
import { FakePorts } from '../core/testing/fake-ports';

export interface TestClient {
  controller: ClientController;
  fake: FakePorts;
}

export async function startClient(
  serverUrl: string,
  values: ConfigLayer['values'] = {},
  options: { fake?: FakePorts; clock?: Clock } = {},
): Promise<TestClient> {
  const fake = options.fake ?? new FakePorts();
  const config = mergeConfig({ flag: { values: { serverUrl, ...values } } });
  const controller = createClientController({
    config,
    fetch,
    ports: fake.ports,
    log: fake.log,
    clock: options.clock,
    systemLocale: 'fi-FI',
  });
  await controller.start();
  return { controller, fake };
}

/** A new start of the app on the same device: same keychain and preferences. */
export async function restart(
  previous: TestClient,
  serverUrl: string,
  values: ConfigLayer['values'] = {},
  clock?: Clock,
): Promise<TestClient> {
  await previous.controller.dispose();
  const fake = new FakePorts();
  for (const [k, v] of previous.fake.secrets.entries) fake.secrets.entries.set(k, v);
  fake.secrets.failure = previous.fake.secrets.failure;
  fake.prefs = { ...previous.fake.prefs };
  return startClient(serverUrl, values, { fake, clock });
}

/** GET a web-app page with the cookie the managed window was given. */
export async function webAppStatus(client: TestClient, path = '/app'): Promise<number> {
  const cookie = client.fake.web!.options.cookie;
  const response = await fetch(new URL(path, cookie.url), {
    headers: { cookie: `${cookie.name}=${cookie.value}` },
    redirect: 'manual',
  });
  await response.arrayBuffer();
  return response.status;
}
