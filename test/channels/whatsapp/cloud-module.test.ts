import { afterEach, describe, expect, it } from 'vitest';
import { signBody } from '../../../src/channels/whatsapp/cloud/webhook-signature';
import { startFakeGraphApi, type FakeGraphApi } from '../../support/fake-graph-api';
import { startTestServer } from '../../support/start-test-server';

describe('npm start with WHATSAPP_TRANSPORT=cloud', () => {
  let api: FakeGraphApi;
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  afterEach(async () => {
    await server?.cleanup();
    await api.close();
  });

  it('serves the signed webhook on the real HTTP service, and no Baileys pairing route', async () => {
    api = await startFakeGraphApi();
    server = await startTestServer({
      WHATSAPP_ENABLED: 'true',
      WHATSAPP_TRANSPORT: 'cloud',
      WHATSAPP_CLOUD_APP_SECRET: 'module-secret',
      WHATSAPP_CLOUD_VERIFY_TOKEN: 'module-verify',
      WHATSAPP_CLOUD_PHONE_NUMBER_ID: api.phoneNumberId,
      WHATSAPP_CLOUD_ACCESS_TOKEN: api.accessToken,
      GRAPH_API_ROOT: api.root,
    });
    const handshake = await fetch(`${server.url}/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=module-verify&hub.challenge=42`);
    expect(await handshake.text()).toBe('42');

    const body = JSON.stringify({ object: 'whatsapp_business_account', entry: [] });
    const post = (signature: string) =>
      fetch(`${server!.url}/whatsapp/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature }, body });
    expect((await post(signBody('module-secret', Buffer.from(body)))).status).toBe(200);
    expect((await post(signBody('other', Buffer.from(body)))).status).toBe(401);
    const huge = await fetch(`${server.url}/whatsapp/webhook`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(600 * 1024) });
    expect(huge.status).toBe(413);
    expect((await fetch(`${server.url}/admin/whatsapp/pairing`)).status).toBe(404);
  });
});
