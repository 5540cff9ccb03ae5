/** Role words: the nouns that head a role phrase, their modifiers, and the role nouns that refer back to a named speaker (lower case). */
import { wordSet as set } from './word-set.js';

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
    'engineer|midwife|paramedic|firefighter|pharmacist|dentist|vet|veterinarian|architect|accountant|chef|driver|fisherman|' +
    'shopkeeper|vendor|mechanic|electrician|plumber|carpenter|miner|curator|historian|archaeologist|biologist|ecologist|' +
    'epidemiologist|virologist|psychologist|geologist|meteorologist|forecaster|ranger|warden|coroner|magistrate|barrister|' +
    'solicitor|detective|constable|superintendent|headteacher|headmaster|headmistress|pupil|volunteer|landlord|tenant|' +
    'counsel|restorer|conservator|photographer|librarian|organizer|campaigner|researcher|' +
    'councillor|councilor|alderman|alderwoman|councilman|councilwoman|selectman|assemblyman|assemblywoman|assemblymember|' +
    'physiotherapist|therapist|psychiatrist|paediatrician|pediatrician|clinician|commuter|passenger|shopper|motorist|' +
    'patient|parent|protester|protestor|demonstrator|villager|customer|traveller|traveler|consumer|employee|tourist|' +
    'counterpart|advocate|goalkeeper|keeper|goalie|midfielder|defender|winger|fullback|quarterback|pitcher|bowler|batsman|referee|skipper|' +
    'td|mp|mep|msp|mla|mpp|administrator|organiser|organizer|regulator|supremo|boss|strongman|politician|statesman|stateswoman|ex-president|ex-minister|former|source|insider|person|spokesperson',
);

/** Modifiers that may precede a role head inside a role phrase. */
export const ROLE_MODIFIERS = set(
  'foreign|prime|vice|deputy|first|chief|senior|junior|acting|former|interim|permanent|special|presidential|general|state|' +
    'defense|defence|finance|economy|economic|trade|interior|justice|health|education|energy|security|national|federal|' +
    'executive|managing|principal|assistant|associate|press|political|military|top|leading|independent|veteran|supreme|' +
    'parliamentary|opposition|ruling|party|government|official|department|ministry|white|house|kremlin|strategic|communications|' +
    'independent|research|regional|local|district|provincial|county|city|municipal|head|majority|minority|whip|house|senate|' +
    'financial|operating|technology|information|marketing|commercial|medical|scientific|investment|legal|creative|digital',
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

/** Small words that may join the words of a role phrase ("Ambassador to the USA"). */
export const ROLE_CONNECTORS = new Set(['to', 'of', 'for', 'at', 'the', 'in', 'on']);
