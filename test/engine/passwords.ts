/**
 * A thousand guesses of the kind people commit (season/month/name + year + symbol), built at test
 * time; `Summer2024!` is among them, so a fast hash of it would be found.
 */
export function commonPasswords(): string[] {
  const words = [
    'Summer',
    'Winter',
    'Spring',
    'Autumn',
    'Password',
    'Welcome',
    'Admin',
    'Letmein',
    'Dragon',
    'Monkey',
    'Qwerty',
    'Football',
    'Baseball',
    'Master',
    'Shadow',
    'Sunshine',
    'Princess',
    'Company',
    'January',
    'December',
    'Secret',
    'Changeme',
    'Hello',
    'Trustno1',
    'Iloveyou',
  ];
  const years = ['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'];
  const tails = ['', '!', '1', '#', '@'];
  const out: string[] = [];
  for (const word of words) for (const year of years) for (const tail of tails) out.push(`${word}${year}${tail}`);
  return out.slice(0, 1000);
}
