/**
 * Page chrome: the words of navigation, widgets, players and teasers that
 * scraped page text carries around a story. Lower case; a line is compared
 * after trimming, folding spaces and dropping trailing ":»>|" marks.
 */
import { wordSet as set } from './word-set.js';

/** Whole lines that are chrome. */
export const CHROME_LINES = set(
  'all news|subscribe|newsfeed|news feed|share|share this|share this article|comments|comment|read more|read also|' +
    'see also|advertisement|advertising|ad|related|related news|related articles|related topics|related stories|' +
    'most read|most popular|most viewed|print|tweet|follow|follow us|sign up|sign in|log in|login|register|menu|home|' +
    'top stories|latest news|latest|trending|video|videos|photo|photos|gallery|listen|listen to this article|play|close|next|' +
    'previous|back to top|loading|loading...|more|show more|download|email|copy link|link copied|copy|facebook|twitter|' +
    'telegram|whatsapp|vk|ok|linkedin|reddit|x|rss|cookie settings|accept|accept all|skip to content|' +
    'skip to main content|skip to navigation|go to contents|go to navigation|go to contents go to navigation|' +
    "accessibility links|you are here|continue reading|recommended|you may also like|don't miss|editor's picks|" +
    'top news|hot topics|tags|topics|topics covered|newsletter|world|politics|business|economy|society|sports|sport|' +
    'culture|science|technology|tech|opinion|analysis|features|feature|in depth|multimedia|infographics|' +
    'breaking news|exclusive|interview|explainer|world news|russia|international|africa|asia|europe|americas|' +
    'middle east|usa|us|uk|update|updated|live|live updates|earnings|markets|news|full article|short url|next up|' +
    'placeholder while article actions load|powered by automated translation|what you need to know|' +
    'press shift question mark to access a list of keyboard shortcuts|keyboard shortcuts|' +
    'get the free app|open in app|download the app|advertise with us|contact us|about us|privacy policy|' +
    'terms of use|terms and conditions|all rights reserved|back|search|more stories|more news|' +
    'комментарии|комментарий|подписаться|читать также|поделиться|все новости|новости|реклама|commentaires|partager|' +
    'kommentare|teilen|comentarios|compartir|' +
    'subscribe to our newsletter|sign up for our newsletter|sign up to our newsletter|subscribe to our newsletters|' +
    // Text-size widgets.
    'aa|a a|a+|a-|a+ a-|a- a+|aa aa|text size|font size',
);

/** Section labels after which the next headline-like lines are teasers for other stories. */
export const SECTION_LABELS = set(
  'features|feature|analysis|opinion|related|related news|related articles|related topics|related stories|read also|' +
    'read more|see also|also read|more on this|recommended|you may also like|most read|most popular|most viewed|' +
    "editor's picks|top stories|trending|in depth|explainer|interview|world|politics|business|economy|russia|africa|" +
    'asia|europe|americas|middle east|multimedia|video|photo|more stories|more news|latest news|next up',
);

/** Openings of teaser lines ("Read more: …", "More from X", "From the archives - …"). */
export const TEASER_OPENINGS = [
  'read also',
  'read more',
  'see also',
  'also read',
  'related',
  'more on this',
  'recommended',
  'watch',
  'listen',
  'more from',
  'from the archives',
  'most read',
  'editor’s pick',
  "editor's pick",
];

/** Chrome glued to the end of a heading by the scraper ("…in Kyivget the free app"). */
export const GLUED_CHROME_ENDINGS = ['get the free app', 'open in app', 'download the app', 'opens in new window', 'democracy dies in darkness'];

/** Genre labels a site prints above a story ("1997 News Story", "Press Release"). */
export const GENRE_LABELS = set(
  'news story|news|story|press release|news release|press statement|statement|article|report|feature|opinion|' +
    'editorial|commentary|analysis|interview|blog|live blog|liveblog|breaking|update|archive|archives|transcript',
);

/** Section names of a site's navigation; a line of them side by side is a menu ("GTA Canada Politics Business World Opinion"). */
export const SECTION_WORDS = set(
  'home|news|world|politics|business|opinion|opinionista|sport|sports|life|lifestyle|culture|arts|analysis|podcasts|podcast|' +
    'video|videos|tech|technology|science|health|entertainment|travel|magazines|magazine|local|national|regional|africa|' +
    'asia|europe|americas|canada|australia|economy|markets|money|education|environment|climate|food|style|books|music|' +
    'film|tv|weather|obituaries|letters|editorials|columns|features|investigations|photos|newsletters|events|jobs|' +
    'classifieds|shop|epaper|e-paper|login|subscribe|register|search|menu|more|latest|trending|explainers|insight|gta',
);
