/**
 * Words that tell a person's grammatical gender, for resolving "he" and "she": honorifics and gendered role
 * nouns (lower case), and given names that are (almost) always one gender. A name in neither list tells nothing.
 */
import { wordSet as set } from './word-set.js';

export const FEMININE_WORDS = set(
  'ms|mrs|miss|dame|lady|madam|madame|mme|spokeswoman|chairwoman|congresswoman|businesswoman|councilwoman|policewoman|' +
    'queen|princess|duchess|countess|empress|actress|sister|mother|wife|daughter|grandmother|woman|girl|widow|nun|sportswoman',
);

export const MASCULINE_WORDS = set(
  'mr|sir|lord|spokesman|congressman|businessman|councilman|policeman|king|prince|duke|count|emperor|brother|father|husband|son|' +
    'grandfather|man|boy|widower|monk|sportsman|sheikh|emir|sultan',
);

export const FEMININE_GIVEN_NAMES = set(
  'mary|patricia|jennifer|linda|elizabeth|barbara|susan|jessica|sarah|karen|lisa|nancy|betty|sandra|margaret|ashley|kimberly|' +
    'emily|donna|michelle|carol|amanda|melissa|deborah|stephanie|dorothy|rebecca|sharon|laura|cynthia|amy|kathleen|angela|' +
    'shirley|brenda|emma|catherine|virginia|nicole|christina|janet|samantha|debra|rachel|carolyn|heather|diane|julie|joyce|' +
    'victoria|kelly|christine|lauren|frances|martha|judith|cheryl|megan|andrea|ann|anne|alice|jean|doris|jacqueline|kathryn|' +
    'hannah|olivia|gloria|marie|teresa|sara|janice|julia|grace|judy|theresa|rose|beverly|denise|marilyn|amber|madison|danielle|' +
    'brittany|diana|abigail|jane|natalie|lori|tiffany|kamala|hillary|nikki|condoleezza|karine|liz|theresa|giorgia|ursula|' +
    'mette|sanna|annalena|marine|emmanuelle|angela|sheikh hasina|hasina|maria|olga|elena|yelena|natalia|tatiana|irina|anna|' +
    'svetlana|valentina|yulia|helen|helena|ingrid|greta|ylva|eva|margot|magdalena|katarina|fatima|aisha|amina|zainab|mariam|' +
    'leila|layla|yasmin|priya|sunita|anita|lakshmi|indira|mei|yuki|keiko|akiko|sakura|ji-hye|min-ji|wanjiku|wambui|njeri|' +
    'achieng|nomvula|thandiwe|ngozi|chiamaka|adaeze|ama|akosua|fiona|claire|sophie|chloe|charlotte|lucy|amelia|isabella|mia|' +
    'ella|ava|zoe|leah|paige|jenna|amira|bronwyn|farida|pilar|annika|meera|sicily|kristina|kristin|kirsten|birgit|ulrike|' +
    'sabine|petra|monika|silvia|francesca|giulia|chiara|carmen|lucia|ana|beatriz|juliana|camila|valeria|daniela|gabriela|' +
    'oksana|halyna|olena|iryna|tetiana|nataliia|yuliia|kateryna|mariia|liudmyla|svitlana|viktoriia|anastasia|daria|sofia|alina|' +
    'niamh|siobhan|aoife|ciara|saoirse|sinead|sidra|hina|ayesha|mahnoor|nadia|noura|huda|salma|rania|dina|yael|noa|tamar|' +
    'consuelo|maricel|rosario|imelda|leni|hélène|helene|isabelle|nathalie|camille|amélie|amelie|chantal|brigitte|ngozi|' +
    'funmilayo|folake|yetunde|aisha|hauwa|zainab|moana|aroha|mere|hine|mei|xiu',
);

export const MASCULINE_GIVEN_NAMES = set(
  'john|james|robert|michael|william|david|richard|joseph|thomas|charles|christopher|daniel|matthew|anthony|mark|donald|steven|' +
    'paul|andrew|joshua|kenneth|kevin|brian|timothy|ronald|jason|jeffrey|ryan|jacob|gary|nicholas|eric|jonathan|stephen|larry|' +
    'justin|scott|brandon|benjamin|samuel|gregory|frank|raymond|patrick|jack|dennis|jerry|tyler|aaron|jose|adam|nathan|henry|' +
    'zachary|douglas|peter|kyle|noah|ethan|jeremy|walter|keith|roger|terry|austin|sean|gerald|carl|harold|dylan|arthur|' +
    'lawrence|jesse|bryan|billy|bruce|gabriel|joe|logan|albert|willie|alan|eugene|russell|vincent|philip|bobby|johnny|bradley|' +
    'antony|marco|mike|bill|tom|jim|bob|vladimir|sergey|sergei|dmitry|alexander|alexei|anatoly|andrei|mikhail|nikolai|ivan|' +
    'igor|yuri|pyotr|viktor|victor|oleg|boris|georgy|george|konstantin|maxim|pavel|denis|evgeny|yevgeny|vasily|leonid|' +
    'volodymyr|petro|oleksandr|dmytro|andriy|emmanuel|olaf|josep|jens|recep|narendra|shehbaz|imran|shinzo|fumio|ebrahim|' +
    'hassan|ali|mohammed|muhammad|ahmed|ahmad|mahmoud|abdul|abdullah|omar|khalid|hamad|tamim|bashar|yair|naftali|luiz|jair|' +
    'andres|javier|gustavo|cyril|nelson|thabo|abiy|uhuru|jean-pierre|pierre|francois|jacques|friedrich|pedro|mario|sergio|' +
    'antonio|giuseppe|carlos|juan|luis|miguel|jorge|manuel|francisco|pablo|rafael|fernando|ricardo|roberto|hans|klaus|' +
    'wolfgang|jurgen|stefan|andreas|lars|erik|anders|liam|lucas|leo|max|hugo|felix|oscar|tim|sam|ben|dan|nick|chris|matt|' +
    'rishi|keir|lloyd|ned|chuck|mitch|ted|hiroshi|takeshi|kenji|haruto|min-jun|kwame|kofi|yaw|chinedu|emeka|' +
    'tunde|oluwaseun|gareth|nathaniel|santiago|naftali|norman|anwar|stanislav|lazar|miroslav|jake|xi|yang|abdel|mustafa|' +
    'yurii|andriy|mykola|vasyl|taras|bohdan|serhiy|oleksiy|mykhailo|roman|pieter|johan|willem|hendrik|tobias|jan|' +
    'renato|rodrigo|bongbong|ferdinand|emeka|olumide|babajide|bola|hemi|wiremu|tane|rawiri|karim|bertrand|olivier|' +
    'julien|thierry|philippe|didier|gérard|gerard|wes|wesley|imran|babar|shoaib|wasim',
);
