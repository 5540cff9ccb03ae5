/**
 * Generic word lists used by the rules. Nothing here is specific to one
 * article: role nouns, places, organisation words, names, abbreviations. (Chrome is in data/chrome.ts, outlets in data/outlets.ts.)
 */
import { wordSet as set } from './data/word-set.js';

/**
 * Role head nouns (lower case). A role phrase must contain one of these.
 * Multi-word heads are matched on their last word via ROLE_HEADS too.
 */
export const ROLE_HEADS = set(
  'ambassador|envoy|diplomat|president|vice-president|prime|premier|minister|secretary|spokesperson|spokesman|spokeswoman|' +
    'representative|leader|chairman|chairwoman|chair|chairperson|chief|head|director|coordinator|aide|adviser|advisor|' +
    'expert|analyst|professor|researcher|scholar|economist|scientist|strategist|governor|mayor|senator|congressman|congresswoman|' +
    'lawmaker|legislator|deputy|member|official|officer|general|commander|colonel|admiral|lieutenant|captain|king|queen|prince|' +
    'princess|emperor|chancellor|speaker|attorney|lawyer|judge|justice|prosecutor|ceo|cfo|coo|founder|co-founder|executive|' +
    'manager|editor|correspondent|journalist|columnist|author|writer|analyst|fellow|lecturer|dean|rector|consul|attache|' +
    'counsellor|counselor|negotiator|mediator|commissioner|ombudsman|inspector|auditor|treasurer|president-elect|candidate|' +
    'activist|campaigner|pastor|priest|bishop|archbishop|patriarch|pope|imam|rabbi|cleric|coach|player|striker|spokespeople|' +
    'secretary-general|director-general|undersecretary|under-secretary|assistant|specialist|observer|commentator|partner|' +
    'economist|physician|doctor|surgeon|nurse|teacher|student|resident|witness|survivor|owner|farmer|worker|citizen|voter|' +
    'pilot|soldier|veteran|officer|sheriff|police|trader|investor|banker|broker|dictator|monarch|ruler|regent|sultan|emir|sheikh|' +
    'td|mp|mep|msp|mla|mpp|administrator|organiser|organizer|regulator|supremo|boss|strongman|politician|statesman|stateswoman|ex-president|ex-minister|former|source|insider|person|spokesperson',
);

/** Modifiers that may precede a role head inside a role phrase. */
export const ROLE_MODIFIERS = set(
  'foreign|prime|vice|deputy|first|chief|senior|junior|acting|former|interim|permanent|special|presidential|general|state|' +
    'defense|defence|finance|economy|economic|trade|interior|justice|health|education|energy|security|national|federal|' +
    'executive|managing|principal|assistant|associate|press|political|military|top|leading|independent|veteran|supreme|' +
    'parliamentary|opposition|ruling|party|government|official|department|ministry|white|house|kremlin|strategic|communications|' +
    'independent|research|regional|local|district|provincial|county|city|municipal|head|majority|minority|whip|house|senate',
);

