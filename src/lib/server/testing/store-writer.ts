// A store writer in a process of its own, for tests that kill it: it reads one command a line
// on stdin and answers each once it is done, so the test knows which writes were acknowledged.
//   brief NAME   creates a briefing and answers "ok ID" once the write is committed
//   reopen       opens the same store again and closes it, as an import worker does
import { createInterface } from 'node:readline';
import { createBriefing } from '../briefings';
import { openStore } from '../store';

const file = process.argv[2];
if (!file) throw new Error('usage: store-writer.ts STORE');
const store = openStore(file);

for await (const line of createInterface({ input: process.stdin })) {
	const [command, ...rest] = line.trim().split(' ');
	if (command === 'brief') console.log(`ok ${createBriefing(store, rest.join(' '))}`);
	else if (command === 'reopen') {
		openStore(file).close();
		console.log('ok');
	} else console.log(`unknown ${command}`);
}
