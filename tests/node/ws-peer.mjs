// A WebSocket peer for the runtime's end-to-end tests: the npm `ws` server (version pinned in package-lock.json)
// on 127.0.0.1, port chosen by the system. The first stdout line is `listening <port>`. The process exits when its
// stdin closes, so a test run that dies never leaves it behind.
//
// The URL path selects what the server does once the connection is open (the Kestrel peer in
// tests/WebIdl.Runtime.WebSockets.Tests/Peers/KestrelPeer.cs implements the same modes):
//   /echo                      echo text as text and binary as binary; the client's Close is answered with its code and reason
//   /close?code=4001&reason=bye close at once with that code and reason
//   /close-empty               close at once with a Close frame that has no payload
//   /drop                      send the first fragment of a binary message, then destroy the TCP socket
//   /drop?how=short            send a frame header announcing 1000 bytes and only 10 of them, then destroy the socket
//   /drop?how=reset            wait for the client's first message, then reset the TCP connection (RST)
//   /invalid-utf8              send a text frame whose payload is "hi" followed by the invalid UTF-8 bytes C3 28
//   /big?size=16777216         send one binary message of that size, byte i = i % 251, then echo
//   /refuse-protocol           accept, but select no subprotocol even when the client offered some
//   /status/403                refuse the handshake with that HTTP status
//   /fragmented                send the text "one two three" as three fragments with a ping between fragments, then
//                              the binary bytes 1..6 as three fragments with a ping between them, then echo
//   /lengths                   send binary messages of 0, 125, 126, 65535, 65536 and 1048576 bytes (byte i = i % 251), then echo
//   /count?n=10000             send n text messages "0".."n-1" (with &binary=1: binary, 4-byte big-endian index), then close 1000 "done"
//   /collect                   receive messages numbered as /count sends them; on the text message "end" close 1000 with
//                              the reason "<count> in order" or "out of order at <index>"
//   /headers                   send the handshake request headers as one JSON text message (names lower case), then echo
//   /silent                    stop reading from the socket: pings go unanswered, the TCP connection stays open (a dead peer)
// Every path accepts ?deflate=0, which turns permessage-deflate off for that connection (it is on otherwise).
// Subprotocols: the first one the client offered is selected (except /refuse-protocol).
import http from 'node:http';
import { WebSocketServer } from 'ws';

const pattern = (size) => {
  const buffer = Buffer.allocUnsafe(size);
  for (let i = 0; i < size; i++) buffer[i] = i % 251;
  return buffer;
};

const firstProtocol = (protocols) => protocols.values().next().value ?? false;
const refuseProtocol = () => false;

const servers = {};
for (const deflate of [true, false]) {
  for (const refuse of [true, false]) {
    servers[`${deflate}/${refuse}`] = new WebSocketServer({
      noServer: true,
      perMessageDeflate: deflate,
      handleProtocols: refuse ? refuseProtocol : firstProtocol,
    });
  }
}

const httpServer = http.createServer((req, res) => {
  res.writeHead(426, { 'Content-Type': 'text/plain' });
  res.end('WebSocket peer: upgrade required\n');
});

httpServer.on('upgrade', (req, socket, head) => {
  socket.on('error', () => {});
  const url = new URL(req.url, 'http://127.0.0.1');
  const status = /^\/status\/(\d{3})$/.exec(url.pathname);
  if (status) {
    socket.end(`HTTP/1.1 ${status[1]} Refused\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    return;
  }

  const deflate = url.searchParams.get('deflate') !== '0';
  const refuse = url.pathname === '/refuse-protocol';
  const server = servers[`${deflate}/${refuse}`];
  server.handleUpgrade(req, socket, head, (ws) => run(ws, url, req));
});

function echo(ws) {
  ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
}

function run(ws, url, req) {
  ws.on('error', (error) => process.stderr.write(`peer: ${error.message}\n`));
  const query = url.searchParams;
  switch (url.pathname) {
    case '/echo':
    case '/refuse-protocol':
      echo(ws);
      break;
    case '/close':
      ws.close(Number(query.get('code') ?? 1000), query.get('reason') ?? '');
      break;
    case '/close-empty':
      ws.close();
      break;
    case '/drop':
      if (query.get('how') === 'reset') {
        ws.once('message', () => ws._socket.resetAndDestroy());
      } else if (query.get('how') === 'short') {
        const frame = Buffer.alloc(4 + 10, 0x61);
        frame[0] = 0x82; // FIN, binary
        frame[1] = 126; // 16-bit length follows
        frame.writeUInt16BE(1000, 2);
        ws._socket.write(frame, () => ws._socket.destroy());
      } else {
        ws.send(Buffer.alloc(1000, 0x61), { binary: true, fin: false, compress: false }, () => ws._socket.destroy());
      }
      break;
    case '/invalid-utf8':
      // ws does not validate what it sends, so this goes out as one text frame (uncompressed).
      ws.send(Buffer.from([0x68, 0x69, 0xc3, 0x28]), { binary: false, compress: false });
      echo(ws);
      break;
    case '/big':
      ws.send(pattern(Number(query.get('size') ?? 16777216)), { binary: true });
      echo(ws);
      break;
    case '/fragmented':
      ws.send('one ', { binary: false, fin: false });
      ws.ping('between');
      ws.send('two ', { fin: false });
      ws.ping();
      ws.send('three', { fin: true });
      ws.send(Buffer.from([1, 2]), { binary: true, fin: false });
      ws.ping('b');
      ws.send(Buffer.from([3, 4]), { fin: false });
      ws.ping('c');
      ws.send(Buffer.from([5, 6]), { fin: true });
      echo(ws);
      break;
    case '/lengths':
      for (const size of [0, 125, 126, 65535, 65536, 1048576]) ws.send(pattern(size), { binary: true });
      echo(ws);
      break;
    case '/count': {
      const n = Number(query.get('n') ?? 10000);
      const binary = query.get('binary') === '1';
      for (let i = 0; i < n; i++) {
        if (binary) {
          const b = Buffer.allocUnsafe(4);
          b.writeUInt32BE(i, 0);
          ws.send(b, { binary: true });
        } else {
          ws.send(String(i), { binary: false });
        }
      }
      ws.close(1000, 'done');
      break;
    }
    case '/collect': {
      let count = 0;
      let failure = null;
      ws.on('message', (data, isBinary) => {
        if (!isBinary && data.toString() === 'end') {
          ws.close(1000, failure ?? `${count} in order`);
          return;
        }
        const value = isBinary ? (data.length === 4 ? data.readUInt32BE(0) : -1) : Number(data.toString());
        if (failure === null && value !== count) failure = `out of order at ${count}`;
        count++;
      });
      break;
    }
    case '/silent':
      ws._socket.pause();
      break;
    case '/headers':
      ws.send(JSON.stringify(req.headers), { binary: false });
      echo(ws);
      break;
    default:
      ws.close(4404, `unknown mode ${url.pathname}`);
      break;
  }
}

httpServer.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening ${httpServer.address().port}\n`);
});

process.stdin.on('end', () => process.exit(0));
process.stdin.on('close', () => process.exit(0));
process.stdin.resume();
