// jsforce 3 against a Signet server: JWT authorize, query, CRUD, re-login after a revoked token.
// Usage: node jsforce-check.mjs URL CONSUMER_KEY USERNAME KEY_FILE
import { createSign, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import jsforce from 'jsforce';

const [url, clientId, username, keyFile] = process.argv.slice(2);
const key = readFileSync(keyFile, 'utf8');
let passed = 0, failed = 0;

function assertion() {
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const input = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ iss: clientId, sub: username, aud: url, exp: now + 180, jti: randomUUID() })}`;
  const signature = createSign('RSA-SHA256').update(input).sign(key).toString('base64url');
  return `${input}.${signature}`;
}

async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e && e.stack ? e.stack : e}`);
  }
}

function expect(cond, message) {
  if (!cond) throw new Error(message);
}

const grant = { grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer' };
let logins = 0;
const conn = new jsforce.Connection({
  loginUrl: url,
  version: '62.0',
  refreshFn: async (c, callback) => {
    // jsforce calls this on a 401: mint a new assertion, as a JWT integration does.
    try {
      logins++;
      const res = await c.oauth2.requestToken({ ...grant, assertion: assertion() });
      callback(null, res.access_token, res);
    } catch (e) {
      callback(e);
    }
  },
});

await check('authorize with a JWT assertion', async () => {
  const info = await conn.authorize({ ...grant, assertion: assertion() });
  expect(conn.accessToken && /^00D\w{12}!/.test(conn.accessToken), 'access token shape');
  expect(conn.instanceUrl === url, `instanceUrl ${conn.instanceUrl}`);
  expect(info.organizationId && info.id, 'org and user ids from the id URL');
});

await check('identity', async () => {
  const id = await conn.identity();
  expect(id.username === username, `identity username ${id.username}`);
});

let accountId;
await check('create, read, update, query, delete a record', async () => {
  const created = await conn.sobject('Account').create({ Name: 'jsforce Test Co', Industry: 'Energy' });
  expect(created.success && /^001/.test(created.id), `create ${JSON.stringify(created)}`);
  accountId = created.id;
  const read = await conn.sobject('Account').retrieve(accountId);
  expect(read.Name === 'jsforce Test Co', `read ${read.Name}`);
  await conn.sobject('Account').update({ Id: accountId, Industry: 'Banking' });
  const result = await conn.query(`SELECT Id, Name, Industry FROM Account WHERE Id = '${accountId}'`);
  expect(result.totalSize === 1 && result.records[0].Industry === 'Banking', `query ${JSON.stringify(result)}`);
  await conn.sobject('Account').destroy(accountId);
  const after = await conn.query(`SELECT COUNT() FROM Account WHERE Id = '${accountId}'`);
  expect(after.totalSize === 0, 'deleted');
});

await check('re-login after the token is revoked', async () => {
  const old = conn.accessToken;
  const res = await fetch(`${url}/services/oauth2/revoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token: old }),
  });
  expect(res.status === 200, `revoke answered ${res.status}`);
  const result = await conn.query('SELECT Id FROM Account LIMIT 1');
  expect(result.done !== undefined, 'query after re-login');
  expect(logins === 1, `exactly one re-login, saw ${logins}`);
  expect(conn.accessToken !== old, 'a new token');
});

console.log(`jsforce: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
