// One comparison server per process, on 127.0.0.1 only: `node peer-server.mjs <kind> <port>`.
//   hocuspocus  — @hocuspocus/server, no extensions (documents live in memory only)
//   ywss        — @y/websocket-server 0.1.1 `setupWSConnection`, no persistence (YPERSISTENCE unset)
//   rebroadcast — a plain `ws` server forwarding every binary frame to the other sockets of its room
// Prints "listening <port>" on stdout when ready; exits on SIGINT/SIGTERM.
import { createServer } from 'node:http';
import { WebSocket, WebSocketServer } from 'ws';

const [kind, portArg] = process.argv.slice(2);
const port = Number(portArg);
if (!Number.isInteger(port) || port <= 0) throw new Error(`bad port ${portArg}`);
delete process.env.YPERSISTENCE;

let stop;
if (kind === 'hocuspocus') {
  const { Server } = await import('@hocuspocus/server');
  const server = new Server({ port, address: '127.0.0.1', quiet: true, stopOnSignals: false });
  await server.listen();
  stop = () => server.destroy();
} else if (kind === 'ywss') {
  const { setupWSConnection } = await import('@y/websocket-server/utils');
  const http = createServer((_req, res) => res.writeHead(200).end('ok'));
  const wss = new WebSocketServer({ noServer: true });
  http.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req)));
  await new Promise((r) => http.listen(port, '127.0.0.1', r));
  stop = () => new Promise((r) => { for (const ws of wss.clients) ws.terminate(); wss.close(); http.close(r); });
} else if (kind === 'rebroadcast') {
  const http = createServer((_req, res) => res.writeHead(200).end('ok'));
  const wss = new WebSocketServer({ server: http });
  const rooms = new Map();
  wss.on('connection', (ws, req) => {
    const room = (req.url ?? '/').split('?')[0];
    let peers = rooms.get(room);
    if (!peers) rooms.set(room, (peers = new Set()));
    peers.add(ws);
    ws.on('message', (data, isBinary) => {
      if (!isBinary) return;
      for (const other of peers) if (other !== ws && other.readyState === WebSocket.OPEN) other.send(data, { binary: true });
    });
    ws.on('close', () => {
      peers.delete(ws);
      if (peers.size === 0) rooms.delete(room);
    });
    ws.on('error', () => ws.terminate());
  });
  await new Promise((r) => http.listen(port, '127.0.0.1', r));
  stop = () => new Promise((r) => { for (const ws of wss.clients) ws.terminate(); wss.close(); http.close(r); });
} else {
  throw new Error(`unknown server kind ${kind}`);
}

let stopping = false;
const shutdown = () => {
  if (stopping) return;
  stopping = true;
  const force = setTimeout(() => process.exit(0), 3000);
  force.unref();
  Promise.resolve(stop()).finally(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
process.stdout.write(`listening ${port}\n`);
