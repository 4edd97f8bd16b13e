/** Argument errors read as sentences and suggest the option the user meant (issue 11 item 9). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { closest, explainUnknownOption } from '../../server/src/cli/suggest.js';
import { runCli, tempTree } from '../helpers.js';

describe('argument errors', () => {
  it('a mistyped option names the closest one (built CLI, exit 2)', () => {
    const dir = tempTree({ 'a.txt': 'hello\n' });
    const typo = runCli(['scan', '--fromat', 'json', '.'], { cwd: dir });
    assert.equal(typo.status, 2);
    assert.match(typo.stderr, /^leakproof: unknown option --fromat \(did you mean --format\?\)$/m);
    const unknown = runCli(['scan', '--zzz', '.'], { cwd: dir });
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^leakproof: unknown option --zzz$/m);
    const format = runCli(['scan', '--format', 'xml', '.'], { cwd: dir });
    assert.equal(format.status, 2, 'an unknown --format value is rejected');
  });

  it('suggests within two edits only, swaps counting as one', () => {
    assert.equal(closest('fromat', ['format', 'output']), 'format');
    assert.equal(closest('min-confidance', ['min-confidence', 'config']), 'min-confidence');
    assert.equal(closest('xyz', ['format', 'output']), undefined);
    assert.equal(
      explainUnknownOption("Unknown option '--ouput'. To specify …", ['output']),
      'unknown option --ouput (did you mean --output?)',
    );
    assert.equal(explainUnknownOption('something else', ['output']), 'something else');
  });
});
