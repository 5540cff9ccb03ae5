/** Words that tell a person's name from other capitalised words: non-name words, given names, name particles, titles (lower case). */
import { wordSet as set } from './word-set.js';

/** Words that never belong to a person's name (lower case). */
export const NON_NAME_WORDS = set(
  'avenue|ave|street|road|rd|boulevard|blvd|lane|highway|square|the|a|an|and|or|but|of|to|in|on|at|for|from|by|with|as|after|before|since|during|about|over|under|into|onto|upon|' +
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

/** Particles inside a name ("Ursula von der Leyen"). */
export const PARTICLES = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'del',
  'della',
  'la',
  'le',
  'du',
  'dos',
  'das',
  'ter',
  'ben',
  'bin',
  'ibn',
  'abu',
  'el',
  'al',
  'bint',
]);

/** East Asian family names come first ("Kim Jong Un" → "Kim"). */
export const FAMILY_FIRST = new Set([
  'kim',
  'park',
  'pak',
  'lee',
  'ri',
  'choi',
  'choe',
  'moon',
  'yoon',
  'kwon',
  'jung',
  'kang',
  'cho',
  'han',
  'xi',
  'li',
  'wang',
  'zhang',
  'liu',
  'chen',
  'yang',
  'zhao',
  'huang',
  'zhou',
  'wu',
  'hu',
  'nguyen',
  'tran',
  'le',
  'pham',
  'hun',
  'lim',
  'shin',
  'song',
  'yoo',
  'ahn',
  'jang',
  'hong',
]);

/** Country keys that are acronyms: "Un" in "Kim Jong Un" is not the UN. */
export const ACRONYM_KEYS = new Set(['un', 'us', 'uk', 'eu', 'uae', 'dprk', 'ussr', 'prc', 'usa', 'nato', 'u.s.', 'u.n.', 'u.k.', 'u.s.a.']);

/** Capitalised at a sentence start, never names. */
export const COMMON_PLURALS = new Set([
  'sources',
  'authorities',
  'critics',
  'protesters',
  'protestors',
  'rescuers',
  'investigators',
  'people',
  'media',
  'reports',
  'data',
  'figures',
  'statistics',
  'residents',
  'witnesses',
  'police',
  'troops',
  'forces',
  'lawmakers',
  'militants',
  'rebels',
  'insiders',
  'voters',
  'locals',
  'parents',
  'americans',
  'europeans',
  'russians',
  'ukrainians',
  'chinese',
  'republicans',
  'democrats',
  'conservatives',
  'liberals',
]);

/** Titles written before a name, without their period. */
export const HONORIFIC_WORDS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'capt',
  'adm',
  'sgt',
  'rev',
  'sir',
  'dame',
  'lord',
  'lady',
]);