/** Generic role nouns a definite NP may use to refer back to a named speaker ("the ambassador"). */
export const ROLE_NOUN_SYNONYMS: Record<string, readonly string[]> = {
  ambassador: ['ambassador', 'envoy', 'permanent representative'],
  envoy: ['envoy', 'ambassador', 'representative'],
  diplomat: ['ambassador', 'envoy', 'diplomat', 'foreign minister', 'minister of foreign affairs', 'consul', 'permanent representative', 'foreign ministry'],
  expert: [
    'expert',
    'analyst',
    'scholar',
    'professor',
    'researcher',
    'director of the center',
    'director of the institute',
    'fellow',
    'economist',
    'specialist',
    'political scientist',
  ],
  analyst: ['analyst', 'expert', 'strategist', 'economist', 'researcher'],
  scholar: ['scholar', 'professor', 'researcher', 'expert', 'fellow'],
  professor: ['professor', 'lecturer', 'scholar'],
  economist: ['economist', 'analyst', 'expert'],
  minister: ['minister', 'secretary'],
  secretary: ['secretary', 'minister'],
  spokesperson: ['spokesperson', 'spokesman', 'spokeswoman', 'press secretary'],
  spokesman: ['spokesperson', 'spokesman', 'press secretary'],
  spokeswoman: ['spokesperson', 'spokeswoman', 'press secretary'],
  president: ['president'],
  leader: ['leader', 'president', 'chairman', 'premier', 'prime minister'],
  official: [
    'official',
    'spokesperson',
    'spokesman',
    'spokeswoman',
    'coordinator',
    'aide',
    'adviser',
    'director',
    'secretary',
    'minister',
    'representative',
    'head',
    'deputy',
  ],
  aide: ['aide', 'adviser', 'advisor'],
  adviser: ['adviser', 'advisor', 'aide'],
  advisor: ['adviser', 'advisor', 'aide'],
  director: ['director'],
  head: ['head', 'chief', 'director', 'chairman'],
  chief: ['chief', 'head', 'director'],
  coordinator: ['coordinator'],
  governor: ['governor'],
  mayor: ['mayor'],
  senator: ['senator'],
  lawmaker: ['lawmaker', 'senator', 'congressman', 'congresswoman', 'deputy', 'member of parliament', 'legislator'],
  general: ['general', 'commander'],
  commander: ['commander', 'general'],
  chairman: ['chairman', 'chair', 'head'],
  lawyer: ['lawyer', 'attorney'],
  representative: ['representative', 'envoy', 'ambassador'],
  chancellor: ['chancellor'],
  premier: ['premier', 'prime minister'],
  executive: ['executive', 'ceo', 'chief executive'],
  ceo: ['ceo', 'chief executive'],
  politician: ['politician', 'lawmaker', 'senator', 'minister', 'deputy'],
  researcher: ['researcher', 'scholar', 'expert', 'scientist'],
  scientist: ['scientist', 'researcher', 'expert', 'political scientist'],
  observer: ['observer', 'analyst', 'expert'],
};

/** Indefinite role NPs that a lead may use before naming the person in the next paragraph. */
export const CATAPHORIC_ROLE_NOUNS = set(
  'expert|analyst|scholar|researcher|economist|scientist|professor|specialist|observer|political scientist|commentator|strategist',
);

/** Words that never belong to a person's name (lower case). */
export const NON_NAME_WORDS = set(
  'the|a|an|and|or|but|of|to|in|on|at|for|from|by|with|as|after|before|since|during|about|over|under|into|onto|upon|' +
    'this|that|these|those|it|its|he|she|they|we|i|you|his|her|their|our|my|your|him|them|us|me|who|whom|whose|which|what|' +
    'when|where|why|how|while|if|then|than|so|yet|also|only|even|just|still|however|moreover|meanwhile|earlier|later|' +
    'according|apart|such|despite|although|though|because|unless|until|till|both|either|neither|each|every|all|any|some|' +
    'no|not|nor|there|here|thus|hence|therefore|instead|indeed|besides|furthermore|nevertheless|nonetheless|otherwise|' +
    'first|second|third|last|next|finally|notably|reportedly|apparently|obviously|clearly|today|yesterday|tomorrow|tonight|' +
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|' +
    'september|october|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|mr|mrs|ms|dr|prof|sir|dame|lord|lady|' +
    "let|let’s|let's|look|see|please|yes|no|ok|okay|nothing|everything|something|anything|many|much|more|most|few|" +
    'other|another|same|new|old|former|latter|various|several|certain|own|per|via|amid|among|against|between|within|without|' +
    'photo|video|file|image|source|read|more|subscribe|share|comments|update|updated|published|breaking|exclusive|live|watch|' +
    'opinion|analysis|features|feature|news|newsfeed|editorial|editor|note|unless|there|were|was|is|are|be|been|being|have|has|had|' +
    'will|would|can|could|shall|should|may|might|must|do|does|did|said|says|told|noted|added|stressed|stated',
);

