/**
 * What Group Policy Management shows for each setting, in English and Finnish. Typed by the
 * configuration keys, so a new key does not compile until it has its texts here.
 */
import type { ConfigKey } from '../../shared/config/schema';

export type PolicyLanguage = 'en-US' | 'fi-FI';
type Localised = Record<PolicyLanguage, string>;

export const CATEGORIES = {
  Connection: { 'en-US': 'Connection', 'fi-FI': 'Yhteys' },
  SignIn: { 'en-US': 'Sign-in', 'fi-FI': 'Kirjautuminen' },
  Session: { 'en-US': 'Session and mode', 'fi-FI': 'Istunto ja käyttötila' },
  Window: { 'en-US': 'Window, links and downloads', 'fi-FI': 'Ikkuna, linkit ja lataukset' },
} as const satisfies Record<string, Localised>;
export type CategoryId = keyof typeof CATEGORIES;

export interface PolicyText {
  category: CategoryId;
  name: Localised;
  explain: Localised;
  /** The label of the input box or drop-down in the policy's dialog. */
  label: Localised;
  /** For enums: a display name per allowed value. */
  items?: Record<string, Localised>;
}

export const PRODUCT: { name: Localised; description: Localised; supported: Localised } = {
  name: { 'en-US': 'Aurora teleQ', 'fi-FI': 'Aurora teleQ' },
  description: {
    'en-US': 'Machine policy for the Aurora teleQ login client.',
    'fi-FI': 'Aurora teleQ -kirjautumisohjelman konekohtaiset käytännöt.',
  },
  supported: {
    'en-US': 'Aurora teleQ client 0.1 or later',
    'fi-FI': 'Aurora teleQ -ohjelma 0.1 tai uudempi',
  },
};

