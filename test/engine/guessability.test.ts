/**
 * Which values get the keyed fast hash (`hmac:`) and which the slow one (`scrypt:`): generated
 * tokens of 150+ random bits go fast, anything a person could have chosen stays slow. The human
 * side is the one that must never fail (a fast hash of a guessable value is a leak); the token
 * side is a cost, measured here as a share so that a regression shows.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { creditedBits, isUnguessable, UNGUESSABLE_BITS } from '../../server/src/engine/guessability.js';
import { fake, fakePem, seededRandom } from '../../server/src/engine/fake.js';
import { B62, B64 } from '../../server/src/engine/patterns.js';
import { hashKindOf, secretHash } from '../../server/src/engine/index.js';
import { commonPasswords } from './passwords.js';

/** Passwords and phrases people choose, with the structure crackers' rules exploit. */
const HUMAN = [
  'Summer2024!Summer2024!Summer2024!',
  'correct-horse-battery-staple-orange-violin',
  'MyS3cretP@ssw0rdForProd2024!',
  'Th1s1sMyS3cr3tP4ssw0rdF0rPr0d!',
  'superdupersecretpasswordfortheprodcluster123',
  'P@ssw0rd!P@ssw0rd!P@ssw0rd!2024',
  'ILoveMyDog_Rex_2019_Forever_And_Ever!',
  'my-super-secret-password-for-the-database-prod',
  'Tr0ub4dor&3Tr0ub4dor&3Tr0ub4dor&3',
  'Password1234567890Password1234567890',
  'CorrectHorseBatteryStaple2024!?CorrectHorse',
  'Jan-Feb-Mar-Apr-May-Jun-Jul-Aug-Sep-Oct-Nov-Dec',
  'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6',
  'Qwerty123!Asdfgh456@Zxcvbn789#Qwerty',
  'Abc123!@#Def456$%^Ghi789&*(Jkl012',
  'My_P4ss-W0rd.Is:Very/Long+2024-and-Safe',
  'zaq1@WSXcde3$RFVbgt5^YHNmju7&UJM',
  'thequickbrownfoxjumpsoverthelazydog1!',
  'admin:admin@localhost:5432/postgres_database',
  '0123456789012345678901234567890123456789',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
];

describe('guessability: which hash a value gets', () => {
  it('every human-chosen password or phrase gets the slow hash', () => {
    for (const value of [...HUMAN, ...commonPasswords(), ...commonPasswords().map((p) => `${p}${p}${p}`)])
      assert.equal(isUnguessable(value), false, `${value.slice(0, 6)}… (${creditedBits(value).toFixed(0)} credited bits)`);
    for (const value of HUMAN.slice(0, 3)) assert.match(secretHash(value, 'ab'.repeat(16)), /^scrypt:[0-9a-f]{64}$/);
  });

  it('short values are slow whatever they look like', () => {
    assert.equal(isUnguessable(fake(B62, 19, 'short')), false);
  });

  it('generated tokens of 150+ random bits mostly get the fast one', () => {
    const share = (make: (i: number) => string) => {
      let fast = 0;
      for (let i = 0; i < 400; i++) if (isUnguessable(make(i))) fast++;
      return fast / 400;
    };
    const ghp = share((i) => `ghp_${fake(B62, 36, `ghp${i}`)}`);
    const awsSecret = share((i) => fake(B64, 40, `aws${i}`));
    const hex64 = share((i) => fake({ re: '0-9a-f', chars: '0123456789abcdef' }, 64, `hex${i}`));
    assert.ok(ghp >= 0.85, `GitHub-shaped tokens: ${ghp}`);
    assert.ok(awsSecret >= 0.85, `AWS-secret-shaped keys: ${awsSecret}`);
    assert.ok(hex64 >= 0.4, `64 hex characters: ${hex64}`);
    const pem = fakePem('PRIVATE KEY', 600, 'guess');
    assert.equal(hashKindOf(pem), 'hmac');
    assert.match(secretHash(pem, 'ab'.repeat(16)), /^hmac:[0-9a-f]{64}$/);
  });

  it('the estimate undercounts randomness: never more bits than the alphabet gives', () => {
    const random = seededRandom('undercount');
    for (let i = 0; i < 200; i++) {
      const length = 20 + Math.floor(random() * 60);
      const value = fake(B62, length, `u${i}`);
      assert.ok(creditedBits(value) <= length * Math.log2(62) + 1e-9, value.slice(0, 4));
    }
    assert.ok(UNGUESSABLE_BITS >= 100);
  });
});
