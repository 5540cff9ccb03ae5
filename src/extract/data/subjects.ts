/** Word lists that tell a speaker-like subject NP from other text (lower case). */

export const ADJUNCT_START = new Set([
  'on', 'in', 'at', 'during', 'after', 'before', 'earlier', 'later', 'last', 'this', 'yesterday', 'today', 'tonight',
  'via', 'while', 'when', 'from', 'through', 'with', 'as', 'recently', 'previously', 'also', 'again', 'separately',
  'then', 'shortly', 'following', 'ahead', 'late', 'early', 'over', 'amid', 'under', 'for', 'to', 'by', 'repeatedly',
  'once', 'twice', 'several', 'publicly', 'privately', 'openly', 'firmly', 'bluntly', 'flatly', 'simply', 'further',
  'too', 'afterwards', 'afterward', 'there', 'here', 'speaking', 'referring', 'commenting', 'answering', 'responding',
  'citing', 'according', 'a', 'an', 'the',
]);
/** Sentence openers before a comma that are not the subject ("Earlier, the ministry said ..."). */
export const INTRO_WORDS = new Set(['earlier', 'meanwhile', 'however', 'moreover', 'also', 'separately', 'previously', 'later', 'still', 'yet', 'furthermore', 'additionally', 'besides', 'nevertheless', 'nonetheless', 'instead', 'now', 'then', 'indeed', 'thus', 'so', 'similarly', 'likewise', 'finally', 'first', 'second', 'third', 'lastly', 'overall', 'again', 'today', 'yesterday', 'recently', 'subsequently', 'consequently', 'therefore', 'hence', 'notably', 'importantly', 'specifically', 'alternatively', 'conversely', 'initially', 'originally', 'eventually', 'ultimately', 'apparently', 'reportedly', 'otherwise']);
/** "a person familiar with the matter", "a source close to the talks". */
export const NP_POSTMODIFIERS = new Set(['familiar', 'close', 'briefed', 'knowledgeable', 'involved', 'speaking', 'who', 'requesting', 'asking', 'declining']);
export const PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'in', 'with', 'to', 'on', 'by', 'about', 'under', 'within', 'between']);
export const SUBJECT_FORBIDDEN = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'can', 'could', 'should', 'must', 'which', 'who', 'whom', 'that', 'it', 'there', 'not', 'no', 'if', 'when', 'because', 'but', 'and', 'or', 'also', 'because', 'i', 'you', 'we', 'us', 'they', 'he', 'she', 'them']);
export const COLLECTIVE_HEADS = new Set([
  'officials', 'sources', 'authorities', 'experts', 'analysts', 'media', 'reports', 'report', 'ministry', 'government',
  'embassy', 'council', 'house', 'kremlin', 'pentagon', 'police', 'military', 'army', 'spokespeople', 'people', 'residents',
  'witnesses', 'observers', 'diplomats', 'leaders', 'lawmakers', 'legislators', 'members', 'ministers', 'representatives',
  'department', 'office', 'agency', 'committee', 'commission', 'administration', 'statement', 'team', 'company', 'firm',
  'group', 'organization', 'organisation', 'party', 'side', 'parliament', 'senate', 'congress', 'court', 'service',
  'bank', 'fund', 'union', 'alliance', 'bloc', 'coalition', 'campaign', 'spokesperson\'s', 'newspaper', 'agency\'s',
  'state', 'states', 'country', 'countries', 'nation', 'nations', 'cabinet', 'presidency', 'headquarters', 'command',
]);

export const WEEKDAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** Nouns for outlets and reports, which may report after the content: ", local media reported". */
export const REPORTING_NOUNS = new Set(['media', 'newspaper', 'agency', 'outlet', 'broadcaster', 'channel', 'daily', 'website', 'tabloid', 'magazine', 'reports']);