/** Capitalised words marking an organisation, institution, place or event (lower case). */
export const ORG_WORDS = set(
  'council|ministry|department|house|office|agency|committee|commission|parliament|congress|senate|duma|assembly|' +
    'government|administration|embassy|consulate|cosmodrome|spaceport|airport|station|port|university|college|school|' +
    'institute|academy|center|centre|foundation|fund|bank|corporation|corp|company|group|holding|party|union|federation|' +
    'republic|kingdom|nations|organization|organisation|alliance|forces|force|army|navy|guard|police|service|services|court|' +
    'tribunal|news|novosti|media|times|post|press|journal|herald|telegraph|tribune|gazette|channel|network|radio|tv|television|' +
    'broadcasting|club|league|association|society|authority|board|bureau|inc|ltd|llc|plc|ag|gmbh|sa|summit|forum|conference|' +
    'program|programme|project|initiative|treaty|accord|pact|declaration|resolution|act|law|bill|street|avenue|square|palace|' +
    'kremlin|pentagon|capitol|cathedral|church|mosque|temple|museum|hospital|prison|peninsula|sea|ocean|river|lake|mountain|' +
    'mountains|island|islands|gulf|bay|strait|valley|desert|region|province|oblast|krai|district|county|state|states|city|' +
    'east|west|north|south|eastern|western|northern|southern|central|pacific|atlantic|arctic|global|world|international|' +
    'asia|europe|africa|america|americas|oceania|middle|far|near|caucasus|balkans|baltic|scandinavia|council’s|airlines|' +
    'airways|motors|systems|technologies|labs|laboratory|energy|oil|gas|petroleum|railways|railway|telegram|twitter|facebook|' +
    'instagram|youtube|tiktok|whatsapp|x|google|microsoft|apple|amazon|meta|cup|olympics|games|championship|prize|award|' +
    'war|revolution|crisis|pandemic|day|week|year|era|age|exchange|market|index|reserve|treasury|secretariat|presidium|' +
    'directorate|command|headquarters|base|fleet|brigade|division|regiment|battalion|corps|mission|delegation|cabinet|' +
    'politburo|junta|regime|coalition|bloc|front|movement|council.|unit|team|cosmodrome’s|security|affairs|relations|defense|defence',
);

