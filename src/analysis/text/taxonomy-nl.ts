/**
 * Dutch (and Flemish) vocabulary of the built-in taxonomy, written by hand from everyday customer
 * language: compounds ("*bezorg*"), dt-errors ("gebelt", "word"), chat shorthand, Flemish words
 * ("openingsuren", "goesting", "kleedje"), English loanwords ("tracking", "checkout", "sale").
 * Terms are over normalised text (lower case, no accents or punctuation); see taxonomy.ts for the
 * syntax. Not derived from any labelled data set.
 */
import type { BuiltinThemeId, ThemeVocabulary } from './taxonomy.ts';

const DAY = '(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:s|en|middag|avond|ochtend|morgen)?';

export const NL_TAXONOMY: Record<BuiltinThemeId, ThemeVocabulary> = {
  price: {
    strong: [
      'prijs', 'prijzen', 'prijs*', '*prijs', '*prijzen', 'prijzig*', 'duur', 'duurder', 'duurste', 'peperduur',
      'goedkoop*', 'goedkoper', 'betaalbaar*', 'onbetaalbaar', 'korting*', '*korting', 'aanbieding*', 'euro',
      'eur', 'kost', 'kosten', 'kostte', 'kostten', 'gekost', '*kosten', '*tarief', 'tarief*', 'tarieven',
      'uurloon', 'uurtarief', 'afzetterij', 'afgezet', 'geprijsd', 'overprijsd', 'spaarpunten', 'stempelkaart',
      'spaarkaart', 'kortingscode', 'prijs kwaliteit', 'geld waard', 'waar voor je geld', 'woekerprijs*',
      'zakkenvullers', 'bedrag', 'bedragen', 'meerkosten', 'bijbetalen', 'bijbetaald', 'staffelkorting', 'rekening', 'meerwerk', 'meerprijs', 'offerte*', 'uitverkoop', 'sale', 'budget',
    ],
    medium: [
      'gratis', 'betalen', 'betaald', 'betaal', 'betaalt', 'geld', 'centen', 'duurtjes', 'schappelijk',
      'redelijk geprijsd', 'scherp geprijsd', 'actie', 'acties', 'spaaractie', 'bonus', 'loyaliteit*',
      'btw', 'inflatie', 'verhoogd', 'verhoging', 'opslag', 'belazerd', 'bedrog', 'portemonnee', 'factuur',
      'duurtje', 'goedkoopje', 'koopje', 'voordelig', 'voordeel', 'waarde', 'verzendkosten', 'bezorgkosten',
    ],
    weak: ['stuks', 'per stuk', 'vergelijk*', 'concurrent*', 'aldi', 'lidl', 'bol', 'amazon'],
    patterns: [
      { re: '\\b\\d+ ?(?:euro|eur)\\b|\\beuro \\d+', weight: 3 },
      { re: '\\b(?:te|erg|veel te|best|nogal|vrij|flink|wel) (?:duur|prijzig)', weight: 3 },
      { re: '\\bniet (?:goedkoop|duur)\\b', weight: 3 },
      { re: '\\b(?:naar|van) \\d+(?: \\d+)? (?:naar|tot) \\d+', weight: 2 },
      { re: '\\bprijs ?kwaliteit', weight: 3 },
      { re: '\\b(?:vrije|gratis) verzending', weight: 2 },
      { re: '\\d+ ?(?:%|procent)\\b', weight: 2 },
    ],
  },
  delivery: {
    strong: [
      '*bezorg*', 'levering*', '*levering', 'levertijd*', 'geleverd', 'leverde', 'leverden', 'leveren', 'levert',
      'verzend*', 'verzonden', 'verstuurd', 'opgestuurd', 'pakket', 'pakketje', 'pakketten', 'pakje', 'postnl',
      'dhl', 'dpd', 'gls', 'bpost', 'track', 'trace', 'tracking', 'trackingcode', 'koerier*', 'pakketbezorger',
      'vertraging*', 'vertraagd', 'uitgesteld', 'wachttijd*', 'wachtlijst', 'oplevering*', 'opgeleverd',
      'opleverdatum', 'opleveren', 'retour*', 'retourneren', 'terugsturen', 'teruggestuurd', 'brievenbus',
      'tijdvak', 'tijdslot', 'bezorgmoment', 'afleverdatum', 'afgeleverd', 'afleveren', 'doorlooptijd',
      'volgens planning', 'planning', 'in huis', 'brengservice', 'haal en breng*', 'ophaalservice',
    ],
    medium: [
      'chauffeur', 'vervoer*', 'transport*', 'aangekomen', 'kwam aan', 'binnen', 'ontvangen', 'sleuteloverdracht', 'eerder dan gepland', 'later dan gepland', 'dagen', 'weken',
      'maanden', 'wachten', 'gewacht', 'wacht', 'wachtte', 'rij', 'rij staan', 'in de rij', 'op tijd', 'te laat',
      'laat', 'later', 'snel', 'sneller', 'vlot', 'verpakking', 'verpakt', 'doos', 'kwijt', 'kwijtgeraakt',
      'zoekgeraakt', 'buren', 'opgehaald', 'ophalen', 'afhalen', 'opgehaalde', 'terug', 'teruggebracht',
      'geretourneerd', 'aankomst', 'vertrokken', 'onderweg', 'bouw', 'oplevertermijn', 'termijn', 'uitloop',
    ],
    weak: ['bestelling', 'besteld', 'bestelde', 'week', 'dag', 'morgen', 'gisteren', 'vandaag', 'gebracht', 'brengen'],
    patterns: [
      { re: '\\b(?:pas|al) (?:na|over) (?:\\d+|een|twee|drie|vier|vijf|zes|ruim|bijna) ?(?:dagen|weken|maanden|week|dag|uur)', weight: 4 },
      { re: '\\b(?:binnen|na) (?:\\d+|een|twee|drie|vier|vijf) (?:werk)?(?:dagen|dag|weken|week|uur)', weight: 3 },
      { re: '\\b(?:nog steeds|nog altijd|nog niet) (?:niet )?(?:binnen|ontvangen|geleverd|bezorgd|aangekomen|terug|klaar)', weight: 4 },
      { re: '\\b(?:kwam|komt|kwamen) (?:pas|niet|nooit|veel te laat|te laat|op tijd|keurig|snel|netjes)', weight: 3 },
      { re: '\\b(?:stond|staat) (?:ie |het |hij )?(?:nog )?(?:steeds )?niet (?:terug|klaar)', weight: 3 },
      { re: '\\b(?:morgen|volgende dag|dezelfde dag|binnen een dag) (?:al )?(?:in huis|binnen|geleverd|bezorgd)', weight: 4 },
      { re: '\\blang (?:moeten )?(?:wachten|gewacht|op zich laten wachten)', weight: 3 },
    ],
  },
  staff_friendliness: {
    strong: [
      'personeel', 'medewerk*', '*medewerker', '*medewerkers', 'verkoper*', 'verkoopster*', 'caissiere*',
      'kassamedewerker', 'bediening', 'vriendelijk*', 'onvriendelijk*', 'klantvriendelijk*', 'beleefd*',
      'onbeleefd*', 'bot', 'botte', 'kortaf', 'arrogant*', 'neerbuigend*', 'chagrijnig*', 'nors', 'grof',
      'onbeschoft', 'onaardig*', 'lomp', 'geirriteerd', 'geergerd', 'aangekeken', 'respectloos', 'brutaal', 'hulpvaardig*', 'behulpzaam', 'geduldig*', 'ongeduldig*',
      'glimlach*', 'praatje', 'afgeblaft', 'afgesnauwd', 'snauw*', 'genegeerd', 'negeerde*', 'niet welkom',
      'welkom', 'hartelijk*', 'sympathiek*', 'aardig*', 'attent*', 'betrokken', 'vakkundig*', 'deskundig*',
      'professioneel', 'onprofessioneel', 'gastvrij*', 'klantgericht*', 'servicegericht*', 'uitgelachen',
    ],
    medium: [
      'eigenaar', 'eigenares', 'bazin', 'baas', 'meisje', 'meisjes', 'meiden', 'jongen', 'jongens', 'dame',
      'dames', 'mevrouw', 'meneer', 'heer', 'man', 'vrouw', 'host', 'hostess', 'begeleider*', '*begeleider',
      'makelaar', 'monteur*', 'stagiair*', 'team', 'crew', 'collega*', 'geholpen', 'hielp', 'hielpen', 'lief',
      'lieve', 'vrolijk*', 'correct', 'netjes geholpen', 'advies', 'geadviseerd', 'adviseerde', 'adviseur',
      'kennis', 'aandacht', 'tijd genomen', 'nam de tijd', 'namen de tijd', 'gelachen', 'lachen', 'toon',
      'houding', 'service', 'top service', 'topservice', 'gezellig', 'schat', 'schatten', 'behandeld',
    ],
    weak: ['helpen', 'klantenservice', 'mensen', 'iemand'],
    patterns: [
      { re: '\\b(?:deed|deden|was|waren|reageerde) (?:nogal |erg |heel |echt )?(?:bot|kortaf|arrogant|neerbuigend|lomp|onaardig|chagrijnig)', weight: 4 },
      { re: '\\b(?:met|zonder) (?:een )?(?:glimlach|lach)', weight: 3 },
      { re: '\\b(?:niet|nooit) (?:gegroet|geholpen|begroet)', weight: 3 },
      { re: '\\b(?:voelde|voel) (?:me|mij|ons) (?:niet )?(?:welkom|serieus genomen|gezien)', weight: 3 },
      { re: '\\balle tijd (?:voor|genomen)', weight: 3 },
    ],
  },
  product_quality: {
    strong: [
      'kwaliteit*', '*kwaliteit', 'kwalitatief', 'kapot*', 'stuk', 'stukgegaan', 'defect*', 'gebroken', 'gebarsten',
      'barst*', 'scheur*', 'gescheurd', 'lekt', 'lekkage', 'roest*', 'versleten', 'slijt*', 'doorzichtig',
      'gekrompen', 'krimp*', 'verkleurd', 'verkleurt', 'pluis*', 'naad', 'naden', 'stiksel', 'afwerking',
      'afgewerkt', 'degelijk*', 'stevig*', 'oudbakken', 'uitgedroogd', 'smaak*', 'smaakt', 'smaakte',
      'smakelijk', 'vers', 'verse', 'mankement*', 'gebrek*', 'opleverpunt*', 'vakwerk', 'prutswerk', 'knoeiwerk',
      'rommel', 'troep', 'wazig*', 'onscherp', 'hapert', 'haperde', 'vastgelopen', 'gerepareerd', 'reparatie*',
      'verholpen', 'gehorig', 'isolatie', 'vocht*', 'schimmel*', 'pasvorm', 'materiaal', 'stof', 'stoffen',
      'wasbeurt*', 'wassen', 'gewassen', 'uitgelubberd', 'zwaar beschadigd', 'beschadigd', 'deuk*',
    ],
    medium: [
      'werkt', 'werkte', 'werken', 'doet het', 'probleem', 'storing', 'fout*', 'gemaakt', 'gebakken', 'bakken',
      'lekker', 'lekkere', 'heerlijk*', 'vies', 'taai', 'droog', 'zacht', 'knapperig', 'krokant', 'zuur',
      'flauw', 'foto s', 'fotos', 'print*', 'printer', 'afdruk*', 'kleur', 'kleuren', 'draagt', 'draagcomfort',
      'comfortabel', 'zit', 'valt', 'kwetsbaar', 'dun', 'dunne', 'dik', 'breekt', 'brak', 'scheef', 'lelijk',
      'mooi', 'prachtig', 'goed gemaakt', 'beschrijving', 'zoals beschreven', 'zoals op de foto', 'product',
      'producten', 'resultaat', 'gaat mee', 'jaren mee', 'houdbaar', 'opgelost', 'remmen', 'motor', 'auto',
      'garantie', 'kit', 'kitrand*', 'tegels', 'muren', 'vloer', 'keuken', 'dak', 'installatie', 'woning',
    ],
    weak: ['brood', 'taart', 'jurk', 'broek', 'trui', 'shirt', 'schoenen', 'apparaat', 'onderdeel', 'beurt', 'apk'],
    patterns: [
      { re: '\\b(?:werkt|werkte|deed het|doet het|functioneert|functioneerde) (?:niet|nooit|niet meer|nog steeds niet|perfect|prima|goed)', weight: 4 },
      { re: '\\bna (?:\\d+|een|twee|drie|vier|vijf) ?(?:x|keer|maal)? ?(?:wassen|dragen|gebruiken|weken|week|dagen|dag|maanden|maand)? ?(?:al )?(?:kapot|stuk|gescheurd|gebarsten|versleten|doorzichtig|gebroken|lek|uit elkaar)', weight: 4 },
      { re: '\\bliep (?:om de haverklap |steeds |telkens |de hele tijd )?vast', weight: 4 },
      { re: '\\b(?:valt|viel|vallen) (?:te |erg |wat )?(?:klein|groot|ruim|krap|uit elkaar)', weight: 3 },
      { re: '\\bin (?:een|1) keer (?:goed|verholpen|opgelost|gemaakt)', weight: 3 },
    ],
  },
  opening_hours: {
    strong: [
      'openingstijd*', 'openingsuren', 'openingsuur', 'geopend', 'gesloten', 'dicht', 'sluitingstijd*',
      'koopavond*', 'koopzondag*', 'sluit', 'sluiten', 'sluiting', 'vakantiesluiting', 'bereikbaar*',
      'onbereikbaar', 'dichte deur', 'lunchpauze', 'middagpauze', 'open', 'opent', 'openen', 'feestdag*',
      '24 7',
    ],
    medium: [
      'zondag*', 'zaterdag*', 'maandag*', 'dinsdag*', 'woensdag*', 'donderdag*', 'vrijdag*', 'weekend*',
      'avond*', 'avonds', 'ochtend*', 'ochtends', 'middags', 'morgens', 'uur', 'uren', 'tijden', 'vakantie',
      'op afspraak', 'kijkdag*', 'modelwoning', 'werkdagen', 'werktijd*', 'na werktijd', 'na het werk',
    ],
    weak: ['afspraak', 'langs', 'langskomen', 'kunnen', 'werk', 'werkende'],
    patterns: [
      { re: `\\b${DAY}\\b`, weight: 1 },
      { re: '\\b(?:tot|vanaf) (?:\\d{1,2}(?: \\d\\d)?|half \\w+) ?(?:uur|u|h)?\\b', weight: 2 },
      { re: '\\b(?:na|voor|om) (?:\\d{1,2}(?: \\d\\d)?|half \\w+) ?(?:uur|u|h)?\\b', weight: 1 },
      { re: '\\btussen \\d{1,2}(?: \\d\\d)? (?:en|tot|\\-) \\d{1,2}', weight: 3 },
      { re: '\\b(?:van|vanaf) \\d{1,2}(?: \\d\\d)? tot \\d{1,2}', weight: 3 },
      { re: '\\b(?:al|alweer|nog) (?:dicht|gesloten|open)\\b', weight: 3 },
      { re: '\\bvoor (?:een )?(?:dichte|gesloten) (?:deur|winkel)', weight: 5 },
      { re: '\\bvoor (?:niks|niets|noppes) (?:gekomen|gereden|langs)', weight: 4 },
      { re: '\\bt m (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)', weight: 3 },
      { re: '\\b(?:s avonds|s ochtends|s morgens|s middags|s zaterdags|s zondags) (?:open|dicht|geopend|gesloten|bereikbaar)', weight: 4 },
    ],
  },
  website_usability: {
    strong: [
      'website*', 'site', 'webshop', 'webwinkel', 'webpagina', 'inloggen', 'ingelogd', 'login', 'wachtwoord',
      'account', 'portaal', '*portaal', 'productpagina', 'zoekfunctie', 'filter*', 'klik*', 'knop', 'knopje',
      'formulier*', '*formulier', 'checkout', 'afrekenen', 'winkelmand*', 'winkelwagen*', 'mandje', 'betaalpagina',
      'foutmelding*', 'error', 'crasht', 'crash*', 'bug', 'bugs', 'popup*', 'pop up', 'pop ups', 'cookie*', 'navigatie',
      'gebruiksvriendelijk*', 'overzichtelijk*', 'onoverzichtelijk*', 'online', 'app', 'applicatie', 'laadt',
      'laden', 'maattabel', 'maatgids', 'ideal', 'paypal', 'klarna', 'creditcard', 'betaalmethode*', 'scherm',
      'reserveringssysteem', 'boekingssysteem', 'bestelsysteem', 'bestelproces', 'url', 'link', 'webformulier',
    ],
    medium: [
      'pagina', 'menu', 'zoeken', 'gezocht', 'vinden', 'te vinden', 'nergens te vinden', 'mobiel', 'telefoon',
      'digitaal', 'geboekt', 'boeken', 'reserveren', 'gereserveerd', 'bestellen', 'besteld', 'traag', 'vastloopt',
      'vastgelopen', 'ingevuld', 'invullen', 'invoeren', 'downloaden', 'documenten', 'vertaling', 'engelse versie',
      'engels', 'foto', 'fotos', 'productfoto*', 'nieuwsbrief', 'kijken', 'overzicht', 'systeem', 'betalen',
    ],
    weak: ['bestelling', 'zien', 'ziet'],
    patterns: [
      { re: '\\b(?:via|op) (?:de|jullie|uw|je) (?:site|website|webshop|app)', weight: 3 },
      { re: '\\bin (?:een |\\d+ )?(?:paar )?klik', weight: 3 },
      { re: '\\b(?:kon|kan|kun|kunde) (?:niet|nie) (?:inloggen|bestellen|afrekenen|betalen|boeken|reserveren)', weight: 4 },
      { re: '\\bonline (?:bestellen|boeken|reserveren|betalen|afspraak)', weight: 3 },
    ],
  },
  assortment_wishes: {
    strong: [
      'assortiment*', 'aanbod', 'keuze', 'keus', 'keuzes', 'collectie*', 'variatie', 'afwisseling', 'selectie',
      'vegan*', 'veganist*', 'vegetarisch*', 'glutenvrij*', 'lactosevrij*', 'suikervrij*', 'biologisch*', 'halal',
      'zuivelvrij', 'notenvrij', 'uitverkocht', 'voorraad', 'uitbreiden', 'uitbreiding', 'verkrijgbaar',
      'leverbaar', 'soorten', 'varianten', 'wensenlijst', 'grote maten', 'grotere maten', 'kleine maten',
      'kleinere maten', 'navulverpakking*', 'opties', 'optie', 'extra opties',
    ],
    medium: [
      'wens', 'wensen', 'missen', 'mis', 'mist', 'gemist',
      'ontbreekt', 'ontbreken', 'verkopen', 'verkocht', 'verkoopt', 'nieuwe', 'nieuw', 'eindelijk', 'nu ook',
      'ook eens', 'maten', 'maat', 'kleuren', 'modellen', 'model', 'smaken', 'thema', 'themas', 'props',
      'accessoires', 'pakketten', 'seizoen*', 'speciaal', 'specialiteit*', 'alternatief', 'alternatieven',
      'helemaal niks', 'niks voor', 'niets voor', 'uit de collectie', 'terugkomen', 'terug in', 'goesting',
      'beperkt', 'ruim', 'ruime', 'breed', 'brede', 'woningtype*', 'appartementen', 'huizen', 'types',
    ],
    weak: ['ook', 'graag', 'hebben jullie', 'idee'],
    patterns: [
      { re: '\\b(?:zou|zouden|zal) (?:het )?(?:fijn|leuk|mooi|top|handig|chill) (?:zijn|vinden)? ?(?:als|om)?', weight: 2 },
      { re: '\\b(?:hebben|verkopen|maken) jullie (?:ook|geen|nog)', weight: 3 },
      { re: '\\b(?:meer|grotere|ruimere|betere) (?:keuze|keus|variatie|soorten|opties|maten|smaken|kleuren|modellen)', weight: 4 },
      { re: '\\bgeen (?:enkel|enkele|een) ?(?:\\w+ )?(?:zonder|voor)', weight: 2 },
      { re: '\\b(?:ook|nu ook|eindelijk) (?:\\w+ )?(?:glutenvrij|vegan|veganistisch|vegetarisch|suikervrij|lactosevrij)', weight: 3 },
      { re: '\\buit (?:het|de) (?:assortiment|collectie)', weight: 4 },
      { re: '\\b(?:gestopt|stoppen|stopt) met (?:de |het |die |dat |hun |jullie )?\\w+', weight: 3 },
      { re: '\\bniet (?:meer )?(?:te krijgen|verkrijgbaar|leverbaar|op voorraad)', weight: 4 },
    ],
  },
  communication: {
    strong: [
      'communicatie*', 'communiceren', 'communiceert', 'gecommuniceerd', 'reactie', 'reacties', 'reageren',
      'reageert', 'reageerde*', 'gereageerd', 'antwoord*', 'beantwoord*', 'teruggebeld', 'terugbellen',
      'gebeld', 'gebelt', 'belde', 'belden', 'bellen', 'gemaild', 'gemailed', 'mailen', 'mailde', 'mail',
      'mails', 'mailtje', 'mailtjes', 'email', 'e mail', 'emails', 'whatsapp', 'whatsappje', 'appje', 'sms', 'smsje', 'berichtje',
      'bericht', 'berichten', 'nieuwsbrief*', 'update', 'updates', 'geinformeerd', 'informeren', 'op de hoogte',
      'terugkoppeling', 'instagram', 'insta', 'facebook', 'socials', 'social media', 'dm', 'contact',
      'contactformulier', 'bevestiging*', 'bevestigingsmail', 'herinnering*', 'ghosting', 'geghost', 'opvolging',
      'nazorg', 'voortgang', 'niks gehoord', 'niets gehoord', 'uitleg', 'uitgelegd', 'onduidelijk*',
    ],
    medium: [
      'telefonisch', 'telefoon', 'chat', 'chatten', 'gehoord', 'horen', 'hoorde', 'laten weten', 'liet weten',
      'lieten weten', 'informatie', 'info', 'duidelijk*', 'helder', 'transparant*', 'vraag', 'vragen', 'stil',
      'stilte', 'melding', 'notificatie*', 'automatisch antwoord', 'klantenservice', 'klantendienst',
      'meegedacht', 'meedenken', 'dachten mee', 'dacht mee', 'tijdlijn', 'nieuws', 'aangekondigd',
    ],
    weak: ['weten', 'gezegd', 'zeggen', 'beloofd', 'belofte', 'afgesproken'],
    patterns: [
      { re: '\\b(?:geen|nooit|nog steeds geen|nog altijd geen|zonder) (?:enkele )?(?:reactie|antwoord|bericht|berichtje|update|uitleg|terugkoppeling|mail|telefoontje|info|informatie)', weight: 5 },
      { re: '\\b(?:niks|niets|nooit meer iets|nooit iets|verder niks|verder niets) (?:meer )?(?:van )?(?:gehoord|vernomen|terug gehoord|teruggehoord)', weight: 5 },
      { re: '\\b(?:\\d+|twee|drie|vier|vijf|meerdere) ?(?:x|keer|maal) (?:ge)?(?:mail|beld|belt|bel|app)', weight: 4 },
      { re: '\\b(?:zouden|zou|beloofden|beloofde) (?:me |ons )?(?:terug)?(?:bellen|mailen|laten weten|contact opnemen)', weight: 4 },
      { re: '\\bcontact (?:opgenomen|opnemen|gezocht)', weight: 3 },
      { re: '\\bbinnen (?:een|\\d+) (?:uur|minuten|dag) (?:reactie|antwoord|gereageerd|teruggebeld)', weight: 3 },
    ],
  },
  cleanliness_ambience: {
    strong: [
      'schoon', 'schone', 'vies', 'vieze', 'smerig*', 'goor', 'vuil', 'vuile', 'stoffig', 'hygiene', 'hygienisch',
      'onhygienisch', 'opgeruimd', 'rommelig', 'sfeer', 'sfeervol*', 'inrichting', 'interieur', 'stank', 'stinkt',
      'stonk', 'toilet*', 'wc', 'plakkerig', 'kruimels', 'ambiance', 'aankleding', 'uitstraling',
    ],
    medium: ['gezellig', 'muziek', 'lawaai*', 'herrie', 'druk', 'geur', 'ruikt', 'verlichting', 'koud', 'tochtig', 'netjes', 'terras'],
    weak: ['winkel', 'zaak', 'ruimte'],
    patterns: [{ re: '\\b(?:lag|liggen|lagen) (?:overal )?(?:vol|rommel|troep|afval)', weight: 3 }],
  },
  complaints_handling: {
    strong: [
      'klacht', 'klachten', 'klachtenafhandeling', 'geklaagd', 'klagen', 'reclamatie', 'compensatie',
      'gecompenseerd', 'vergoeding', 'vergoed', 'excuses', 'excuus', 'terugbetaald', 'terugbetaling', 'creditnota',
      'tegoedbon', 'coulant*', 'coulance', 'afhandeling', 'afgehandeld', 'geschillencommissie', 'ombudsman',
      'kastje naar de muur',
    ],
    medium: ['oplossing', 'sorry', 'serieus genomen', 'teamleider', 'leidinggevende', 'escal*', 'schuld', 'vervangen', 'nieuwe gekregen', 'geld terug'],
    weak: ['opgelost', 'probleem'],
    patterns: [
      { re: '\\b(?:niet|nooit) serieus genomen', weight: 3 },
      { re: '\\b(?:klacht|klachten) (?:ingediend|gemeld|afgehandeld|genegeerd)', weight: 4 },
    ],
  },
};
