/** Finnish: the default language and the shape every other language must match. */
export const fi = {
  app: {
    name: 'Aurora teleQ',
    tagline: 'Kirjaudu teleQ-palveluun',
    starting: 'Käynnistetään…',
    startFailedTitle: 'Aurora teleQ ei käynnistynyt',
    startFailedText:
      'Sovellus ei vastannut. Yritä uudelleen. Jos tilanne toistuu, ota yhteyttä IT-tukeen.',
    noBridgeTitle: 'Avaa Aurora teleQ sovelluksesta',
    noBridgeText:
      'Tämä sivu toimii vain Aurora teleQ -sovelluksessa. Avaa sovellus työpöydältä tai Käynnistä-valikosta.',
    server: 'Palvelun osoite: {{serverUrl}}',
    retry: 'Yritä uudelleen',
  },
  language: {
    label: 'Kieli',
    fi: 'Suomi',
    sv: 'Svenska',
    en: 'English',
  },
  common: {
    busy: 'Odota hetki…',
    cancel: 'Peruuta',
    or: 'tai',
    showPassword: 'Näytä salasana',
    capsLock: 'Caps Lock on päällä.',
    dismiss: 'Sulje',
  },
  known: {
    title: 'Kuka kirjautuu?',
    intro: 'Tämä laite muistaa sinut: valitse nimesi ja anna salasanasi.',
    listLabel: 'Muistetut käyttäjät',
    someoneElse: 'Joku muu',
    someoneElseHint: 'Kirjaudu käyttäjätunnuksella ja sähköpostiosoitteella',
    remove: 'Poista {{name}} tältä laitteelta',
    removeShort: 'Poista tältä laitteelta',
    removed: '{{name}} poistettiin tältä laitteelta.',
  },
  step1: {
    title: 'Kirjaudu sisään',
    reason:
      'Uudella laitteella tai ensimmäisellä kirjautumiskerralla anna sekä käyttäjätunnus että sähköpostiosoite.',
    username: 'Käyttäjätunnus',
    email: 'Sähköpostiosoite',
    submit: 'Jatka',
    usernameRequired: 'Anna käyttäjätunnuksesi.',
    usernameInvalid: 'Käyttäjätunnuksessa voi olla vain kirjaimia, numeroita ja merkkejä . _ @ + -',
    emailRequired: 'Anna sähköpostiosoitteesi.',
    emailInvalid: 'Anna sähköpostiosoite muodossa nimi@esimerkki.fi.',
    backToUsers: 'Takaisin muistettuihin käyttäjiin',
  },
  step2: {
    title: 'Anna salasanasi',
    signingInAs: 'Kirjaudut käyttäjänä',
    notYou: 'Etkö ole sinä?',
    otherUser: 'Käytä toista käyttäjätunnusta',
    organisation: 'Organisaatio: {{organisation}}',
    password: 'Salasana',
    submit: 'Kirjaudu',
    passwordRequired: 'Anna salasanasi.',
    forgot: 'Unohditko salasanasi?',
    choiceTitle: 'Valitse kirjautumistapa',
    choicePassword: 'teleQ-salasanalla',
    choiceSso: 'Kertakirjautumisella',
    ssoHint:
      'Organisaatiosi käyttää kertakirjautumista: kirjaudu työtunnuksellasi ilman teleQ-salasanaa.',
    ssoButton: 'Kirjaudu kertakirjautumisella',
  },
  sso: {
    title: 'Kertakirjautuminen',
    waiting: 'Viimeistele kirjautuminen avautuneessa ikkunassa. Tämä näkymä jatkuu itsestään.',
    cancel: 'Peruuta kertakirjautuminen',
  },
  change: {
    forcedTitle: 'Salasanasi on vanhentunut',
    forcedWhy: 'Salasana on vaihdettava {{days}} päivän välein. Valitse uusi salasana jatkaaksesi.',
    forcedOld: 'Kun olet vaihtanut salasanan, vanha salasanasi ei enää toimi.',
    voluntaryTitle: 'Vaihda salasana',
    voluntaryIntro:
      'Vain sinä voit vaihtaa salasanasi. Vanha salasana lakkaa toimimasta heti, kun vaihdat sen.',
    current: 'Nykyinen salasana',
    new: 'Uusi salasana',
    repeat: 'Uusi salasana uudelleen',
    submit: 'Vaihda salasana',
    currentRequired: 'Anna nykyinen salasanasi.',
    newRequired: 'Anna uusi salasana.',
    rulesNotMet: 'Uusi salasana ei täytä kaikkia sääntöjä.',
    repeatRequired: 'Anna uusi salasana uudelleen.',
    repeatMismatch: 'Salasanat eivät ole samat.',
    doneTitle: 'Salasana vaihdettu',
    doneText_one: 'Uusi salasanasi on voimassa {{date}} asti ({{count, number}} päivä).',
    doneText_other: 'Uusi salasanasi on voimassa {{date}} asti ({{count, number}} päivää).',
    backToTeleq: 'Takaisin teleQ:hun',
  },
  checklist: {
    title: 'Uudessa salasanassa on oltava',
    too_short: 'vähintään {{min}} merkkiä',
    missing_uppercase: 'iso kirjain (A–Ö)',
    missing_lowercase: 'pieni kirjain (a–ö)',
    missing_digit: 'numero (0–9)',
    missing_special: 'erikoismerkki, esimerkiksi ! ? # tai välilyönti',
    too_long: 'enintään {{max}} merkkiä',
    contains_username: 'ei käyttäjätunnustasi',
    contains_email: 'ei sähköpostiosoitettasi',
    common_password: 'ei yleistä salasanaa tai sanaa',
    reused: 'ei mitään {{history}} edellisestä salasanastasi',
    matches: 'sama salasana molemmissa kentissä',
    met: 'Täyttyy:',
    unmet: 'Ei vielä:',
    refused: 'Palvelu ei hyväksynyt:',
  },
  forgot: {
    title: 'Unohtunut salasana',
    intro:
      'Anna käyttäjätunnuksesi ja teleQ:hun tallennettu sähköpostiosoitteesi. Jos ne täsmäävät, lähetämme koodin tähän osoitteeseen.',
    emailCurrent:
      'teleQ:ssa olevan sähköpostiosoitteen on oltava ajan tasalla. Jos se ei ole, pyydä organisaatiosi teleQ-pääkäyttäjää päivittämään se; jos et tavoita pääkäyttäjää, ota yhteyttä teleQ-asiakastukeen.',
    submit: 'Lähetä koodi',
    sentTitle: 'Tarkista sähköpostisi',
    sent: 'Jos käyttäjätunnus ja sähköpostiosoite täsmäävät, lähetimme koodin osoitteeseen {{email}}. Koodi on voimassa lyhyen aikaa.',
    code: 'Koodi',
    codeHint: 'Sähköpostissa saamasi 6–10 numeroa',
    codeRequired: 'Anna sähköpostissa saamasi koodi.',
    codeInvalid: 'Koodissa on 6–10 numeroa.',
    submitReset: 'Aseta uusi salasana',
    newCode: 'Pyydä uusi koodi',
    doneTitle: 'Uusi salasana asetettu',
    doneText:
      'Uusi salasanasi on voimassa {{date}} asti. Sinut kirjattiin ulos kaikkialta; kirjaudu nyt uudella salasanalla.',
    backToLogin: 'Takaisin kirjautumiseen',
    back: 'Takaisin',
  },
  errors: {
    invalid_input:
      'Sovellus ei voinut käsitellä annettuja tietoja. Tarkista kentät ja yritä uudelleen.',
    invalid_credentials: 'Käyttäjätunnus tai salasana on väärin.',
    invalid_current_password: 'Nykyinen salasana on väärin.',
    locked:
      'Tili on lukittu liian monen epäonnistuneen yrityksen vuoksi. Yritä uudelleen {{wait}} kuluttua.',
    lockedLater:
      'Tili on lukittu liian monen epäonnistuneen yrityksen vuoksi. Yritä myöhemmin uudelleen.',
    rate_limited:
      'Tältä laitteelta on tullut liian monta yritystä. Yritä uudelleen {{wait}} kuluttua.',
    rateLimitedLater: 'Tältä laitteelta on tullut liian monta yritystä. Yritä myöhemmin uudelleen.',
    server_unreachable:
      'teleQ-palveluun ei saada yhteyttä osoitteessa {{serverUrl}}. Tarkista verkkoyhteys ja yritä uudelleen.',
    tls_error:
      'Suojattua yhteyttä osoitteeseen {{serverUrl}} ei voitu varmentaa, joten mitään ei lähetetty. Ota yhteyttä IT-tukeen.',
    timeout: 'teleQ-palvelu osoitteessa {{serverUrl}} ei vastannut ajoissa. Yritä uudelleen.',
    server_error:
      'teleQ-palvelu vastasi odottamattomasti. Yritä uudelleen. Jos tilanne toistuu, ota yhteyttä asiakastukeen.',
    password_policy: 'Palvelu ei hyväksynyt uutta salasanaa. Hylätyt säännöt on merkitty listaan.',
    invalid_code:
      'Koodi on väärä, käytetty tai vanhentunut. Tarkista sähköposti tai pyydä uusi koodi.',
    flow_expired: 'Kirjautuminen kesti liian kauan ja keskeytettiin. Aloita alusta.',
    unknown_device:
      'Tämä laite ei enää muista sinua. Kirjaudu käyttäjätunnuksella ja sähköpostiosoitteella.',
    session_expired: 'Istuntosi on päättynyt. Kirjaudu uudelleen.',
    sso_cancelled: 'Kertakirjautuminen peruttiin. Yritä uudelleen tai kirjaudu salasanalla.',
    sso_failed:
      'Kertakirjautuminen ei onnistunut: {{reason}} Yritä uudelleen tai kirjaudu salasanalla.',
    sso_in_progress:
      'Kertakirjautuminen on jo auki toisessa ikkunassa. Viimeistele tai sulje se ensin.',
    keychain_unavailable:
      'Tämä laite ei juuri nyt voi tallentaa tunnistettaan. Voit silti kirjautua, mutta joka kerta käyttäjätunnuksella ja sähköpostiosoitteella.',
  },
  ssoReasons: {
    cancelled: 'se peruttiin tunnistuspalvelussa.',
    provider_error: 'organisaatiosi tunnistuspalvelu ilmoitti virheestä.',
    state_mismatch: 'vastaus ei kuulunut tähän kirjautumiseen.',
    invalid_token: 'tunnistuspalvelun vastaus ei läpäissyt turvatarkistuksia.',
    code_invalid: 'kirjautumiskoodi oli vanhentunut tai jo käytetty.',
    verifier_mismatch: 'vastaus ei kuulunut tähän kirjautumiseen.',
    unknown_subject:
      'työtunnustasi ei ole liitetty teleQ-käyttäjään. Ota yhteyttä teleQ-pääkäyttäjään.',
    wrong_organisation: 'työtunnuksesi kuuluu toiseen organisaatioon.',
    provider_unreachable: 'organisaatiosi tunnistuspalveluun ei saada yhteyttä.',
    invalid_redirect_uri: 'kirjautumisosoitetta ei hyväksytty.',
    unknown: 'tapahtui odottamaton virhe.',
  },
  wait: {
    seconds_one: '{{count, number}} sekunnin',
    seconds_other: '{{count, number}} sekunnin',
    minutes_one: '{{count, number}} minuutin',
    minutes_other: '{{count, number}} minuutin',
    hours_one: '{{count, number}} tunnin',
    hours_other: '{{count, number}} tunnin',
  },
  notices: {
    region: 'Ilmoitukset',
    legacyServerRewritten:
      'Vanha osoite {{from}} ei enää kirjaa teleQ:hun, joten käytössä on uusi osoite {{to}}. Pyydä IT-tukea päivittämään asetus.',
    legacyLinkRewritten:
      'Linkki vanhaan osoitteeseen {{from}} avattiin uudessa osoitteessa {{to}}.',
    keychainUnavailable:
      'Laitteen suojattu tallennus ei ole käytettävissä ({{problem}}). Kirjautuminen toimii, mutta tarvitset joka kerta käyttäjätunnuksen ja sähköpostiosoitteen.',
    keychainMissing: 'ei asennettu',
    keychainLocked: 'lukittu',
    keychainDenied: 'pääsy estetty',
    keychainCorrupt: 'vioittunut',
    configInvalid: 'Asetus "{{key}}" ({{source}}) on virheellinen, joten käytetään oletusarvoa.',
    sourceDefault: 'oletus',
    sourceFile: 'asetustiedosto',
    sourcePolicy: 'ryhmäkäytäntö',
    sourceFlag: 'käynnistysvalinta',
    insecureServerRefused: 'Osoite {{serverUrl}} ei ole suojattu (https), joten sitä ei käytetty.',
    deviceForgotten:
      'teleQ-palvelu ei enää tunne tätä laitetta. Kirjaudu käyttäjätunnuksella ja sähköpostiosoitteella.',
    serverUnreachable: 'teleQ-palveluun ei saada yhteyttä osoitteessa {{serverUrl}}.',
    navigationBlocked: 'Osoite {{url}} ei ole sallittu teleQ:ssa, eikä sitä avattu.',
    downloadBlocked: 'Tiedoston {{filename}} lataaminen ei ole sallittu tällä laitteella.',
    downloadSaved: '{{filename}} tallennettiin.',
  },
  loggedOut: {
    user: 'Olet kirjautunut ulos.',
    'switch-user': 'Kirjauduit ulos. Seuraava käyttäjä voi kirjautua.',
    idle: 'Sinut kirjattiin ulos, koska laitetta ei käytetty vähään aikaan.',
    'os-lock': 'Sinut kirjattiin ulos, koska tietokone lukittiin.',
    suspend: 'Sinut kirjattiin ulos, koska tietokone siirtyi lepotilaan.',
    'web-logout': 'Kirjauduit ulos teleQ:sta.',
    'session-ended': 'teleQ-istuntosi päättyi. Kirjaudu uudelleen.',
    crash:
      'teleQ-ikkuna pysähtyi odottamatta, joten sinut kirjattiin ulos tietojesi suojaamiseksi.',
  },
  idle: {
    title: 'Oletko vielä paikalla?',
    announce:
      'Sinut kirjataan pian ulos, koska laitetta ei ole käytetty. Valitse Jatka pysyäksesi kirjautuneena.',
    countdown_one: 'Uloskirjaus {{count, number}} sekunnin kuluttua',
    countdown_other: 'Uloskirjaus {{count, number}} sekunnin kuluttua',
    continue: 'Jatka',
    policy: 'Automaattinen uloskirjaus {{wait}} käyttämättömyyden jälkeen',
  },
  bar: {
    label: 'teleQ-istunto',
    user: 'Kirjautunut: {{name}}',
    expires_one: 'Salasana vanhenee {{count, number}} päivän kuluttua',
    expires_other: 'Salasana vanhenee {{count, number}} päivän kuluttua',
    expiresToday: 'Salasana vanhenee tänään',
    validUntil: 'Salasana voimassa {{date}} asti',
    changePassword: 'Vaihda salasana',
    logout: 'Kirjaudu ulos',
    switchUser: 'Vaihda käyttäjää',
    changed: 'Salasana vaihdettu. Voimassa {{date}} asti.',
  },
};

export type Resources = { [S in keyof typeof fi]: Record<keyof (typeof fi)[S], string> };