/** Countries and their demonyms → canonical country name. */
export const COUNTRIES: Record<string, string> = {
  russia: 'Russia',
  russian: 'Russia',
  'russian federation': 'Russia',
  us: 'United States',
  'u.s.': 'United States',
  usa: 'United States',
  'u.s.a.': 'United States',
  'united states': 'United States',
  'united states of america': 'United States',
  american: 'United States',
  america: 'United States',
  washington: 'United States',
  'north korea': 'North Korea',
  'north korean': 'North Korea',
  dprk: 'North Korea',
  pyongyang: 'North Korea',
  'south korea': 'South Korea',
  'south korean': 'South Korea',
  seoul: 'South Korea',
  korea: 'Korea',
  korean: 'Korea',
  china: 'China',
  chinese: 'China',
  beijing: 'China',
  prc: 'China',
  ukraine: 'Ukraine',
  ukrainian: 'Ukraine',
  kiev: 'Ukraine',
  kyiv: 'Ukraine',
  moscow: 'Russia',
  kremlin: 'Russia',
  uk: 'United Kingdom',
  'u.k.': 'United Kingdom',
  britain: 'United Kingdom',
  'great britain': 'United Kingdom',
  british: 'United Kingdom',
  'united kingdom': 'United Kingdom',
  london: 'United Kingdom',
  france: 'France',
  french: 'France',
  paris: 'France',
  germany: 'Germany',
  german: 'Germany',
  berlin: 'Germany',
  japan: 'Japan',
  japanese: 'Japan',
  tokyo: 'Japan',
  india: 'India',
  indian: 'India',
  'new delhi': 'India',
  iran: 'Iran',
  iranian: 'Iran',
  tehran: 'Iran',
  israel: 'Israel',
  israeli: 'Israel',
  turkey: 'Turkey',
  turkish: 'Turkey',
  türkiye: 'Turkey',
  ankara: 'Turkey',
  vietnam: 'Vietnam',
  vietnamese: 'Vietnam',
  hanoi: 'Vietnam',
  belarus: 'Belarus',
  belarusian: 'Belarus',
  minsk: 'Belarus',
  poland: 'Poland',
  polish: 'Poland',
  warsaw: 'Poland',
  italy: 'Italy',
  italian: 'Italy',
  rome: 'Italy',
  spain: 'Spain',
  spanish: 'Spain',
  madrid: 'Spain',
  canada: 'Canada',
  canadian: 'Canada',
  ottawa: 'Canada',
  australia: 'Australia',
  australian: 'Australia',
  canberra: 'Australia',
  brazil: 'Brazil',
  brazilian: 'Brazil',
  brasilia: 'Brazil',
  mexico: 'Mexico',
  mexican: 'Mexico',
  syria: 'Syria',
  syrian: 'Syria',
  damascus: 'Syria',
  iraq: 'Iraq',
  iraqi: 'Iraq',
  baghdad: 'Iraq',
  egypt: 'Egypt',
  egyptian: 'Egypt',
  cairo: 'Egypt',
  'saudi arabia': 'Saudi Arabia',
  saudi: 'Saudi Arabia',
  riyadh: 'Saudi Arabia',
  pakistan: 'Pakistan',
  pakistani: 'Pakistan',
  islamabad: 'Pakistan',
  afghanistan: 'Afghanistan',
  afghan: 'Afghanistan',
  kabul: 'Afghanistan',
  bangladesh: 'Bangladesh',
  bangladeshi: 'Bangladesh',
  dhaka: 'Bangladesh',
  'south africa': 'South Africa',
  'south african': 'South Africa',
  pretoria: 'South Africa',
  nigeria: 'Nigeria',
  nigerian: 'Nigeria',
  kenya: 'Kenya',
  kenyan: 'Kenya',
  ethiopia: 'Ethiopia',
  ethiopian: 'Ethiopia',
  kazakhstan: 'Kazakhstan',
  kazakh: 'Kazakhstan',
  georgia: 'Georgia',
  georgian: 'Georgia',
  armenia: 'Armenia',
  armenian: 'Armenia',
  azerbaijan: 'Azerbaijan',
  azerbaijani: 'Azerbaijan',
  moldova: 'Moldova',
  moldovan: 'Moldova',
  serbia: 'Serbia',
  serbian: 'Serbia',
  hungary: 'Hungary',
  hungarian: 'Hungary',
  greece: 'Greece',
  greek: 'Greece',
  cuba: 'Cuba',
  cuban: 'Cuba',
  venezuela: 'Venezuela',
  venezuelan: 'Venezuela',
  indonesia: 'Indonesia',
  indonesian: 'Indonesia',
  philippines: 'Philippines',
  filipino: 'Philippines',
  thailand: 'Thailand',
  thai: 'Thailand',
  malaysia: 'Malaysia',
  malaysian: 'Malaysia',
  singapore: 'Singapore',
  taiwan: 'Taiwan',
  taiwanese: 'Taiwan',
  mongolia: 'Mongolia',
  mongolian: 'Mongolia',
  sweden: 'Sweden',
  swedish: 'Sweden',
  finland: 'Finland',
  finnish: 'Finland',
  norway: 'Norway',
  norwegian: 'Norway',
  denmark: 'Denmark',
  danish: 'Denmark',
  netherlands: 'Netherlands',
  dutch: 'Netherlands',
  belgium: 'Belgium',
  belgian: 'Belgium',
  switzerland: 'Switzerland',
  swiss: 'Switzerland',
  austria: 'Austria',
  austrian: 'Austria',
  'czech republic': 'Czech Republic',
  czech: 'Czech Republic',
  slovakia: 'Slovakia',
  romania: 'Romania',
  romanian: 'Romania',
  bulgaria: 'Bulgaria',
  bulgarian: 'Bulgaria',
  latvia: 'Latvia',
  lithuania: 'Lithuania',
  estonia: 'Estonia',
  portugal: 'Portugal',
  portuguese: 'Portugal',
  ireland: 'Ireland',
  irish: 'Ireland',
  argentina: 'Argentina',
  chile: 'Chile',
  colombia: 'Colombia',
  peru: 'Peru',
  'sri lanka': 'Sri Lanka',
  nepal: 'Nepal',
  myanmar: 'Myanmar',
  lebanon: 'Lebanon',
  lebanese: 'Lebanon',
  jordan: 'Jordan',
  qatar: 'Qatar',
  uae: 'United Arab Emirates',
  'united arab emirates': 'United Arab Emirates',
  yemen: 'Yemen',
  libya: 'Libya',
  sudan: 'Sudan',
  algeria: 'Algeria',
  morocco: 'Morocco',
  tunisia: 'Tunisia',
  palestinian: 'Palestine',
  palestine: 'Palestine',
  gaza: 'Palestine',
  soviet: 'Soviet Union',
  'soviet union': 'Soviet Union',
  ussr: 'Soviet Union',
  eu: 'European Union',
  'european union': 'European Union',
  european: 'European Union',
  nato: 'NATO',
  un: 'United Nations',
  'u.n.': 'United Nations',
  'united nations': 'United Nations',
};

