/**
 * Common passwords that pass the composition rules (R6) and must still be refused: a common word
 * dressed up with capitals, digits and symbols ("Salasana123!", "Kesäkuu2025!!", "Password2024#").
 * The check strips the dressing and compares what is left with a list of words people really
 * use, Finnish and Swedish ones first, and catches season/month + year patterns.
 */

// Words that, once capitalised and given digits and a symbol, make the most guessed passwords.
const COMMON_WORDS = new Set([
  // Finnish
  'salasana',
  'salasanani',
  'tunnus',
  'kayttaja',
  'käyttäjä',
  'tervetuloa',
  'moikka',
  'hei',
  'terve',
  'kissa',
  'koira',
  'suomi',
  'finland',
  'helsinki',
  'tampere',
  'turku',
  'oulu',
  'espoo',
  'vantaa',
  'perkele',
  'hyvää',
  'hyvaa',
  'rakkaus',
  'aurinko',
  'sairaala',
  'hoitaja',
  'terveys',
  'klinikka',
  'kesä',
  'kesa',
  'talvi',
  'kevät',
  'kevat',
  'syksy',
  'tammikuu',
  'helmikuu',
  'maaliskuu',
  'huhtikuu',
  'toukokuu',
  'kesäkuu',
  'kesakuu',
  'heinäkuu',
  'heinakuu',
  'elokuu',
  'syyskuu',
  'lokakuu',
  'marraskuu',
  'joulukuu',
  'joulu',
  'juhannus',
  'maanantai',
  'tiistai',
  'keskiviikko',
  'torstai',
  'perjantai',
  'lauantai',
  'sunnuntai',
  // Swedish
  'lösenord',
  'losenord',
  'sommar',
  'vinter',
  'våren',
  'varen',
  'hösten',
  'hosten',
  'höst',
  'host',
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
  'välkommen',
  'valkommen',
  // English and everywhere
  'password',
  'passw0rd',
  'passwort',
  'welcome',
  'letmein',
  'admin',
  'administrator',
  'qwerty',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'iloveyou',
  'monkey',
  'dragon',
  'football',
  'sunshine',
  'princess',
  'master',
  'secret',
  'changeme',
  'summer',
  'winter',
  'spring',
  'autumn',
  'fall',
  'january',
  'february',
  'march',
  'may',
  'june',
  'july',
  'august',
  'october',
  'abc',
  'abcd',
  'abcdef',
  'test',
  'user',
  'login',
  'default',
  // This product
  'teleq',
  'aurora',
  'auroratele',
  'auroratelq',
  'auroratelequ',
  'auroraqueue',
  'takaisinsoitto',
  'callback',
]);

// Leetspeak that people use to "strengthen" a word; undone before comparing.
const LEET: Record<string, string> = {
  '@': 'a',
  '4': 'a',
  '3': 'e',
  '1': 'i',
  '!': 'i',
  '0': 'o',
  $: 's',
  '5': 's',
  '7': 't',
};

function letters(text: string): string {
  return text.replace(/[^\p{L}]/gu, '');
}

/** True when the password is a common word plus digits and symbols (or nothing but those). */
export function isCommonPassword(password: string): boolean {
  const lower = password.normalize('NFC').toLocaleLowerCase('fi');
  const plain = letters(lower);
  if (plain.length === 0) return true; // digits and symbols only: "123456789012!" and the like
  if (COMMON_WORDS.has(plain)) return true;
  // "P@ssw0rd2024!" → "password"; "Sa1asana" → "saiasana" misses, so try the word part only
  const wordPart = lower.replace(/[0-9]+[^\p{L}]*$/u, '').replace(/[^\p{L}0-9@$!]+$/u, '');
  const deLeeted = letters([...wordPart].map((c) => LEET[c] ?? c).join(''));
  if (COMMON_WORDS.has(deLeeted)) return true;
  // Two common words together ("KesäSalasana2025!"), or a word repeated ("KissaKissa12!")
  for (const word of COMMON_WORDS) {
    if (word.length >= 3 && plain.startsWith(word) && COMMON_WORDS.has(plain.slice(word.length)))
      return true;
  }
  return false;
}
