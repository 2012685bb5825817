namespace Frontline.Places;

/// <summary>Names the gazetteer files do not hold: the many forms of each oblast's name, wider regions, facilities, countries and the Russian places reports mention.</summary>
/// <remarks>Kept as small tables in code because they are editorial knowledge (press spellings, -shchyna forms), not data from a source.</remarks>
internal static class BuiltinNames
{
    /// <summary>Folded words that GeoNames lists as a settlement's name or variant but that in reports are people, units or common words.</summary>
    public static readonly HashSet<string> NotPlaces = new(StringComparer.Ordinal)
    {
        "putin", "vladimir", "oleg", "gerasimov", "port", "marine", "azov", "chechnya", "shoigu", "lavrov", "peskov", "wagner", "prigozhin",
        "kadyrov", "surovikin", "victoria", "victor", "viktor", "olga", "maria", "mariya", "nadia", "nadiya", "vera", "lyubov", "sofia",
        "alexander", "alexandria", "ivan", "petro", "pavlo", "mykola", "nikolai", "sergey", "andrii", "andriy", "denis", "dmitry",
        "progress", "pobeda", "victory", "mir", "peace", "zarya", "sokol", "mayak", "rassvet", "oktyabr", "komsomolets", "pioneer", "zirka",
        "zorya", "novyi", "nova", "nove", "staryi", "central", "tsentralne", "pervomaiskyi", "sovetskyi", "radianske", "lenina", "lenin",
        "kirov", "hrushevskoho", "west", "east", "north", "south", "union", "march", "may", "august", "april", "june", "july", "sofiya",
        "kyivska", "kharkivska", "russia", "ukraine", "ukraina", "crimea", "donbas", "dnipro river", "oskil river", "zaporizhzhia oblast",
    };

    /// <summary>gazetteer oblast; Latin bases (say "X Oblast"/"X region"); Ukrainian adjective stems; Russian adjective stems; -shchyna stems (Cyrillic) and forms (Latin); names that alone mean the oblast.</summary>
    public const string Oblasts = """
        Autonomous Republic of Crimea;Crimea|Krym|Krim;кримськ;крымск;;Crimea|Krym|Крим|Крым|Crimean Peninsula|Autonomous Republic of Crimea|Republic of Crimea|Avtonomna Respublika Krym
        Cherkasy Oblast;Cherkasy|Cherkassy|Czerkasy|Tscherkassy|Cherkaska|Cherkasskaya;черкаськ;черкасск;черкащин|cherkashchyna;
        Chernihiv Oblast;Chernihiv|Chernigov|Czernihow|Tschernihiw|Chernihivska|Chernigovskaya;чернігівськ;черниговск;чернігівщин|chernihivshchyna;
        Chernivtsi Oblast;Chernivtsi|Chernovtsy|Czerniowce|Czernowitz|Chernivetska;чернівецьк;черновицк;;
        Dnipropetrovsk Oblast;Dnipropetrovsk|Dnepropetrovsk|Dnipropetrowsk|Dnipro|Dnipropetrovska|Dnepropetrovskaya;дніпропетровськ;днепропетровск;дніпропетровщин|дніпровщин|dnipropetrovshchyna|dnipropetrovshchina;
        Donetsk Oblast;Donetsk|Donezk|Donieck|Donetska|Donetskaya;донецьк;донецк;донеччин|донетчин|donechchyna|donetchina;
        Ivano-Frankivsk Oblast;Ivano-Frankivsk|Ivano-Frankovsk|Iwano-Frankiwsk|Ivano-Frankivska;івано-франківськ;ивано-франковск;прикарпатт|prykarpattia;
        Kharkiv Oblast;Kharkiv|Kharkov|Charkiw|Charkow|Kharkivska|Kharkovskaya;харківськ;харьковск;харківщин|харьковщин|kharkivshchyna|kharkovshchina|kharkivschyna;
        Kherson Oblast;Kherson|Cherson|Khersonska|Khersonskaya;херсонськ;херсонск;херсонщин|khersonshchyna|khersonschyna;
        Khmelnytskyi Oblast;Khmelnytskyi|Khmelnytsky|Khmelnitsky|Khmelnitskiy|Khmelnytskyy|Chmielnicki|Khmelnytska;хмельницьк;хмельницк;хмельниччин|khmelnychchyna;
        Kirovohrad Oblast;Kirovohrad|Kirovograd|Kropyvnytskyi|Kirowohrad|Kirovohradska;кіровоградськ;кировоградск;кіровоградщин|kirovohradshchyna;
        Kyiv Oblast;Kyiv|Kiev|Kijow|Kiew|Kyivska|Kievskaya;київськ;киевск;київщин|киевщин|kyivshchyna|kievshchina;
        Luhansk Oblast;Luhansk|Lugansk|Luhanska|Luganskaya;луганськ;луганск;луганщин|luhanshchyna|luganshchina;
        Lviv Oblast;Lviv|Lvov|Lwow|Lemberg|Lvivska;львівськ;львовск;львівщин|lvivshchyna;
        Mykolaiv Oblast;Mykolaiv|Mykolayiv|Nikolaev|Nikolayev|Mikolajow|Mykolaivska;миколаївськ;николаевск;миколаївщин|mykolaivshchyna;
        Odesa Oblast;Odesa|Odessa|Odeska|Odesskaya;одеськ;одесск;одещин|odeshchyna;
        Poltava Oblast;Poltava|Poltawa|Poltavska;полтавськ;полтавск;полтавщин|poltavshchyna;
        Rivne Oblast;Rivne|Rovno|Rowne|Rivnenska;рівненськ;ровенск;рівненщин|rivnenshchyna;
        Sumy Oblast;Sumy|Sumska|Sumskaya;сумськ;сумск;сумщин|sumshchyna;
        Ternopil Oblast;Ternopil|Ternopol|Tarnopol|Ternopilska;тернопільськ;тернопольск;тернопільщин|ternopilshchyna;
        Vinnytsia Oblast;Vinnytsia|Vinnytsya|Vinnitsa|Winnica|Vinnytska;вінницьк;винницк;вінниччин|vinnychchyna;
        Volyn Oblast;Volyn|Volhynia|Wolyn|Volynska;волинськ;волынск;;
        Zakarpattia Oblast;Zakarpattia|Zakarpattya|Transcarpathia|Transcarpathian|Zakarpatska;закарпатськ;закарпатск;;Transcarpathia|Zakarpattia|Закарпаття|Закарпатье
        Zaporizhzhia Oblast;Zaporizhzhia|Zaporizhia|Zaporizhzhya|Zaporozhye|Zaporozhia|Zaporozhe|Zaporoze|Saporischschja|Zaporizka|Zaporozhskaya;запорізьк;запорожск;запоріжжя|zaporizhzhia region;
        Zhytomyr Oblast;Zhytomyr|Zhitomir|Zytomierz|Schytomyr|Zhytomyrska;житомирськ;житомирск;житомирщин|zhytomyrshchyna;
        """;

