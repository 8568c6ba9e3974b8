// The ceiling of a scenario: a plain node:http server, in a process of its own as the API is, that answers every
// request with the bytes and Content-Type given on stdin ({ body: base64, contentType, status }). Prints its port.
import { createServer } from 'node:http';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { body, contentType, status } = JSON.parse(Buffer.concat(chunks).toString());
const bytes = Buffer.from(body, 'base64');
const server = createServer((req, res) => {
  // Read the request body (a POST's), as the API does, before answering.
  req.resume();
  req.on('end', () => {
    res.writeHead(status, { 'content-type': contentType, 'content-length': bytes.length });
    res.end(bytes);
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
