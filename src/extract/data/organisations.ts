/**
 * Evidence that a capitalised name is an organisation, not a person: what only an organisation owns
 * ("Deutsche Bahn's board", "BlackBerry's shares") and what an organisation is called in apposition
 * ("Te Whatu Ora, the health agency,").
 */
const words = (s: string): string[] => s.split('|');

/** Nouns after "X's" that make X an organisation. */
export const ORG_POSSESSIONS = new Set(
  words(
    'board|shares|stock|ceo|headquarters|employees|staff|workforce|management|subsidiary|subsidiaries|customers|clients|' +
      'shareholders|investors|revenue|revenues|profit|profits|earnings|sales|network|trains|flights|fleet|branches|stores|' +
      'products|services|website|app|members|membership|executives|directors|workers|drivers',
  ),
);

/** Head nouns of an apposition that makes the name before it an organisation: "X, the state railway operator,". */
export const ORG_APPOSITION_HEADS = new Set(
  words(
    'company|firm|operator|agency|utility|carrier|group|railway|airline|bank|maker|manufacturer|producer|provider|insurer|' +
      'retailer|union|authority|regulator|service|network|broadcaster|newspaper|charity|organisation|organization|ministry|' +
      'department|body|institute|foundation|association|council|party|giant|conglomerate|startup|start-up|lender|supplier|' +
      'developer|carmaker|automaker|chipmaker|drugmaker|brewer|distributor|exporter|importer|manufacturer|publisher|studio|' +
      'label|brand|chain|franchise|club|team|outlet|website|platform|app|fund|watchdog|ngo|nonprofit|non-profit|cooperative',
  ),
);
