/**
 * News outlets of the world: canonical name, other names, web domains.
 * One entry a line: "Canonical|alias|alias|@domain|@domain". A leading "*"
 * marks a wire service (its name in a dateline or byline is the story's
 * source, not necessarily the site that printed it).
 * Canonical names follow the outlet's own usage ("The Irish Times", "CBS News").
 * Add an outlet by adding a line; aliases and domains are optional.
 */
const ENTRIES = `
*TASS|ITAR-TASS|TASS News Agency|TASS Russian News Agency|@tass.com|@tass.ru
*Sputnik|Sputnik News|Sputnik International|@sputniknews.com|@sputnikglobe.com
Sputnik Africa|@sputniknews.africa|@en.sputniknews.africa
Sputnik India|@sputniknews.in
Sputnik Globe
*RIA Novosti|RIA|@ria.ru
*Interfax|Interfax-Ukraine|@interfax.ru|@interfax.com
*Reuters|Thomson Reuters|@reuters.com
*AP|Associated Press|The Associated Press|@apnews.com|@ap.org
*AFP|Agence France-Presse|Agence France Presse|@afp.com
*Xinhua|Xinhua News Agency|@xinhuanet.com|@news.cn
*KCNA|Korean Central News Agency|@kcna.kp
KCNA Watch|@kcnawatch.org
*Yonhap|Yonhap News Agency|Yonhap News|@yna.co.kr|@en.yna.co.kr
*Kyodo|Kyodo News|@kyodonews.net
*Jiji Press|Jiji|@jiji.com
*UPI|United Press International|@upi.com
*dpa|Deutsche Presse-Agentur|@dpa.com
*EFE|Agencia EFE|@efe.com
*ANSA|@ansa.it
*Anadolu|Anadolu Agency|AA|@aa.com.tr
*IRNA|Islamic Republic News Agency|@irna.ir
*ISNA|@isna.ir
*Tasnim|Tasnim News Agency|@tasnimnews.com
*Fars|Fars News Agency|@farsnews.ir
*Mehr|Mehr News Agency|@mehrnews.com
*WAFA|@wafa.ps
*SPA|Saudi Press Agency|@spa.gov.sa
*WAM|Emirates News Agency|@wam.ae
*QNA|Qatar News Agency|@qna.org.qa
*KUNA|Kuwait News Agency|@kuna.net.kw
*MENA|Middle East News Agency
*SANA|Syrian Arab News Agency|@sana.sy
*Petra|Jordan News Agency|@petra.gov.jo
*APS|Algerie Presse Service|@aps.dz
*MAP|Maghreb Arabe Presse|@mapexpress.ma
*PTI|Press Trust of India|@ptinews.com
*IANS|Indo-Asian News Service|@ianslive.in
*ANI|Asian News International|@aninews.in
*APP|Associated Press of Pakistan|@app.com.pk
*BSS|Bangladesh Sangbad Sangstha|@bssnews.net
*Bernama|@bernama.com
*Antara|Antara News|@antaranews.com
*PNA|Philippine News Agency|@pna.gov.ph
*VNA|Vietnam News Agency|@vnanet.vn
*CNA|Central News Agency|Focus Taiwan|@focustaiwan.tw|@cna.com.tw
*AAP|Australian Associated Press|@aap.com.au
*NZPA|New Zealand Press Association
*The Canadian Press|Canadian Press|CP|@thecanadianpress.com
*PA|PA Media|Press Association|@pamediagroup.com
*ANP|@anp.nl
*Belga|@belga.be
*APA|Austria Presse Agentur|@apa.at
*Keystone-SDA|SDA|@keystone-sda.ch
*TT|Tidningarnas Telegrambyrå|@tt.se
*NTB|Norsk Telegrambyrå|@ntb.no
*Ritzau|@ritzau.dk
*STT|@stt.fi
*PAP|Polish Press Agency|@pap.pl
*CTK|Czech News Agency|@ctk.cz
*MTI|@mti.hu
*Agerpres|@agerpres.ro
*BTA|Bulgarian News Agency|@bta.bg
*HINA|@hina.hr
*Tanjug|@tanjug.rs
*ANA-MPA|Athens News Agency|@amna.gr
*Ukrinform|@ukrinform.net|@ukrinform.ua
*UNIAN|@unian.info|@unian.net
*BelTA|@belta.by
*Kazinform|@inform.kz
*Trend|Trend News Agency|@trend.az
*Armenpress|@armenpress.am
*Agenzia Nova|Nova|@agenzianova.com
*Lusa|@lusa.pt
*Prensa Latina|@prensa-latina.cu
*Notimex
*Telam|Télam|@telam.com.ar
*Agencia Brasil|Agência Brasil|@agenciabrasil.ebc.com.br
*APA Azerbaijan|@apa.az
*NNA|National News Agency|@nna-leb.gov.lb
*KPL|Lao News Agency
*MIA|Macedonian Information Agency|@mia.mk
*Kyodo Tsushin
*PR Newswire|PRNewswire|PRNewswire-PRWeb|PRWeb|@prnewswire.com|@prweb.com
*Business Wire|BusinessWire|@businesswire.com
*GlobeNewswire|Globe Newswire|@globenewswire.com
*Bloomberg|Bloomberg News|@bloomberg.com
*Dow Jones|Dow Jones Newswires|@dowjones.com
OREANDA-NEWS|Oreanda|Oreanda News|@oreanda.ru
Shining BD|@shiningbd.com
RT|Russia Today|RT News|@rt.com
Izvestia|@iz.ru
Kommersant|@kommersant.ru|@kommersant.com
Rossiyskaya Gazeta|RG|Russia Beyond|@rg.ru
Vedomosti|@vedomosti.ru
Moscow Times|The Moscow Times|@themoscowtimes.com
Meduza|@meduza.io
Novaya Gazeta|@novayagazeta.ru
Pravda|Pravda.ru|@pravda.ru
Gazeta.ru|@gazeta.ru
Lenta.ru|@lenta.ru
RBC|@rbc.ru
Kyiv Independent|The Kyiv Independent|@kyivindependent.com
Kyiv Post|@kyivpost.com
Ukrainska Pravda|@pravda.com.ua
RFE/RL|Radio Free Europe/Radio Liberty|Radio Free Europe|Radio Liberty|RFE|@rferl.org
Voice of America|VOA|VOA News|@voanews.com
Radio Free Asia|RFA|@rfa.org
BBC|BBC News|British Broadcasting Corporation|BBC World Service|@bbc.co.uk|@bbc.com
Sky News|@news.sky.com|@sky.com
ITV News|ITV|@itv.com
Channel 4 News|@channel4.com
The Guardian|Guardian|@theguardian.com|@guardian.co.uk
The Observer|Observer
The Times|The Times of London|@thetimes.co.uk
The Sunday Times|@thesundaytimes.co.uk
The Daily Telegraph|The Telegraph|Telegraph|@telegraph.co.uk
Financial Times|FT|The Financial Times|@ft.com
The Independent|Independent|@independent.co.uk
Daily Mail|Mail Online|MailOnline|@dailymail.co.uk
The Sun|@thesun.co.uk
Daily Mirror|The Mirror|Mirror|@mirror.co.uk
Daily Express|Express|@express.co.uk
Evening Standard|London Evening Standard|@standard.co.uk
The Economist|Economist|@economist.com
New Statesman|@newstatesman.com
The Spectator|Spectator|@spectator.co.uk
The Scotsman|@scotsman.com
The Herald|Herald Scotland|@heraldscotland.com
Belfast Telegraph|@belfasttelegraph.co.uk
The Irish Times|Irish Times|@irishtimes.com
Irish Independent|@independent.ie
Irish Examiner|@irishexaminer.com
RTÉ|RTE|RTÉ News|RTE News|@rte.ie
TheJournal.ie|The Journal|@thejournal.ie
The New York Times|New York Times|NYT|NY Times|@nytimes.com
The Washington Post|Washington Post|WaPo|@washingtonpost.com
The Wall Street Journal|Wall Street Journal|WSJ|@wsj.com
USA Today|@usatoday.com
Los Angeles Times|LA Times|L.A. Times|@latimes.com
Chicago Tribune|@chicagotribune.com
The Boston Globe|Boston Globe|@bostonglobe.com
San Francisco Chronicle|SF Chronicle|@sfchronicle.com
The Atlanta Journal-Constitution|AJC|@ajc.com
Houston Chronicle|@houstonchronicle.com
The Dallas Morning News|Dallas Morning News|@dallasnews.com
The Miami Herald|Miami Herald|@miamiherald.com
The Philadelphia Inquirer|Philadelphia Inquirer|@inquirer.com
The Seattle Times|Seattle Times|@seattletimes.com
Star Tribune|@startribune.com
Newsday|@newsday.com
New York Post|NY Post|@nypost.com
Daily News|New York Daily News|@nydailynews.com
The Denver Post|Denver Post|@denverpost.com
Tampa Bay Times|@tampabay.com
The Christian Science Monitor|Christian Science Monitor|CSM|@csmonitor.com
The Hill|@thehill.com
Politico|POLITICO|Politico Europe|@politico.com|@politico.eu
Axios|@axios.com
The Atlantic|@theatlantic.com
The New Yorker|New Yorker|@newyorker.com
Newsweek|@newsweek.com
TIME|Time Magazine|@time.com
Foreign Policy magazine|@foreignpolicy.com
Foreign Affairs magazine|@foreignaffairs.com
The Intercept|@theintercept.com
ProPublica|@propublica.org
Vox|@vox.com
Slate|@slate.com
Salon|@salon.com
HuffPost|Huffington Post|The Huffington Post|@huffpost.com|@huffingtonpost.com
BuzzFeed News|BuzzFeed|@buzzfeednews.com
Vice|Vice News|@vice.com
The Daily Beast|Daily Beast|@thedailybeast.com
Business Insider|Insider|@businessinsider.com|@insider.com
Forbes|@forbes.com
Fortune|@fortune.com
MarketWatch|@marketwatch.com
Barron's|Barrons|@barrons.com
Yahoo News|Yahoo|Yahoo Finance|@yahoo.com|@news.yahoo.com
Breitbart|Breitbart News|@breitbart.com
The Daily Caller|Daily Caller|@dailycaller.com
Washington Examiner|@washingtonexaminer.com
The Washington Times|Washington Times|@washingtontimes.com
National Review|@nationalreview.com
Roll Call|@rollcall.com
Defense News|@defensenews.com
Stars and Stripes|@stripes.com
Military Times|@militarytimes.com
The Diplomat|@thediplomat.com
Al-Monitor|Al Monitor|@al-monitor.com
CNN|CNN International|@cnn.com|@edition.cnn.com
CNBC|CNBC.com|@cnbc.com
CBS News|CBS|@cbsnews.com
NBC News|NBC|@nbcnews.com
ABC News|ABC|@abcnews.go.com
Fox News|Fox|Fox News Channel|@foxnews.com
MSNBC|@msnbc.com
NPR|National Public Radio|@npr.org
PBS|PBS NewsHour|@pbs.org
C-SPAN|@c-span.org
Bloomberg Television
CBC News|CBC|Canadian Broadcasting Corporation|@cbc.ca
CTV News|CTV|@ctvnews.ca
Global News|@globalnews.ca
The Globe and Mail|Globe and Mail|@theglobeandmail.com
National Post|@nationalpost.com
Toronto Star|The Star|@thestar.com
Montreal Gazette|@montrealgazette.com
Ottawa Citizen|@ottawacitizen.com
Radio-Canada|@radio-canada.ca
La Presse|@lapresse.ca
Le Devoir|@ledevoir.com
Le Monde|@lemonde.fr
Le Figaro|@lefigaro.fr
Libération|Liberation|@liberation.fr
Les Echos|@lesechos.fr
Le Parisien|@leparisien.fr
France 24|France24|@france24.com
RFI|Radio France Internationale|@rfi.fr
France Info|Franceinfo|@francetvinfo.fr
Euronews|@euronews.com
Deutsche Welle|DW|@dw.com
Der Spiegel|Spiegel|Spiegel Online|@spiegel.de
Die Zeit|Zeit Online|@zeit.de
Frankfurter Allgemeine Zeitung|FAZ|Frankfurter Allgemeine|@faz.net
Süddeutsche Zeitung|Suddeutsche Zeitung|SZ|@sueddeutsche.de
Die Welt|Welt|@welt.de
Bild|@bild.de
Handelsblatt|@handelsblatt.com
Tagesschau|ARD|@tagesschau.de
ZDF|@zdf.de
Neue Zürcher Zeitung|NZZ|@nzz.ch
Swissinfo|SWI swissinfo.ch|@swissinfo.ch
Der Standard|@derstandard.at
Die Presse|@diepresse.com
ORF|@orf.at
Corriere della Sera|Corriere|@corriere.it
La Repubblica|Repubblica|@repubblica.it
La Stampa|@lastampa.it
Il Sole 24 Ore|@ilsole24ore.com
RAI|RAI News|@rainews.it
El País|El Pais|@elpais.com
El Mundo|@elmundo.es
ABC España|@abc.es
La Vanguardia|@lavanguardia.com
RTVE|@rtve.es
Público|Publico|@publico.pt
Expresso|@expresso.pt
NOS|@nos.nl
De Telegraaf|Telegraaf|@telegraaf.nl
NRC|NRC Handelsblad|@nrc.nl
de Volkskrant|Volkskrant|@volkskrant.nl
Le Soir|@lesoir.be
The Brussels Times|Brussels Times|@brusselstimes.com
EUobserver|@euobserver.com
Euractiv|@euractiv.com
Dagens Nyheter|DN|@dn.se
Svenska Dagbladet|SvD|@svd.se
Aftonbladet|@aftonbladet.se
SVT|SVT Nyheter|@svt.se
Sveriges Radio|@sverigesradio.se
The Local|The Local Sweden|The Local Germany|The Local France|@thelocal.se|@thelocal.de|@thelocal.fr|@thelocal.it|@thelocal.es|@thelocal.dk|@thelocal.no|@thelocal.ch|@thelocal.at
Aftenposten|@aftenposten.no
NRK|@nrk.no
Politiken|@politiken.dk
DR|@dr.dk
Helsingin Sanomat|@hs.fi
Yle|Yle News|@yle.fi
Gazeta Wyborcza|@wyborcza.pl
Notes from Poland|@notesfrompoland.com
Radio Prague International|@radio.cz
Hungary Today|@hungarytoday.hu
Balkan Insight|BIRN|@balkaninsight.com
Kathimerini|@ekathimerini.com
Hürriyet|Hurriyet|Hürriyet Daily News|Hurriyet Daily News|@hurriyetdailynews.com
Daily Sabah|@dailysabah.com
TRT World|TRT|@trtworld.com
Haaretz|@haaretz.com
The Times of Israel|Times of Israel|TOI|@timesofisrael.com
The Jerusalem Post|Jerusalem Post|JPost|@jpost.com
Ynet|Ynetnews|@ynetnews.com
i24NEWS|@i24news.tv
Al Jazeera|Al Jazeera English|@aljazeera.com|@aljazeera.net
Al Arabiya|Al Arabiya English|@alarabiya.net
Arab News|@arabnews.com
Saudi Gazette|@saudigazette.com.sa
Asharq Al-Awsat|Asharq Al Awsat|@aawsat.com
Gulf News|@gulfnews.com
Khaleej Times|@khaleejtimes.com
The National|The National (UAE)|The National News|@thenationalnews.com|@thenational.ae
Gulf Times|@gulf-times.com
The Peninsula|@thepeninsulaqatar.com
Middle East Eye|@middleeasteye.net
Middle East Monitor|MEMO|@middleeastmonitor.com
The New Arab|@newarab.com
Ahram Online|Al-Ahram|Al Ahram|@ahram.org.eg
Egypt Independent|@egyptindependent.com
Daily News Egypt|@dailynewsegypt.com
The Jordan Times|Jordan Times|@jordantimes.com
L'Orient-Le Jour|L'Orient Today|@lorientlejour.com
The Daily Star (Lebanon)|@dailystar.com.lb
Tehran Times|@tehrantimes.com
Press TV|PressTV|@presstv.ir
Kurdistan 24|@kurdistan24.net
Rudaw|@rudaw.net
Dawn|@dawn.com
The Express Tribune|Express Tribune|@tribune.com.pk
The News International|The News|@thenews.com.pk
Geo News|@geo.tv
The Times of India|Times of India|TOI|TOI India|TNN|@timesofindia.indiatimes.com|@indiatimes.com
The Hindu|@thehindu.com
Hindustan Times|@hindustantimes.com
The Indian Express|Indian Express|@indianexpress.com
NDTV|@ndtv.com
India Today|@indiatoday.in
The Economic Times|Economic Times|@economictimes.indiatimes.com
Deccan Herald|@deccanherald.com
The Wire|@thewire.in
Scroll.in|Scroll|@scroll.in
The Daily Star|Daily Star|@thedailystar.net
Dhaka Tribune|@dhakatribune.com
The Kathmandu Post|Kathmandu Post|@kathmandupost.com
Daily Mirror (Sri Lanka)|@dailymirror.lk
Khaama Press|@khaama.com
TOLOnews|@tolonews.com
The Korea Herald|Korea Herald|@koreaherald.com
The Korea Times|Korea Times|@koreatimes.co.kr
JoongAng Daily|Korea JoongAng Daily|@koreajoongangdaily.joins.com
Chosun Ilbo|@chosun.com
Hankyoreh|@hani.co.kr
KBS|KBS World|@kbs.co.kr
Arirang|@arirang.com
NK News|@nknews.org
Daily NK|@dailynk.com
The Japan Times|Japan Times|@japantimes.co.jp
NHK|NHK World|@nhk.or.jp
Nikkei Asia|Nikkei|Nikkei Asian Review|@asia.nikkei.com|@nikkei.com
The Asahi Shimbun|Asahi Shimbun|@asahi.com
The Mainichi|Mainichi|@mainichi.jp
The Yomiuri Shimbun|Yomiuri|Japan News|@japannews.yomiuri.co.jp
South China Morning Post|SCMP|@scmp.com
The Standard (Hong Kong)|@thestandard.com.hk
Hong Kong Free Press|HKFP|@hongkongfp.com
RTHK|@rthk.hk
China Daily|@chinadaily.com.cn
Global Times|@globaltimes.cn
CGTN|CGTN America|China Global Television Network|@cgtn.com
People's Daily|People's Daily Online|@people.cn
CCTV|@cctv.com
Caixin|@caixinglobal.com
Sixth Tone|@sixthtone.com
Taipei Times|@taipeitimes.com
Taiwan News|@taiwannews.com.tw
The Straits Times|Straits Times|@straitstimes.com
CNA Singapore|Channel NewsAsia|@channelnewsasia.com
TODAY|@todayonline.com
The Star (Malaysia)|@thestar.com.my
Malay Mail|@malaymail.com
New Straits Times|@nst.com.my
Malaysiakini|@malaysiakini.com
The Jakarta Post|Jakarta Post|@thejakartapost.com
Jakarta Globe|@jakartaglobe.id
Tempo|@tempo.co
Bangkok Post|@bangkokpost.com
The Nation (Thailand)|Nation Thailand|@nationthailand.com
Khmer Times|@khmertimeskh.com
VnExpress|@vnexpress.net
Tuoi Tre News|@tuoitrenews.vn
The Irrawaddy|Irrawaddy|@irrawaddy.com
Philippine Daily Inquirer|Inquirer|@inquirer.net
Rappler|@rappler.com
Philstar|The Philippine Star|@philstar.com
ABS-CBN News|ABS-CBN|@abs-cbn.com
GMA News|@gmanetwork.com
ABC (Australia)|ABC News (Australia)|Australian Broadcasting Corporation|@abc.net.au
SBS News|SBS|@sbs.com.au
The Sydney Morning Herald|Sydney Morning Herald|SMH|@smh.com.au
The Age|@theage.com.au
The Australian|@theaustralian.com.au
The Canberra Times|@canberratimes.com.au
news.com.au|@news.com.au
9News|Nine News|@9news.com.au
The New Zealand Herald|NZ Herald|New Zealand Herald|@nzherald.co.nz
Stuff|Stuff.co.nz|@stuff.co.nz
RNZ|Radio New Zealand|@rnz.co.nz
1News|TVNZ|@1news.co.nz
Fiji Times|The Fiji Times|@fijitimes.com
RNZ Pacific
Mail & Guardian|Mail and Guardian|M&G|@mg.co.za
News24|@news24.com
Daily Maverick|@dailymaverick.co.za
IOL|Independent Online|@iol.co.za
SABC|SABC News|@sabcnews.com
TimesLIVE|Times Live|@timeslive.co.za
The Citizen|@citizen.co.za
Business Day|BusinessLIVE|@businesslive.co.za
EWN|Eyewitness News|@ewn.co.za
Nation|Daily Nation|Nation Africa|Nation (Kenya)|@nation.africa|@nation.co.ke
The Standard (Kenya)|Standard Media|@standardmedia.co.ke
The Star (Kenya)|@the-star.co.ke
Capital FM|@capitalfm.co.ke
The EastAfrican|East African|@theeastafrican.co.ke
The Citizen (Tanzania)|@thecitizen.co.tz
Daily Monitor|Monitor|@monitor.co.ug
New Vision|@newvision.co.ug
The New Times|New Times Rwanda|@newtimes.co.rw
Addis Standard|@addisstandard.com
The Reporter (Ethiopia)|@thereporterethiopia.com
Punch|The Punch|@punchng.com
Vanguard|@vanguardngr.com
The Guardian Nigeria|@guardian.ng
Premium Times|@premiumtimesng.com
ThisDay|@thisdaylive.com
Daily Trust|@dailytrust.com
Channels TV|Channels Television|@channelstv.com
Graphic Online|Daily Graphic|@graphic.com.gh
GhanaWeb|@ghanaweb.com
Myjoyonline|@myjoyonline.com
The Herald (Zimbabwe)|@herald.co.zw
NewZimbabwe|@newzimbabwe.com
Lusaka Times|@lusakatimes.com
Africanews|@africanews.com
AllAfrica|@allafrica.com
Jeune Afrique|@jeuneafrique.com
Morocco World News|@moroccoworldnews.com
Hespress|@hespress.com
The Libya Observer|@libyaobserver.ly
Sudan Tribune|@sudantribune.com
Radio Dabanga|@dabangasudan.org
The Namibian|@namibian.com.na
Mmegi|@mmegi.bw
MercoPress|Mercopress|MercoPress South Atlantic News Agency|@en.mercopress.com|@mercopress.com
Buenos Aires Times|@batimes.com.ar
Clarín|Clarin|@clarin.com
La Nación|La Nacion|@lanacion.com.ar
Infobae|@infobae.com
Folha de S.Paulo|Folha|@folha.uol.com.br
O Globo|Globo|@oglobo.globo.com|@globo.com
Estadão|Estadao|@estadao.com.br
Brazil Reports
El Universal|@eluniversal.com.mx
Reforma|@reforma.com
Milenio|@milenio.com
Mexico News Daily|@mexiconewsdaily.com
El Tiempo|@eltiempo.com
El Comercio|@elcomercio.pe
La Tercera|@latercera.com
El Mercurio|@emol.com
Granma|@granma.cu
teleSUR|Telesur|@telesurenglish.net|@telesurtv.net
El Nacional|@elnacional.com
Jamaica Gleaner|The Gleaner|@jamaica-gleaner.com
Jamaica Observer|@jamaicaobserver.com
Trinidad Express|@trinidadexpress.com
Devdiscourse|@devdiscourse.com
UN News|United Nations News|@news.un.org
Royal Embassy of Saudi Arabia|Embassy of Saudi Arabia|Saudi Embassy|Royal Embassy of Saudi Arabia, Washington|@saudiembassy.net
`;

export interface OutletEntry {
  name: string;
  aliases: string[];
  domains: string[];
  wire: boolean;
}

export const OUTLET_ENTRIES: readonly OutletEntry[] = ENTRIES.split('\n')
  .map((l) => l.trim())
  .filter(Boolean)
  .map((line) => {
    const wire = line.startsWith('*');
    const parts = (wire ? line.slice(1) : line).split('|');
    const name = parts[0] ?? '';
    return {
      name,
      aliases: parts.slice(1).filter((p) => !p.startsWith('@')),
      domains: parts.filter((p) => p.startsWith('@')).map((p) => p.slice(1)),
      wire,
    };
  });
