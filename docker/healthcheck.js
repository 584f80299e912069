// Container healthcheck for the api image (slim images have no curl): exits 0 when GET /health answers
// 200, which the API only does while its database answers (503 otherwise). Plain CommonJS, no deps.
'use strict';

const port = process.env.PORT || '3000';
const url = `http://127.0.0.1:${port}/health`;

fetch(url, { signal: AbortSignal.timeout(4000) })
  .then((res) => {
    if (!res.ok) console.error(`${url} answered ${res.status}`);
    process.exit(res.ok ? 0 : 1);
  })
  .catch((err) => {
    console.error(`${url}: ${err.message}`);
    process.exit(1);
  });