    /// <summary>Russian oblasts that reports name (missile launch areas, border shelling): id; name; Latin bases; Ukrainian adjective stems; Russian adjective stems.</summary>
    public const string ForeignOblasts = """
        belgorod;Belgorod Oblast;Belgorod|Bilhorod;бєлгородськ|білгородськ;белгородск
        kursk;Kursk Oblast;Kursk;курськ;курск
        bryansk;Bryansk Oblast;Bryansk;брянськ;брянск
        rostov;Rostov Oblast;Rostov;ростовськ;ростовск
        voronezh;Voronezh Oblast;Voronezh;воронезьк;воронежск
        saratov;Saratov Oblast;Saratov;саратовськ;саратовск
        """;

    /// <summary>Wider regions, facilities and countries: id; kind; English name; oblast (short, or empty); lon; lat; forms (any case; matched as whole phrases).</summary>
    public const string Areas = """
        region:donbas;Region;Donbas;;38.0;48.3;Donbas|Donbass|the Donbas|Донбас|Донбасс|Донбасу|Донбасі|Донбассе|Донбасса
        region:south;Region;southern Ukraine;;33.5;46.8;southern Ukraine|south of Ukraine|the south of Ukraine|the south of our country|the south of the country|south of our country|south of the country|=the south|=south|півдні України|південь України|півдня України|юге Украины|юг Украины
        region:east;Region;eastern Ukraine;;37.5;48.8;eastern Ukraine|east of Ukraine|the east of Ukraine|the east of our country|the east of the country|east of the country|=the east|сході України|схід України|востоке Украины|восток Украины
        region:north;Region;northern Ukraine;;31.5;51.0;northern Ukraine|north of Ukraine|the north of Ukraine|the north of our country|the north of the country|=the north|півночі України|північ України|севере Украины
        region:west;Region;western Ukraine;;25.0;49.5;western Ukraine|west of Ukraine|the west of Ukraine|the west of our country|заході України|захід України|западе Украины
        region:centre;Region;central Ukraine;;31.5;49.0;central Ukraine|the centre of Ukraine|центрі України|центр України
        region:southern-front;Region;southern front;;34.0;47.0;southern front|the southern front|south front
        region:eastern-front;Region;eastern front;;37.8;48.6;eastern front|the eastern front
        region:northern-front;Region;northern front;;36.5;50.2;northern front|the northern front
        region:pryazovia;Region;Pryazovia;;36.5;46.9;Pryazovia|Pryazovya|Priazovye|Priazovie|Pryazovia region|Azov coast|Приазов’я|Приазовʼя|Приазов'я|Приазов’ї|Приазовье
        region:slobozhanshchyna;Region;Slobozhanshchyna;;36.0;50.0;Slobozhanshchyna|Slobozhanshchina|Слобожанщина|Слобожанщині|Слобожанщини
        region:black-sea;Region;Black Sea;;33.0;44.0;Black Sea|the Black Sea|Чорне море|Чорного моря|Чорному морі|Черное море|Черного моря|Черном море
        region:azov-sea;Region;Sea of Azov;;36.5;46.2;Sea of Azov|Azov Sea|the Sea of Azov|Azov sea|Азовське море|Азовського моря|Азовському морі|Азовское море|Азовского моря
        region:left-bank-dnipro;Region;left bank of the Dnipro;Kherson;33.4;46.6;left bank of the Dnipro|left bank of the Dnieper|east bank of the Dnipro|east bank of the Dnieper|eastern bank of the Dnipro|eastern bank of the Dnieper|left bank of the Dnipro River|east bank of the Dnipro River|Dnipro left bank|лівий берег Дніпра|лівому березі Дніпра|лівобережжя
        region:right-bank-dnipro;Region;right bank of the Dnipro;Kherson;32.9;46.9;right bank of the Dnipro|right bank of the Dnieper|west bank of the Dnipro|west bank of the Dnieper|western bank of the Dnipro|western bank of the Dnieper|west bank of the Dnipro River|western bank of the Dnieper river|правий берег Дніпра|правобережжя
        region:snake-island;Region;Snake Island;Odesa;30.2042;45.2551;Snake Island|Zmiinyi Island|Zmiinyi|Zmiinyi island|Zmeinyi Island|острів Зміїний|Зміїний
        region:kinburn;Region;Kinburn Spit;Mykolaiv;31.55;46.55;Kinburn Spit|Kinburn spit|Kinburn Peninsula|Kinburn peninsula|Кінбурнська коса
        region:chechnya;Region;Chechnya;;45.7;43.4;Chechnya|Chechen Republic|Чечня|Чечні|Чечне
        region:transnistria;Region;Transnistria;;29.4;47.2;Transnistria|Pridnestrovie|Придністров’я|Приднестровье
        facility:azovstal;Facility;Azovstal;Donetsk;37.6125;47.0985;Azovstal|Azovstal steel plant|Azovstal plant|Azovstal Iron and Steel Works|Азовсталь|Азовсталі|Азовстали
        facility:znpp;Facility;Zaporizhzhia Nuclear Power Plant;Zaporizhzhia;34.5856;47.5119;Zaporizhzhia Nuclear Power Plant|Zaporizhia Nuclear Power Plant|Zaporizhzhya Nuclear Power Plant|Zaporozhye Nuclear Power Plant|Zaporizhzhia NPP|Zaporizhia NPP|Zaporozhye NPP|Zaporizhzhia nuclear plant|Zaporizhia nuclear plant|Zaporizhzhia nuclear power plant|Zaporizhia nuclear power plant|ZNPP|ZAES|ЗАЕС|ЗАЭС|Запорізька АЕС|Запорізької АЕС|Запорожская АЭС|Enerhodar nuclear power plant|Enerhodar NPP
        facility:kakhovka-dam;Facility;Kakhovka Dam;Kherson;33.3706;46.7778;Kakhovka Dam|Kakhovka dam|Kakhovka HPP|Kakhovka hydroelectric power plant|Kakhovka hydroelectric plant|Kakhovka hydroelectric dam|Kakhovka Hydroelectric Power Plant|Nova Kakhovka dam|Nova Kakhovka Dam|Kakhovka hydroelectric power station|Kakhovka HES|Каховська ГЕС|Каховської ГЕС|Каховская ГЭС
        facility:antonivskyi-bridge;Facility;Antonivskyi Bridge;Kherson;32.7074;46.6708;Antonivskyi Bridge|Antonivskyi bridge|Antonivskiy Bridge|Antonivskiy bridge|Antonivsky Bridge|Antonivsky bridge|Antonovsky Bridge|Antonovsky bridge|Antonivka Bridge|Antonivka bridge|Antonivka road bridge|Antonivskyi road bridge|Antonivsky road bridge|Антонівський міст|Антонівського мосту|Антоновский мост
        facility:antonivskyi-rail-bridge;Facility;Antonivskyi railway bridge;Kherson;32.753;46.6527;Antonivskyi railway bridge|Antonivsky railway bridge|Antonivka railway bridge|Antonivskyi rail bridge|Antonivka rail bridge
        facility:kerch-bridge;Facility;Kerch Strait bridge;Crimea;36.5119;45.3075;Kerch Strait bridge|Kerch Strait Bridge|Kerch bridge|Kerch Bridge|Crimean Bridge|Crimean bridge|Crimea bridge|Crimea Bridge|Кримський міст|Кримського мосту|Крымский мост|Керченський міст
        facility:saky-airbase;Facility;Saky airbase;Crimea;33.595;45.093;Saky airbase|Saky air base|Saky airfield|Saki airbase|Saki air base|Saki airfield|Novofedorivka airbase|Novofedorivka air base|аеродром Саки
        facility:belbek-airbase;Facility;Belbek airbase;Sevastopol;33.5767;44.6892;Belbek airbase|Belbek air base|Belbek airfield|аеродром Бельбек
        facility:chornobaivka-airfield;Facility;Chornobaivka airfield;Kherson;32.5064;46.6758;Chornobaivka airfield|Chornobaivka airport|Chornobaivka airbase|Kherson airport|Kherson International Airport
        facility:chnpp;Facility;Chornobyl Nuclear Power Plant;Kyiv;30.0997;51.3894;Chornobyl Nuclear Power Plant|Chernobyl Nuclear Power Plant|Chornobyl NPP|Chernobyl NPP|Chornobyl nuclear power plant|Chernobyl nuclear power plant|Chornobyl nuclear plant|Chernobyl nuclear plant|ЧАЕС|Чорнобильська АЕС
        facility:azot;Facility;Azot plant;Luhansk;38.4808;48.9361;Azot plant|Azot chemical plant|Azot Chemical Plant|Azot factory|Азот
        facility:darivka-bridge;Facility;Darivka bridge;Kherson;32.7825;46.7416;Darivka bridge|Darivka Bridge
        facility:vuhlehirska-tpp;Facility;Vuhlehirska Thermal Power Plant;Donetsk;38.2008;48.4681;Vuhlehirska Thermal Power Plant|Vuhlehirska TPP|Vuhlehirska thermal power plant|Vuhlehirska power plant|Vuhlehirsk Thermal Power Plant|Vuhlehirsk TPP|Vuhlehirsk power plant
        country:ua;Country;Ukraine;;31.2;49.0;Ukraine|Україна|України|Україні|Україну|Украина|Украины|Украине|Украину
        country:ru;Country;Russia;;37.6;55.7;Russia|Russian Federation|the Russian Federation|Росія|Росії|Росію|Россия|России|Россию|РФ
        country:by;Country;Belarus;;27.9;53.7;Belarus|Byelorussia|Білорусь|Білорусі|Беларусь|Белоруссия|Белоруссии
        country:md;Country;Moldova;;28.4;47.0;Moldova|Молдова|Молдови|Молдавия
        country:pl;Country;Poland;;19.4;52.1;Poland|Польща|Польщі|Польша
        country:ro;Country;Romania;;25.0;45.9;Romania|Румунія|Румунії|Румыния
        suppress:dpr;Suppress;Donetsk People's Republic;;0;0;Donetsk People’s Republic|Donetsk People's Republic|Donetsk Peoples Republic|DNR|DPR|Donetsk republic|ДНР|Донецька народна республіка|Донецкая народная республика
        suppress:lpr;Suppress;Luhansk People's Republic;;0;0;Luhansk People’s Republic|Luhansk People's Republic|Lugansk People's Republic|Luhansk Peoples Republic|LNR|LPR|ЛНР|Луганська народна республіка|Луганская народная республика
        suppress:fleet;Suppress;Black Sea Fleet;;0;0;Black Sea Fleet|Black Sea fleet|Чорноморський флот|Черноморский флот
        settlement:moscow;Settlement;Moscow;;37.6173;55.7558;Moscow|Moskva|Москва|Москви|Москві|Москву|Москве|Москвы
        settlement:belgorod;Settlement;Belgorod;;36.5872;50.5997;Belgorod|Bilhorod|Бєлгород|Белгород|Бєлгорода|Белгорода|Бєлгороді|Белгороде
        settlement:kursk;Settlement;Kursk;;36.1874;51.7304;Kursk|Курськ|Курск|Курська|Курска|Курську|Курске
        settlement:bryansk;Settlement;Bryansk;;34.3638;53.2521;Bryansk|Брянськ|Брянск|Брянська|Брянска
        settlement:rostov;Settlement;Rostov-on-Don;;39.7015;47.2357;Rostov-on-Don|Rostov on Don|Rostov-na-Donu|Rostov|Ростов|Ростов-на-Дону|Ростова-на-Дону
        settlement:voronezh;Settlement;Voronezh;;39.2003;51.6720;Voronezh|Воронеж|Воронежа|Воронежі|Воронеже
        settlement:stpetersburg;Settlement;Saint Petersburg;;30.3351;59.9343;St. Petersburg|St Petersburg|Saint Petersburg|Санкт-Петербург|Петербург
        settlement:minsk;Settlement;Minsk;;27.5615;53.9045;Minsk|Мінськ|Минск
        settlement:taganrog;Settlement;Taganrog;;38.8969;47.2362;Taganrog|Таганрог
        settlement:novorossiysk;Settlement;Novorossiysk;;37.7683;44.7239;Novorossiysk|Новоросійськ|Новороссийск
        """;