export const POLICY_TEXTS: Record<ConfigKey, PolicyText> = {
  serverUrl: {
    category: 'Connection',
    name: { 'en-US': 'Login service address', 'fi-FI': 'Kirjautumispalvelun osoite' },
    explain: {
      'en-US':
        'The address of the teleQ login service. The old addresses takaisinsoitto.fi and teleq.fi no longer log in: if one is given, the client uses https://aurorateleq.com with the same path and shows a notice.',
      'fi-FI':
        'teleQ-kirjautumispalvelun osoite. Vanhat osoitteet takaisinsoitto.fi ja teleq.fi eivät enää kirjaa sisään: jos sellainen annetaan, ohjelma käyttää osoitetta https://aurorateleq.com samalla polulla ja näyttää ilmoituksen.',
    },
    label: { 'en-US': 'Address (https://…)', 'fi-FI': 'Osoite (https://…)' },
  },
  mode: {
    category: 'Session',
    name: { 'en-US': 'Mode', 'fi-FI': 'Käyttötila' },
    explain: {
      'en-US':
        'Workstation: one person’s computer in a call centre, a normal window. Shared terminal: a clinic terminal used by many, full screen, several remembered users, logout when idle, when the computer locks or sleeps. Several other settings default differently in each mode.',
      'fi-FI':
        'Työasema: yhden henkilön tietokone esimerkiksi puhelinpalvelussa, tavallinen ikkuna. Yhteiskäyttöpääte: monen käyttämä pääte vastaanotolla, koko näyttö, useita muistettuja käyttäjiä, uloskirjautuminen toimettomuuden, koneen lukituksen tai lepotilan jälkeen. Usean muun asetuksen oletusarvo riippuu käyttötilasta.',
    },
    label: { 'en-US': 'Mode', 'fi-FI': 'Käyttötila' },
    items: {
      workstation: { 'en-US': 'Workstation', 'fi-FI': 'Työasema' },
      'shared-terminal': { 'en-US': 'Shared terminal', 'fi-FI': 'Yhteiskäyttöpääte' },
    },
  },
  idleTimeoutMinutes: {
    category: 'Session',
    name: {
      'en-US': 'Idle logout (minutes)',
      'fi-FI': 'Uloskirjautuminen toimettomuuden jälkeen (min)',
    },
    explain: {
      'en-US':
        'Minutes without keyboard or mouse input before the user is logged out. 0 turns idle logout off.',
      'fi-FI':
        'Minuutit ilman näppäimistön tai hiiren käyttöä, joiden jälkeen käyttäjä kirjataan ulos. 0 poistaa toiminnon käytöstä.',
    },
    label: { 'en-US': 'Minutes', 'fi-FI': 'Minuuttia' },
  },
  idleWarningSeconds: {
    category: 'Session',
    name: {
      'en-US': 'Idle logout warning (seconds)',
      'fi-FI': 'Varoitus ennen uloskirjautumista (s)',
    },
    explain: {
      'en-US': 'Seconds of visible countdown before an idle logout, so the user can continue.',
      'fi-FI':
        'Kuinka monta sekuntia näkyvää lähtölaskentaa näytetään ennen uloskirjautumista, jotta käyttäjä voi jatkaa.',
    },
    label: { 'en-US': 'Seconds', 'fi-FI': 'Sekuntia' },
  },
  rememberUsers: {
    category: 'SignIn',
    name: {
      'en-US': 'Remember users on this device',
      'fi-FI': 'Muista käyttäjät tällä laitteella',
    },
    explain: {
      'en-US':
        'Enabled: a user who has logged in on this device before goes straight to step 2 (password or single sign-on). Disabled: every login starts at step 1 (username and email address).',
      'fi-FI':
        'Käytössä: käyttäjä, joka on kirjautunut tällä laitteella aiemmin, siirtyy suoraan vaiheeseen 2 (salasana tai kertakirjautuminen). Ei käytössä: jokainen kirjautuminen alkaa vaiheesta 1 (käyttäjätunnus ja sähköpostiosoite).',
    },
    label: { 'en-US': 'Remember users', 'fi-FI': 'Muista käyttäjät' },
  },
  maxRememberedUsers: {
    category: 'SignIn',
    name: { 'en-US': 'Most users remembered', 'fi-FI': 'Muistettujen käyttäjien enimmäismäärä' },
    explain: {
      'en-US': 'How many users the login screen offers on this device (the most recent first).',
      'fi-FI':
        'Kuinka monta käyttäjää kirjautumisnäkymä tarjoaa tällä laitteella (viimeisin ensin).',
    },
    label: { 'en-US': 'Users', 'fi-FI': 'Käyttäjiä' },
  },
  ssoBrowser: {
    category: 'SignIn',
    name: { 'en-US': 'Single sign-on window', 'fi-FI': 'Kertakirjautumisen ikkuna' },
    explain: {
      'en-US':
        'System browser: the organisation’s sign-in page opens in the default browser, where an existing browser sign-in applies (workstations). Embedded: a throw-away window inside the client, so the next user never inherits a sign-in (shared terminals).',
      'fi-FI':
        'Järjestelmän selain: organisaation kirjautumissivu avautuu oletusselaimeen, jossa olemassa oleva selainkirjautuminen pätee (työasemat). Upotettu: kertakäyttöinen ikkuna ohjelman sisällä, jolloin seuraava käyttäjä ei peri edellisen kirjautumista (yhteiskäyttöpäätteet).',
    },
    label: { 'en-US': 'Window', 'fi-FI': 'Ikkuna' },
    items: {
      system: { 'en-US': 'System browser', 'fi-FI': 'Järjestelmän selain' },
      embedded: { 'en-US': 'Embedded window', 'fi-FI': 'Upotettu ikkuna' },
    },
  },
  language: {
    category: 'Window',
    name: { 'en-US': 'Language', 'fi-FI': 'Kieli' },
    explain: {
      'en-US': 'The language of the login screens. Automatic follows the language of Windows.',
      'fi-FI': 'Kirjautumisnäkymien kieli. Automaattinen seuraa Windowsin kieltä.',
    },
    label: { 'en-US': 'Language', 'fi-FI': 'Kieli' },
    items: {
      auto: { 'en-US': 'Automatic', 'fi-FI': 'Automaattinen' },
      fi: { 'en-US': 'Finnish', 'fi-FI': 'suomi' },
      sv: { 'en-US': 'Swedish', 'fi-FI': 'ruotsi' },
      en: { 'en-US': 'English', 'fi-FI': 'englanti' },
    },
  },
  allowedOrigins: {
    category: 'Connection',
    name: { 'en-US': 'Additional allowed origins', 'fi-FI': 'Muut sallitut alkuperät' },
    explain: {
      'en-US':
        'Addresses (scheme, host and port, one per line, such as https://video.example.fi) that may load inside the teleQ window besides the login service itself.',
      'fi-FI':
        'Osoitteet (protokolla, palvelin ja portti, yksi riville, esimerkiksi https://video.example.fi), jotka saavat avautua teleQ-ikkunassa kirjautumispalvelun lisäksi.',
    },
    label: { 'en-US': 'Origins, one per line', 'fi-FI': 'Alkuperät, yksi riville' },
  },
  externalLinks: {
    category: 'Window',
    name: { 'en-US': 'External links', 'fi-FI': 'Ulkoiset linkit' },
    explain: {
      'en-US':
        'What happens to a link that leaves teleQ: open it in the default browser, or block it with a notice.',
      'fi-FI':
        'Mitä teleQ:sta ulos vievälle linkille tehdään: avataan oletusselaimessa tai estetään ilmoituksen kera.',
    },
    label: { 'en-US': 'Links', 'fi-FI': 'Linkit' },
    items: {
      'system-browser': {
        'en-US': 'Open in the default browser',
        'fi-FI': 'Avaa oletusselaimessa',
      },
      block: { 'en-US': 'Block', 'fi-FI': 'Estä' },
    },
  },
  downloads: {
    category: 'Window',
    name: { 'en-US': 'Downloads', 'fi-FI': 'Lataukset' },
    explain: {
      'en-US': 'Whether files (such as Customer Log 2.0 reports) may be downloaded.',
      'fi-FI': 'Saako tiedostoja (kuten Customer Log 2.0 -raportteja) ladata.',
    },
    label: { 'en-US': 'Downloads', 'fi-FI': 'Lataukset' },
    items: {
      allow: { 'en-US': 'Allow', 'fi-FI': 'Salli' },
      block: { 'en-US': 'Block', 'fi-FI': 'Estä' },
    },
  },
  downloadDirectory: {
    category: 'Window',
    name: { 'en-US': 'Download folder', 'fi-FI': 'Latauskansio' },
    explain: {
      'en-US': 'Where allowed downloads are saved. Empty: the user’s Downloads folder.',
      'fi-FI': 'Minne sallitut lataukset tallennetaan. Tyhjä: käyttäjän Lataukset-kansio.',
    },
    label: { 'en-US': 'Folder', 'fi-FI': 'Kansio' },
  },
  allowDevTools: {
    category: 'Window',
    name: { 'en-US': 'Allow developer tools', 'fi-FI': 'Salli kehittäjätyökalut' },
    explain: {
      'en-US': 'For troubleshooting with support only. Keep it disabled in production.',
      'fi-FI': 'Vain vianmääritykseen tuen kanssa. Pidä tuotannossa pois käytöstä.',
    },
    label: { 'en-US': 'Developer tools', 'fi-FI': 'Kehittäjätyökalut' },
  },
  requestTimeoutSeconds: {
    category: 'Connection',
    name: { 'en-US': 'Connection timeout (seconds)', 'fi-FI': 'Yhteyden aikakatkaisu (s)' },
    explain: {
      'en-US':
        'Seconds to wait for the login service before telling the user it cannot be reached.',
      'fi-FI':
        'Kuinka monta sekuntia kirjautumispalvelua odotetaan ennen kuin käyttäjälle kerrotaan, ettei siihen saada yhteyttä.',
    },
    label: { 'en-US': 'Seconds', 'fi-FI': 'Sekuntia' },
  },
};
