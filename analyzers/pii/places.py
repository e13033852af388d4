"""Places callers say they are writing or calling from: countries, their regions and the world's large cities.

spaCy's NER tags a place it does not know well as a PERSON ('writing from Buenos Aires'). Where a span stands
right after 'from' or 'based in', being one of these places makes it the place, not a person. The list is of
whole categories (every country, the capitals and the cities of a million people or more that callers name), not
of the places one test set held.
"""

from __future__ import annotations

import re

_COUNTRIES = """
afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahamas|bahrain|
bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|botswana|brazil|brunei|bulgaria|
burkina faso|burundi|cambodia|cameroon|canada|cape verde|chad|chile|china|colombia|comoros|congo|costa rica|
croatia|cuba|cyprus|czechia|czech republic|denmark|djibouti|dominica|dominican republic|ecuador|egypt|
el salvador|eritrea|estonia|eswatini|ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|
grenada|guatemala|guinea|guyana|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|
ivory coast|jamaica|japan|jordan|kazakhstan|kenya|kiribati|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|
liberia|libya|liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|
mauritius|mexico|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|namibia|nepal|netherlands|
new zealand|nicaragua|niger|nigeria|north macedonia|norway|oman|pakistan|palestine|panama|papua new guinea|
paraguay|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|samoa|saudi arabia|senegal|serbia|
seychelles|sierra leone|singapore|slovakia|slovenia|somalia|south africa|south korea|korea|south sudan|spain|
sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tonga|trinidad|
tunisia|turkey|türkiye|turkmenistan|uganda|ukraine|united arab emirates|uae|united kingdom|uk|england|scotland|
wales|northern ireland|united states|usa|america|uruguay|uzbekistan|vanuatu|venezuela|vietnam|viet nam|yemen|
zambia|zimbabwe|puerto rico|hong kong|macau|greenland|aotearoa
"""
_REGIONS = """
alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|
iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|
nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|
pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|
west virginia|wisconsin|wyoming|ontario|quebec|québec|british columbia|alberta|manitoba|saskatchewan|
nova scotia|new brunswick|newfoundland|queensland|new south wales|victoria|tasmania|western australia|
bavaria|catalonia|catalunya|andalusia|andalucía|sicily|sardinia|tuscany|lombardy|punjab|kerala|gujarat|
maharashtra|karnataka|tamil nadu|bengal|rajasthan|bihar|java|bali|sumatra|mindanao|luzon|cebu|patagonia|
yorkshire|lancashire|cornwall|devon|kent|essex|surrey|cumbria|the midlands|siberia
"""
_CITIES = """
london|paris|berlin|madrid|barcelona|lisbon|porto|rome|milan|naples|turin|florence|venice|vienna|prague|budapest|
warsaw|krakow|kraków|wrocław|gdańsk|bucharest|sofia|belgrade|zagreb|ljubljana|sarajevo|athens|istanbul|
i̇stanbul|ankara|izmir|i̇zmir|moscow|saint petersburg|st petersburg|kyiv|kiev|kharkiv|odesa|odessa|lviv|minsk|
vilnius|riga|tallinn|helsinki|stockholm|oslo|copenhagen|reykjavik|dublin|cork|belfast|edinburgh|glasgow|cardiff|
manchester|birmingham|liverpool|leeds|bristol|sheffield|newcastle|nottingham|leicester|brighton|amsterdam|
rotterdam|the hague|brussels|antwerp|luxembourg|zurich|zürich|geneva|bern|basel|munich|münchen|hamburg|
frankfurt|cologne|köln|stuttgart|düsseldorf|dresden|leipzig|marseille|lyon|toulouse|nice|bordeaux|lille|
seville|sevilla|valencia|bilbao|malaga|málaga|zaragoza|cairo|alexandria|casablanca|rabat|marrakesh|marrakech|
tunis|algiers|tripoli|lagos|abuja|ibadan|kano|accra|kumasi|dakar|abidjan|bamako|nairobi|mombasa|kisumu|
kampala|kigali|dar es salaam|dodoma|addis ababa|khartoum|mogadishu|hargeisa|lusaka|harare|bulawayo|maputo|
luanda|kinshasa|johannesburg|cape town|durban|pretoria|soweto|windhoek|gaborone|antananarivo|dubai|abu dhabi|
sharjah|doha|riyadh|jeddah|mecca|medina|kuwait city|muscat|manama|amman|beirut|damascus|baghdad|basra|erbil|
tehran|isfahan|jerusalem|tel aviv|haifa|karachi|lahore|islamabad|rawalpindi|faisalabad|peshawar|kabul|
delhi|new delhi|mumbai|bombay|kolkata|calcutta|chennai|madras|bangalore|bengaluru|hyderabad|ahmedabad|pune|
surat|jaipur|lucknow|kanpur|nagpur|indore|bhopal|patna|kochi|goa|dhaka|chittagong|kathmandu|colombo|
male|tashkent|samarkand|almaty|astana|bishkek|dushanbe|ashgabat|baku|tbilisi|yerevan|ulaanbaatar|beijing|
shanghai|guangzhou|shenzhen|chengdu|chongqing|wuhan|tianjin|hangzhou|nanjing|xi'an|taipei|seoul|busan|
incheon|tokyo|osaka|kyoto|yokohama|nagoya|sapporo|fukuoka|manila|quezon city|davao|bangkok|chiang mai|
hanoi|ho chi minh city|saigon|da nang|phnom penh|vientiane|yangon|rangoon|kuala lumpur|penang|johor bahru|
jakarta|surabaya|bandung|medan|yogyakarta|semarang|makassar|denpasar|sydney|melbourne|brisbane|perth|
adelaide|canberra|hobart|darwin|auckland|wellington|christchurch|hamilton|suva|apia|nuku'alofa|port moresby|
honolulu|toronto|montreal|montréal|vancouver|calgary|edmonton|ottawa|winnipeg|halifax|new york city|
los angeles|chicago|houston|phoenix|philadelphia|san antonio|san diego|dallas|san jose|austin|jacksonville|
san francisco|columbus|fort worth|charlotte|seattle|denver|el paso|detroit|boston|memphis|nashville|portland|
oklahoma city|las vegas|baltimore|louisville|milwaukee|albuquerque|tucson|fresno|sacramento|atlanta|miami|
orlando|tampa|new orleans|cleveland|pittsburgh|cincinnati|minneapolis|st louis|kansas city|salt lake city|
mexico city|ciudad de méxico|guadalajara|monterrey|puebla|tijuana|cancún|cancun|oaxaca|mérida|merida|
guatemala city|san salvador|tegucigalpa|managua|san josé|panama city|havana|santo domingo|port-au-prince|
kingston|san juan|bogotá|bogota|medellín|medellin|cali|barranquilla|cartagena|caracas|maracaibo|quito|
guayaquil|lima|arequipa|cusco|la paz|santa cruz|cochabamba|santiago|valparaíso|valparaiso|buenos aires|
córdoba|cordoba|rosario|mendoza|montevideo|asunción|asuncion|são paulo|sao paulo|rio de janeiro|rio|brasília|
brasilia|salvador|fortaleza|belo horizonte|manaus|curitiba|recife|porto alegre|belém|belem|goiânia|goiania|
campinas|florianópolis|florianopolis
"""
KNOWN_PLACES: frozenset[str] = frozenset(
    p.strip() for p in (_COUNTRIES + _REGIONS + _CITIES).replace("\n", "").split("|") if p.strip())


def is_known_place(value: str) -> bool:
    """Whether the whole value (any case, spaces normalised, a trailing comma or full stop aside) is a known place."""
    v = re.sub(r"\s+", " ", value.strip(" \t\n.,;:!?")).lower()
    return v in KNOWN_PLACES or v.removeprefix("the ") in KNOWN_PLACES
