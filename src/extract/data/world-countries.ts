/**
 * The rest of the world's countries, beside the ones spelled out in places.ts: name, demonym and capital,
 * each a row "Country|demonym|capital" (either of the last two may be empty). Read into COUNTRIES.
 */
const ROWS = `New Zealand|New Zealander|Wellington
Aotearoa||
Uganda|Ugandan|Kampala
Tanzania|Tanzanian|Dodoma
Rwanda|Rwandan|Kigali
Burundi|Burundian|Gitega
Ghana|Ghanaian|Accra
Senegal|Senegalese|Dakar
Mali|Malian|Bamako
Niger|Nigerien|Niamey
Chad|Chadian|N'Djamena
Cameroon|Cameroonian|Yaounde
Zimbabwe|Zimbabwean|Harare
Zambia|Zambian|Lusaka
Malawi|Malawian|Lilongwe
Mozambique|Mozambican|Maputo
Angola|Angolan|Luanda
Namibia|Namibian|Windhoek
Botswana|Motswana|Gaborone
Lesotho||Maseru
Eswatini||Mbabane
Madagascar|Malagasy|Antananarivo
Mauritius|Mauritian|Port Louis
Somalia|Somali|Mogadishu
Djibouti|Djiboutian|
Eritrea|Eritrean|Asmara
South Sudan|South Sudanese|Juba
Sudanese|Sudanese|Khartoum
Democratic Republic of the Congo|Congolese|Kinshasa
Congo|Congolese|Brazzaville
Gabon|Gabonese|Libreville
Ivory Coast|Ivorian|Abidjan
Cote d'Ivoire||Yamoussoukro
Guinea|Guinean|Conakry
Sierra Leone|Sierra Leonean|Freetown
Liberia|Liberian|Monrovia
Burkina Faso|Burkinabe|Ouagadougou
Benin|Beninese|Porto-Novo
Togo|Togolese|Lome
Gambia|Gambian|Banjul
Mauritania|Mauritanian|Nouakchott
Libyan|Libyan|Tripoli
Algerian|Algerian|Algiers
Moroccan|Moroccan|Rabat
Tunisian|Tunisian|Tunis
Equatorial Guinea||Malabo
Central African Republic||Bangui
Cape Verde|Cape Verdean|Praia
Seychelles||Victoria
Comoros||Moroni
Jordanian|Jordanian|Amman
Qatari|Qatari|
Emirati|Emirati|
Kuwait|Kuwaiti|Kuwait City
Bahrain|Bahraini|Manama
Oman|Omani|Muscat
Yemeni|Yemeni|Sanaa
Cyprus|Cypriot|Nicosia
Malta|Maltese|Valletta
Iceland|Icelandic|Reykjavik
Luxembourg|Luxembourgish|
Slovenia|Slovenian|Ljubljana
Croatia|Croatian|Zagreb
Bosnia and Herzegovina|Bosnian|Sarajevo
Bosnia||
Montenegro|Montenegrin|Podgorica
North Macedonia|Macedonian|Skopje
Albania|Albanian|Tirana
Kosovo|Kosovar|Pristina
Slovak|Slovak|Bratislava
Latvian|Latvian|Riga
Lithuanian|Lithuanian|Vilnius
Estonian|Estonian|Tallinn
Uzbekistan|Uzbek|Tashkent
Turkmenistan|Turkmen|Ashgabat
Tajikistan|Tajik|Dushanbe
Kyrgyzstan|Kyrgyz|Bishkek
Nepali|Nepali|Kathmandu
Bhutan|Bhutanese|Thimphu
Sri Lankan|Sri Lankan|Colombo
Maldives|Maldivian|Male
Myanmar|Burmese|Naypyidaw
Burma||
Cambodia|Cambodian|Phnom Penh
Laos|Lao|Vientiane
Brunei|Bruneian|
East Timor|Timorese|Dili
Timor-Leste||
Papua New Guinea||Port Moresby
Fiji|Fijian|Suva
Samoa|Samoan|Apia
Tonga|Tongan|
Vanuatu||
Solomon Islands||Honiara
Argentine|Argentine|
Argentinian|Argentinian|
Chilean|Chilean|
Colombian|Colombian|
Peruvian|Peruvian|
Ecuador|Ecuadorian|Quito
Bolivia|Bolivian|La Paz
Paraguay|Paraguayan|Asuncion
Uruguay|Uruguayan|Montevideo
Guyana|Guyanese|Georgetown
Suriname|Surinamese|Paramaribo
Panama|Panamanian|
Costa Rica|Costa Rican|San Jose
Nicaragua|Nicaraguan|Managua
Honduras|Honduran|Tegucigalpa
El Salvador|Salvadoran|San Salvador
Guatemala|Guatemalan|
Belize|Belizean|Belmopan
Haiti|Haitian|Port-au-Prince
Dominican Republic|Dominican|Santo Domingo
Jamaica|Jamaican|Kingston
Trinidad and Tobago|Trinidadian|Port of Spain
Barbados|Barbadian|Bridgetown
Bahamas|Bahamian|Nassau
Puerto Rico|Puerto Rican|San Juan
Greenland|Greenlandic|Nuuk
Scotland|Scottish|Edinburgh
Wales|Welsh|Cardiff
England|English|
Northern Ireland||Belfast
Irish||Dublin
Portuguese||Lisbon
Swedish||Stockholm
Norwegian||Oslo
Danish||Copenhagen
Finnish||Helsinki
Dutch||Amsterdam
Belgian||Brussels
Swiss||Bern
Austrian||Vienna
Czech||Prague
Hungarian||Budapest
Romanian||Bucharest
Bulgarian||Sofia
Greek||Athens
Serbian||Belgrade
Moldovan||Chisinau
Ukrainian||Kyiv
Georgian||Tbilisi
Armenian||Yerevan
Azerbaijani||Baku
Kazakh||Astana
Mongolian||Ulaanbaatar
Thai||Bangkok
Malaysian||Kuala Lumpur
Indonesian||Jakarta
Filipino||Manila
Vietnamese||Hanoi
Taiwanese||Taipei
Pakistani||Islamabad
Afghan||Kabul
Bangladeshi||Dhaka
Lebanese||Beirut
Israeli||Jerusalem
Nigerian||Abuja
Kenyan||Nairobi
Ethiopian||Addis Ababa
Venezuelan||Caracas
Cuban||Havana
Vatican||
Holy See||
Monaco|Monegasque|
Liechtenstein||Vaduz
Andorra||
San Marino||`;

/** Lower-case name, demonym and capital → the country's name. */
export const WORLD_COUNTRIES: Record<string, string> = {};
/** Lower-case capitals of the rows above ("sarajevo", "wellington"). */
export const CAPITAL_CITIES = new Set<string>();
for (const row of ROWS.split('\n')) {
  const [name = '', demonym = '', capital = ''] = row.split('|');
  for (const key of [name, demonym, capital]) if (key) WORLD_COUNTRIES[key.toLowerCase()] ??= name;
  if (capital) CAPITAL_CITIES.add(capital.toLowerCase());
}
