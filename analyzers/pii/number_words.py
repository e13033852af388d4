"""Number words of the languages callers use besides English, for spoken addresses and to keep them out of names.

The spoken-number normaliser turns English number words into digits; an ASR transcript of 'calle sesenta y dos
número quinientos tres' or 'jalan cempaka putih nomor dua puluh tiga' keeps its numbers as words, so a house
number there looks like more street or person words. These are the cardinal numbers (not ordinals) of Spanish,
Portuguese, French, Italian, German, Indonesian/Malay, Croatian/Serbian/Bosnian and Polish, and the words that join
them ('sesenta y dos', 'trezentos e doze', 'dua puluh tiga').
"""

from __future__ import annotations

_WORDS = frozenset("""
cero uno una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis dieciseis
diecisiete dieciocho diecinueve veinte veintiuno veintiún veintidós veintidos veintitrés veintitres veinticuatro
veinticinco veintiséis veintiseis veintisiete veintiocho veintinueve treinta cuarenta cincuenta sesenta setenta
ochenta noventa cien ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos
novecientos mil
um dois duas três quatro sete oito nove dez onze doze treze catorze quatorze dezesseis dezasseis
dezessete dezassete dezoito
dezanove dezenove vinte trinta quarenta cinquenta sessenta oitenta cem cento duzentos trezentos quatrocentos
quinhentos seiscentos setecentos oitocentos novecentos
zéro un une six deux trois quatre cinq sept huit neuf dix onze douze treize quatorze quinze seize dix-sept
dix-huit dix-neuf
vingt trente quarante cinquante soixante soixante-dix quatre-vingt quatre-vingts quatre-vingt-dix cent cents mille
due tre quattro cinque sei sette otto dieci undici dodici tredici venti trenta quaranta cinquanta sessanta settanta
ottanta novanta
nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh seratus ratus seribu ribu
null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn
achtzehn neunzehn zwanzig dreißig dreissig vierzig fünfzig sechzig siebzig achtzig neunzig hundert tausend
nula jedan jedna dva dvije tri četiri cetiri pet šest sest sedam osam devet deset jedanaest dvanaest trinaest
četrnaest cetrnaest petnaest šesnaest sesnaest sedamnaest osamnaest devetnaest dvadeset trideset četrdeset
cetrdeset pedeset šezdeset sezdeset sedamdeset osamdeset devedeset sto tisuća tisuca hiljada
jeden dwa dwie trzy cztery pięć piec sześć szesc siedem osiem dziewięć dziewiec dziesięć dziesiec jedenaście
dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście dwadzieścia
trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt dwieście
trzysta czterysta pięćset tysiąc tysiac
""".split())
# Words that are numbers only between two number words: 'sesenta y dos', 'trezentos e doze', 'vingt et un'.
JOINERS = frozenset("y e et".split())
# Number words that are also common words or names elsewhere ('dos Santos', 'Lima', 'un', 'six', 'Otto'): they
# count only next to another number word or a digit.
AMBIGUOUS = frozenset("uno una un une dos tres um dois sei sette otto nove dua lima cent cents mil mille six sept "
                      "due tre satu null elf acht pet tri sto jeden".split())


def is_number_word(word: str) -> bool:
    """Whether a lower-case word is a number word of one of those languages (or English digits)."""
    return word in _WORDS or word.isdigit()