/** Cities and other places that appear capitalised but are not people. */
export const PLACES = set(
  'washington|moscow|pyongyang|kiev|kyiv|beijing|london|paris|berlin|tokyo|seoul|vladivostok|khabarovsk|st. petersburg|' +
    'saint petersburg|petersburg|new york|los angeles|san francisco|chicago|brussels|geneva|vienna|rome|madrid|lisbon|' +
    'warsaw|prague|budapest|minsk|tbilisi|yerevan|baku|astana|almaty|tashkent|ankara|istanbul|tehran|baghdad|damascus|' +
    'beirut|cairo|riyadh|doha|dubai|abu dhabi|jerusalem|tel aviv|gaza|new delhi|delhi|mumbai|islamabad|karachi|dhaka|' +
    'bangkok|hanoi|jakarta|manila|singapore|hong kong|taipei|shanghai|sydney|canberra|ottawa|toronto|mexico city|havana|' +
    'caracas|brasilia|buenos aires|santiago|lima|bogota|nairobi|addis ababa|lagos|johannesburg|pretoria|cape town|' +
    'donetsk|lugansk|luhansk|crimea|donbass|donbas|kherson|zaporozhye|zaporizhzhia|kharkov|kharkiv|odessa|odesa|' +
    'novosibirsk|yekaterinburg|kazan|sochi|kaliningrad|murmansk|khasan|rajin|kursk|belgorod|bryansk|' +
    'asia pacific|asia-pacific|indo-pacific|global south|global north|far east|middle east|near east|' +
    'korean peninsula|west bank|golan heights|silicon valley|wall street|downing street|capitol hill|white house|' +
    'vostochny|baikonur|plesetsk|europe|asia|africa|oceania|antarctica|arctic|siberia|ural|urals|caucasus|' +
    'potomac|manhattan|brooklyn|california|texas|florida|new jersey|virginia|maryland|ohio|michigan|georgia|alaska|hawaii',
);

/** Known outlets → canonical form. Keys are lower case. */
export const OUTLETS: Record<string, string> = {
  tass: 'TASS',
  'itar-tass': 'TASS',
  'tass news agency': 'TASS',
  sputnik: 'Sputnik',
  'sputnik news': 'Sputnik',
  'sputnik international': 'Sputnik International',
  'sputnik africa': 'Sputnik Africa',
  'sputnik india': 'Sputnik India',
  'sputnik globe': 'Sputnik Globe',
  reuters: 'Reuters',
  'thomson reuters': 'Reuters',
  ap: 'AP',
  'associated press': 'AP',
  'the associated press': 'AP',
  afp: 'AFP',
  'agence france-presse': 'AFP',
  'agence france presse': 'AFP',
  'oreanda-news': 'OREANDA-NEWS',
  oreanda: 'OREANDA-NEWS',
  'oreanda news': 'OREANDA-NEWS',
  'ria novosti': 'RIA Novosti',
  ria: 'RIA Novosti',
  interfax: 'Interfax',
  rt: 'RT',
  'russia today': 'RT',
  xinhua: 'Xinhua',
  'xinhua news agency': 'Xinhua',
  kcna: 'KCNA',
  yonhap: 'Yonhap',
  kyodo: 'Kyodo',
  'kyodo news': 'Kyodo',
  upi: 'UPI',
  bloomberg: 'Bloomberg',
  bbc: 'BBC',
  cnn: 'CNN',
  'al jazeera': 'Al Jazeera',
  dpa: 'dpa',
  efe: 'EFE',
  ansa: 'ANSA',
  'shining bd': 'Shining BD',
  izvestia: 'Izvestia',
  kommersant: 'Kommersant',
  'rossiyskaya gazeta': 'Rossiyskaya Gazeta',
  'global times': 'Global Times',
  cgtn: 'CGTN',
  'press tv': 'Press TV',
  irna: 'IRNA',
  anadolu: 'Anadolu',
  'anadolu agency': 'Anadolu',
  'the guardian': 'The Guardian',
  'new york times': 'The New York Times',
  'the new york times': 'The New York Times',
  'washington post': 'The Washington Post',
  'the washington post': 'The Washington Post',
};

/** Abbreviations that end in a period but do not end a sentence. */
export const ABBREVIATIONS = set(
  'mr|mrs|ms|dr|prof|sr|jr|st|gen|lt|col|sgt|capt|cmdr|adm|gov|sen|rep|rev|hon|pres|inc|ltd|co|corp|no|vs|etc|' +
    'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|approx|dept|est|fig|mt|ft|a.m|p.m|u.s|u.k|u.n|e.g|i.e|ph.d',
);

