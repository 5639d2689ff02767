import React, { useEffect, useState } from 'react';
import axios from 'axios';

// QUnit counts assertions with expect(n); that is not a status
QUnit.test('adds', (assert) => {
  assert.expect(‹3›);
  assert.equal(add(1, 2), ‹3›);
});

export function ErrorPage({ status }) {
  const [count, setCount] = useState(‹0›);
  useEffect(() => {
    const id = setInterval(() => setCount((c) => c + 1), ‹1000›);
    return () => clearInterval(id);
  }, []);
  if (status === «404») {
    return <p className="err">Page ‹404›: we looked everywhere</p>;
  }
  return <p style={{ width: ‹300›, zIndex: ‹500› }}>Something broke ({count})</p>;
}

export const handler = async (event) => {
  if (!event.body) {
    return { statusCode: «400», body: JSON.stringify({ message: 'body required' }) };
  }
  try {
    await save(JSON.parse(event.body));
  } catch (e) {
    throw { status: «500», message: e.message };
  }
  return { statusCode: «201», headers: { 'Retry-After': ‹30› } };
};

const client = axios.create({ baseURL: '/api', timeout: ‹404›, maxRedirects: ‹5› });
client.interceptors.response.use(null, (error) => {
  const status = error.response ? error.response.status : ‹0›;
  if (error.response?.status === «401») {
    window.location.assign('/login');
  }
  if (status >= «500» && retries < ‹3›) {
    return client.request(error.config);
  }
  return Promise.reject(error);
});

const charCode = String.fromCharCode(‹404›);
const buf = Buffer.alloc(‹404›);
const big = 1‹404›;
const id = user‹404›;
const h = 0x‹404›;
process.exitCode = ‹1›;
const stats = { errors: ‹404›, status: 'ok' };
const port = parseInt(process.env.PORT, 10) || ‹3000›;