    /// <summary>Major rivers: id; English name; Latin and Cyrillic forms (the first is the display name). Other rivers come from the gazetteer's streams and need the word "river".</summary>
    public const string Rivers = """
        dnipro;Dnipro;Dnipro|Dnieper|Dnepr|Dniepr|Dnjepr|Dniapro|Дніпро|Днепр|Дніпра|Днепра|Дніпрі|Днепре
        siverskyi-donets;Siverskyi Donets;Siverskyi Donets|Siversky Donets|Seversky Donets|Severskiy Donets|Severskyi Donets|Siverskyy Donets|Donets|Сіверський Донець|Сіверського Дінця|Северский Донец|Северского Донца
        oskil;Oskil;Oskil|Oskol|Оскіл|Оскол|Осколу|Осколі
        inhulets;Inhulets;Inhulets|Ingulets|Інгулець|Ингулец|Інгульця|Ингульца
        dnister;Dnister;Dnister|Dniester|Dnestr|Дністер|Днестр|Дністра|Днестра
        southern-buh;Southern Buh;Southern Buh|Southern Bug|Pivdennyi Buh|Південний Буг|Южный Буг
        desna;Desna;Desna|Десна|Десни
        prypiat;Prypiat;Prypiat|Pripyat|Прип’ять|Припять
        danube;Danube;Danube|Дунай|Дунаю
        zherebets;Zherebets;Zherebets|Жеребець|Жеребец
        aidar;Aidar;Aidar|Aydar|Айдар
        kalmius;Kalmius;Kalmius|Кальміус|Кальмиус
        siverskyi-donets-donbas-canal;Siverskyi Donets - Donbas channel;Siverskyi Donets-Donbas canal|Siverskyi Donets - Donbas canal|Siverskyi Donets-Donbas channel|Siverskyi Donets - Donbas channel|Seversky Donets-Donbas canal|канал Сіверський Донець – Донбас
        irpin;Irpin;Irpin|Ірпінь|Irpen
        vovcha;Vovcha;Vovcha|Вовча
        mokri-yaly;Mokri Yaly;Mokri Yaly|Мокрі Яли
        kakhovka-reservoir;Kakhovka Reservoir;Kakhovka Reservoir|Kakhovka reservoir|Kakhovske Reservoir|Каховське водосховище|Каховського водосховища|Каховское водохранилище
        dnipro-reservoir;Dnipro Reservoir;Dnipro Reservoir|Dnipro reservoir|Dniprovske Reservoir|Дніпровське водосховище
        pechenihy-reservoir;Pechenihy Reservoir;Pechenihy Reservoir|Pechenihy reservoir|Печенізьке водосховище
        oskil-reservoir;Oskil Reservoir;Oskil Reservoir|Oskil reservoir|Chervonooskilske Reservoir|Червонооскільське водосховище
        """;
}