/** Given names common in international news (lower case); a weak signal that a capitalised pair is a person. */
export const GIVEN_NAMES = set(
  'vladimir|sergey|sergei|dmitry|dmitri|alexander|alexei|alexey|anatoly|andrei|andrey|mikhail|nikolai|nikolay|ivan|igor|' +
    'yuri|yury|pyotr|peter|maria|olga|elena|yelena|natalia|tatiana|irina|anna|svetlana|valentina|viktor|victor|oleg|' +
    'boris|gennady|georgy|george|konstantin|maxim|pavel|roman|denis|evgeny|yevgeny|vasily|leonid|grigory|stanislav|' +
    'vyacheslav|valery|arkady|ramzan|sergey|volodymyr|petro|vitali|vitaly|oleksandr|dmytro|andriy|yulia|' +
    'john|james|robert|michael|william|david|richard|joseph|thomas|charles|christopher|daniel|matthew|anthony|mark|' +
    'donald|steven|paul|andrew|joshua|kenneth|kevin|brian|timothy|ronald|jason|jeffrey|ryan|jacob|gary|nicholas|eric|' +
    'jonathan|stephen|larry|justin|scott|brandon|benjamin|samuel|gregory|frank|raymond|patrick|jack|dennis|jerry|' +
    'tyler|aaron|jose|adam|nathan|henry|zachary|douglas|peter|kyle|noah|ethan|jeremy|walter|christian|keith|roger|' +
    'terry|austin|sean|gerald|carl|harold|dylan|arthur|lawrence|jordan|jesse|bryan|billy|bruce|gabriel|joe|logan|' +
    'albert|willie|alan|eugene|russell|vincent|philip|bobby|johnny|bradley|antony|rex|marco|mike|bill|tom|jim|bob|' +
    'mary|patricia|jennifer|linda|elizabeth|barbara|susan|jessica|sarah|karen|lisa|nancy|betty|sandra|margaret|' +
    'ashley|kimberly|emily|donna|michelle|carol|amanda|melissa|deborah|stephanie|dorothy|rebecca|sharon|laura|' +
    'cynthia|amy|kathleen|angela|shirley|brenda|emma|catherine|virginia|nicole|christina|janet|samantha|debra|' +
    'rachel|carolyn|heather|diane|julie|joyce|victoria|kelly|christine|lauren|frances|martha|judith|cheryl|megan|' +
    'andrea|ann|alice|jean|doris|jacqueline|kathryn|hannah|olivia|gloria|marie|teresa|sara|janice|julia|grace|judy|' +
    'theresa|rose|beverly|denise|marilyn|amber|madison|danielle|brittany|diana|abigail|jane|natalie|lori|tiffany|' +
    'kamala|hillary|nikki|condoleezza|antony|lloyd|jake|karine|ned|vedant|nancy|chuck|mitch|kevin|marco|ted|rishi|' +
    'boris|keir|liz|theresa|emmanuel|olaf|angela|giorgia|ursula|josep|charles|jens|mark|volodymyr|recep|narendra|' +
    'shehbaz|imran|xi|wang|li|zhao|kim|moon|yoon|lee|park|choe|choi|shinzo|fumio|yoshihide|ebrahim|hassan|ali|' +
    'mohammed|muhammad|ahmed|ahmad|mahmoud|abdul|abdullah|omar|khalid|hamad|tamim|bashar|benjamin|yair|naftali|' +
    'luiz|jair|andres|javier|nicolas|gustavo|cyril|jacob|nelson|thabo|abiy|paul|william|uhuru|sheikh|hasina|' +
    'jean|pierre|francois|jacques|nicolas|marine|emmanuelle|angela|friedrich|annalena|robert|pedro|mario|sergio|' +
    'antonio|giuseppe|carlos|juan|luis|miguel|jorge|manuel|francisco|pablo|rafael|fernando|ricardo|roberto|' +
    'hans|klaus|wolfgang|jurgen|stefan|andreas|thomas|michael|lars|erik|anders|mette|sanna|jens|viktor|aleksandar|' +
    'jane|jon|liam|olivia|sophie|chloe|lucas|leo|max|hugo|felix|oscar|tim|sam|ben|dan|tom|nick|chris|alex|matt',
);

/** Words that, right after a quote, show the quote is not attributed by what follows. */
export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
