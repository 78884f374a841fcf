'use strict';
// The JS Bot Framework SDK peer for bench/: a plain echo bot on botbuilder's CloudAdapter,
// served by node's own http module (no web framework), so the numbers measure the SDK's turn
// and not restify or express. Empty MicrosoftAppId means the SDK's unauthenticated local
// (emulator-style) mode: no inbound JWT check, no token on outbound calls.
// Usage: node echo-bot.js [port]   (0 = any free port; the bound port is printed as "listening <port>")

const http = require('node:http');
const {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
} = require('botbuilder');

const auth = new ConfigurationBotFrameworkAuthentication({
  MicrosoftAppId: '',
  MicrosoftAppPassword: '',
  MicrosoftAppType: 'MultiTenant',
});
const adapter = new CloudAdapter(auth);
adapter.onTurnError = async (context, err) => {
  console.error(`turn error: ${err && err.stack ? err.stack : err}`);
};

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text}`);
      await next();
    });
  }
}
const bot = new EchoBot();

// CloudAdapter.process expects an express/restify-shaped request (parsed body) and response
// (status/header/send/end); this is the thinnest adapter from node's http objects to those.
function shimResponse(res) {
  let status = 200;
  let body;
  return {
    socket: res.socket,
    status(code) { status = code; },
    header(name, value) { res.setHeader(name, value); },
    send(b) { body = b; },
    end() {
      if (body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body)) {
        body = JSON.stringify(body);
        res.setHeader('content-type', 'application/json');
      }
      res.statusCode = status;
      res.end(body);
    },
  };
}

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/api/messages') {
    res.statusCode = 404;
    res.end();
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.statusCode = 400;
      res.end('invalid JSON');
      return;
    }
    const shaped = { body, headers: req.headers, method: req.method };
    adapter.process(shaped, shimResponse(res), (context) => bot.run(context)).catch((err) => {
      console.error(`process error: ${err && err.stack ? err.stack : err}`);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end();
      }
    });
  });
});
server.keepAliveTimeout = 60000;

const port = Number.parseInt(process.argv[2] ?? process.env.PORT ?? '0', 10);
server.listen(port, '127.0.0.1', () => {
  console.log(`listening ${server.address().port}`);
});

function shutdown() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
