/**
 * English short forms of given names ("Bob" for "Robert"): the same person may be written both ways in one
 * article ("Sen. Robert Menendez" in a caption, "Sen. Bob Menendez" in the story). Short form → full forms.
 */
const TABLE =
  'bob,bobby,rob,robbie,bert:robert|jim,jimmy,jamie:james|bill,billy,will,willie,liam:william|mike,mick,mickey:michael|' +
  'tom,tommy:thomas|dick,rick,ricky,rich:richard|chuck,charlie:charles|dave,davey:david|joe,joey:joseph|' +
  'ted,ed,eddie,ned:edward|tony:anthony,antony|andy,drew:andrew|dan,danny:daniel|sam,sammy:samuel,samantha|' +
  'ben,benny:benjamin|pat,paddy:patrick,patricia|nick,nicky:nicholas,nicolas|chris:christopher,christine,christina|' +
  'matt:matthew|alex:alexander,alexandra|jon:jonathan|steve:stephen,steven|greg:gregory|jerry:gerald,jerome|' +
  'larry:lawrence,laurence|jeff:jeffrey,geoffrey|ken,kenny:kenneth|kate,katie,kathy,cathy:katherine,catherine,kathleen|' +
  'liz,beth,betsy,betty,lisa:elizabeth|sue,susie:susan,suzanne|peggy,maggie,meg:margaret|jenny,jen:jennifer|' +
  'becky:rebecca|vicky:victoria|fred,freddie:frederick,alfred|frank:francis,franklin|hank:henry|harry:henry,harold|' +
  'jack:john|johnny:john|jimmie:james|nate:nathan,nathaniel|tim:timothy|phil:philip,phillip|ron,ronnie:ronald|' +
  'don,donnie:donald|doug:douglas|walt:walter|al:albert,alan,alfred|ray:raymond|russ:russell|vince:vincent|' +
  'brad:bradley|gabe:gabriel|zach:zachary|josh:joshua|manny:manuel|pepe:jose|sasha:alexander,alexandra|' +
  'misha:mikhail|volodya:vladimir|dima:dmitry';

export const HYPOCORISMS: ReadonlyMap<string, readonly string[]> = new Map(
  TABLE.split('|').flatMap((row) => {
    const [shorts = '', fulls = ''] = row.split(':');
    return shorts.split(',').map((s) => [s, fulls.split(',')] as const);
  }),
);

/** Two given names that may name the same person: equal, or one a short form of the other. */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  return (HYPOCORISMS.get(a)?.includes(b) ?? false) || (HYPOCORISMS.get(b)?.includes(a) ?? false);
}
