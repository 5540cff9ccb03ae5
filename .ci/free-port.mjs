// Prints the port given as argument if it is free on 127.0.0.1, else a free one the system picks.
import { createServer } from 'node:net';
import process from 'node:process';

const probe = (port) =>
  new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      server.close(() => resolve(bound));
    });
  });

process.stdout.write(`${(await probe(Number(process.argv[2]))) ?? (await probe(0))}\n`);
