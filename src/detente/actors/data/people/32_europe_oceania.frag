# Spain, Italy, Greece, Poland, Hungary, Ukraine, the Baltics, the Balkans, Czechia, Slovakia,
# Bulgaria, Romania, Portugal, the Netherlands, Belgium, Nordics, Austria, Switzerland; Australia,
# New Zealand: portfolios, speakers, party and opposition leaders, regional leaders, central
# bankers, royals (2015-2025)
@ESP
Cristóbal Montoro;Cristobal Montoro|Montoro;FIN;2011-12-22;2018-06-07
María Jesús Montero;Maria Jesus Montero;FIN;2018-06-07;
Luis de Guindos;de Guindos;ECO;2011-12-22;2018-03-08
Nadia Calviño;Nadia Calvino|Calviño;ECO;2018-06-07;2023-12-29
Carlos Cuerpo;Cuerpo;ECO;2023-12-29;
Soraya Sáenz de Santamaría;Soraya Saenz de Santamaria|Sáenz de Santamaría;DPM;2011-12-22;2018-06-02
Carmen Calvo;;DPM;2018-06-07;2021-07-12
Yolanda Díaz;Yolanda Diaz;DPM;2021-07-13;
Rafael Catalá;Rafael Catala;JUS;2016-11-04;2018-06-07
Dolores Delgado;;JUS;2018-06-07;2020-01-13
Juan Ignacio Zoido;Zoido;IM;2016-11-04;2018-06-07
Íñigo Méndez de Vigo;Inigo Mendez de Vigo;SP;2016-11-04;2018-06-07
Isabel Celaá;Isabel Celaa;SP;2018-06-07;2020-01-13
Pilar Alegría;Pilar Alegria;SP;2023-11-21;
Pedro Sánchez;Pedro Sanchez;PL;2017-06-18;;PTY
Pablo Casado;Casado;PL;2018-07-21;2022-04-02;OPP
Alberto Núñez Feijóo;Alberto Nunez Feijoo|Núñez Feijóo|Feijóo|Feijoo;PL;2022-04-02;;OPP
Albert Rivera;;PL;2006-07-09;2019-11-11;OPP
Pablo Iglesias;Pablo Iglesias Turrión;PL;2014-11-15;2021-05-04;OPP
Santiago Abascal;Abascal;PL;2014-09-20;;OPP
Carles Puigdemont;Puigdemont;CM;2016-01-12;2017-10-27
Quim Torra;Joaquim Torra;CM;2018-05-17;2020-09-28
Pere Aragonès;Pere Aragones;CM;2021-05-21;2024-08-10
Salvador Illa;;CM;2024-08-10;
Oriol Junqueras;Junqueras;PL;2011-09-17;;OPP
Inés Arrimadas;Ines Arrimadas;PL;2017-01-01;2023-05-29;OPP
Isabel Díaz Ayuso;Isabel Diaz Ayuso|Ayuso;CM;2019-08-19;
Ana Pastor;;SPK;2016-07-19;2019-05-21
Meritxell Batet;Batet;SPK;2019-05-21;2023-08-17
Francina Armengol;Armengol;SPK;2023-08-17;
Pablo Hernández de Cos;Pablo Hernandez de Cos;CB;2018-06-11;2024-06-11
@ITA
Pier Carlo Padoan;Padoan;FIN;2014-02-22;2018-06-01
Giovanni Tria;Tria;FIN;2018-06-01;2019-09-05
Roberto Gualtieri;Gualtieri;FIN;2019-09-05;2021-02-13
Daniele Franco;;FIN;2021-02-13;2022-10-22
Giancarlo Giorgetti;Giorgetti;FIN;2022-10-22;
Matteo Salvini;Salvini;DPM;2018-06-01;2019-09-05
Matteo Salvini;Salvini;DPM;2022-10-22;
Matteo Salvini;Salvini;PL;2013-12-15;;PTY
Luigi Di Maio;Di Maio;DPM;2018-06-01;2019-09-05
Luigi Di Maio;Di Maio;PL;2017-09-23;2020-01-22;PTY
Antonio Tajani;Tajani;DPM;2022-10-22;
Antonio Tajani;Tajani;SPK;2017-01-17;2019-07-03;IGO
Alfonso Bonafede;Bonafede;JUS;2018-06-01;2021-02-13
Marta Cartabia;Cartabia;JUS;2021-02-13;2022-10-22
Carlo Nordio;Nordio;JUS;2022-10-22;
Ignazio Visco;Visco;CB;2011-11-01;2023-10-31
Fabio Panetta;;CB;2023-11-01;
Silvio Berlusconi;Berlusconi;PL;1994-01-18;2023-06-12;PTY
Beppe Grillo;Grillo;PL;2009-10-04;2024-11-24;PTY
Nicola Zingaretti;Zingaretti;PL;2019-03-17;2021-03-14;PTY
Enrico Letta;;PL;2021-03-14;2023-03-12;PTY
Elly Schlein;Schlein;PL;2023-03-12;;OPP
Roberto Fico;;SPK;2018-03-24;2022-10-12
Lorenzo Fontana;;SPK;2022-10-14;
Elisabetta Casellati;Casellati;SPK;2018-03-24;2022-10-12
Ignazio La Russa;La Russa;SPK;2022-10-13;
Sebastiano Cardi;;UNA;2013-01-01;2018-01-01
Maurizio Massari;;UNA;2021-01-01;
@GRC
Euclid Tsakalotos;Euclides Tsakalotos|Tsakalotos;FIN;2015-07-06;2019-07-09
Christos Staikouras;Staikouras;FIN;2019-07-09;2023-06-26
Kostis Hatzidakis;Hatzidakis;FIN;2023-06-27;
Yanis Varoufakis;Varoufakis;FIN;2015-01-27;2015-07-06
Yannis Stournaras;Stournaras;CB;2014-06-20;
Nikos Voutsis;Voutsis;SPK;2015-10-04;2019-07-18
Konstantinos Tasoulas;Tasoulas;SPK;2019-07-18;2025-03-13
Panos Skourletis;Skourletis;IM;2016-11-05;2018-08-29
Panos Kammenos;Kammenos;PL;2012-02-24;2019-10-19;PTY
Fofi Gennimata;Gennimata;PL;2015-06-14;2021-10-25;OPP
Nikos Androulakis;Androulakis;PL;2021-12-12;;OPP
Dimitris Tzanakopoulos;Tzanakopoulos;SP;2016-11-05;2019-07-09
Stelios Petsas;Petsas;SP;2019-07-09;2021-01-04
Pavlos Marinakis;Marinakis;SP;2023-06-27;
Alexis Tsipras;;OL;2019-07-08;2023-06-29
Stefanos Kasselakis;Kasselakis;PL;2023-09-24;2024-11-24;OPP
@POL
Mateusz Morawiecki;;FIN;2016-09-28;2018-01-09
Teresa Czerwińska;Teresa Czerwinska;FIN;2018-01-09;2019-06-04
Tadeusz Kościński;Tadeusz Koscinski;FIN;2019-11-15;2022-03-26
Andrzej Domański;Andrzej Domanski;FIN;2023-12-13;
Jarosław Kaczyński;Jaroslaw Kaczynski|Kaczyński|Kaczynski;PL;2003-01-18;;PTY
Jarosław Kaczyński;Jaroslaw Kaczynski|Kaczyński|Kaczynski;DPM;2020-10-06;2022-06-21
Zbigniew Ziobro;Ziobro;JUS;2015-11-16;2023-11-27
Adam Bodnar;Bodnar;JUS;2023-12-13;
Mariusz Błaszczak;Mariusz Blaszczak|Błaszczak;IM;2015-11-16;2018-01-09
Joachim Brudziński;Joachim Brudzinski;IM;2018-01-09;2019-06-04
Mariusz Kamiński;Mariusz Kaminski;IM;2019-08-20;2023-11-27
Adam Glapiński;Adam Glapinski|Glapiński;CB;2016-06-21;
Marek Kuchciński;Marek Kuchcinski;SPK;2015-11-12;2019-08-09
Elżbieta Witek;Elzbieta Witek;SPK;2019-08-09;2023-11-13
Szymon Hołownia;Szymon Holownia|Hołownia;SPK;2023-11-13;
Grzegorz Schetyna;Schetyna;PL;2016-01-26;2020-01-29;OPP
Borys Budka;Budka;PL;2020-01-29;2021-07-03;OPP
Rafał Trzaskowski;Rafal Trzaskowski|Trzaskowski;MAY;2018-11-22;
@HUN
Mihály Varga;Mihaly Varga;FIN;2013-06-10;2025-03-04
Zsolt Semjén;Zsolt Semjen;DPM;2010-05-29;
György Matolcsy;Gyorgy Matolcsy|Matolcsy;CB;2013-03-04;2025-03-03
László Kövér;Laszlo Kover;SPK;2010-08-06;
Gergely Gulyás;Gergely Gulyas;COS;2018-05-18;
Zoltán Kovács;Zoltan Kovacs;SP;2015-01-01;
Gábor Vona;Gabor Vona;PL;2006-11-25;2018-04-08;OPP
Péter Magyar;Peter Magyar;PL;2024-02-01;;OPP
Gergely Karácsony;Gergely Karacsony;MAY;2019-10-13;
@UKR
Yuriy Lutsenko;Yuri Lutsenko|Lutsenko;AG;2016-05-12;2019-08-29
Iryna Venediktova;Venediktova;AG;2020-03-17;2022-07-17
Andriy Parubiy;Andriy Parubiy|Parubiy;SPK;2016-04-14;2019-08-29
Dmytro Razumkov;Razumkov;SPK;2019-08-29;2021-10-07
Ruslan Stefanchuk;Stefanchuk;SPK;2021-10-08;
Oleksandr Danylyuk;Danylyuk;FIN;2016-04-14;2018-06-07
Serhiy Marchenko;;FIN;2020-03-30;
Yakiv Smolii;Smolii;CB;2018-03-15;2020-07-01
Kyrylo Shevchenko;;CB;2020-07-16;2022-10-04
Andriy Pyshnyy;Pyshnyy;CB;2022-10-06;
Viktor Medvedchuk;Medvedchuk;PL;2018-11-01;2022-04-12;OPP
Yulia Tymoshenko;Tymoshenko;PL;2001-01-01;;OPP
Yuriy Boyko;Yuriy Boiko;PL;2018-11-01;2022-04-01;OPP
Vitali Klitschko;Vitaliy Klitschko|Klitschko;MAY;2014-06-05;
Valerii Zaluzhnyi;Valery Zaluzhny|Zaluzhnyi|Zaluzhny;ARMY;2021-07-27;2024-02-08
Oleksandr Syrskyi;Syrskyi|Syrsky;ARMY;2024-02-08;
Sergiy Kyslytsya;Sergiy Kyslytsya|Kyslytsya;UNA;2019-12-01;2024-11-01
Oleg Nikolenko;Nikolenko;SP;2019-01-01;2024-01-01
Heorhii Tykhyi;;SP;2024-01-01;
@LVA
Māris Kučinskis;Maris Kucinskis;HOG;2016-02-11;2019-01-23
Dana Reizniece-Ozola;Reizniece-Ozola;FIN;2016-02-11;2019-01-23
Raimonds Bergmanis;Bergmanis;DM;2015-01-01;2019-01-23
Artis Pabriks;Pabriks;DM;2019-01-23;2022-12-14
Ināra Mūrniece;Inara Murniece;SPK;2014-11-04;2022-11-01
Augusts Brigmanis;;LEGM;2010-11-01;2022-11-01
@EST
Jüri Luik;Juri Luik;DM;2017-06-12;2019-04-29
Väino Reinart;Vaino Reinart;MIN;2010-01-01;2019-01-01
Marina Kaljurand;Kaljurand;FM;2015-07-16;2016-10-17
Toomas Tõniste;Toomas Toniste;FIN;2017-11-23;2019-04-29
Eiki Nestor;;SPK;2014-03-24;2019-04-04
@LTU
Saulius Skvernelis;Skvernelis;HOG;2016-12-13;2020-12-11
Raimundas Karoblis;Karoblis;DM;2016-12-13;2020-12-11
Vilius Šapoka;Vilius Sapoka;FIN;2016-12-13;2020-12-11
Viktoras Pranckietis;Pranckietis;SPK;2016-11-14;2020-11-13
@HRV
Gordan Jandroković;Gordan Jandrokovic;SPK;2017-05-05;
Davor Božinović;Davor Bozinovic|Božinović;IM;2017-06-09;
Zdravko Marić;Zdravko Maric;FIN;2016-01-22;2022-07-18
Damir Krstičević;Damir Krsticevic;DM;2016-10-19;2019-07-22
@BGR
Ekaterina Zaharieva;Zaharieva;FM;2017-05-04;2021-05-12
Vladislav Goranov;Goranov;FIN;2014-11-07;2020-07-22
Tomislav Donchev;Donchev;DPM;2017-05-04;2021-05-12
Krasimir Karakachanov;Karakachanov;DM;2017-05-04;2021-05-12
Tsvetan Tsvetanov;;PL;2006-12-01;2020-12-01;PTY
Kornelia Ninova;Ninova;PL;2016-05-08;2024-01-01;OPP
@CZE
Vojtěch Filip;Vojtech Filip;PL;2005-10-01;2021-10-09;OPP
Alena Schillerová;Alena Schillerova;FIN;2017-12-13;2021-12-17
Radek Vondráček;Radek Vondracek;SPK;2017-11-22;2021-11-08
Tomio Okamura;Okamura;PL;2015-01-01;;OPP
@SVK
Peter Gajdoš;Peter Gajdos;DM;2016-03-23;2020-03-21
Peter Kažimír;Peter Kazimir;FIN;2012-04-04;2019-05-31
Andrej Danko;Danko;SPK;2016-04-05;2020-04-04
Boris Kollár;Boris Kollar;SPK;2020-04-04;2023-10-25
@MNE
Ivan Brajović;Ivan Brajovic;SPK;2016-11-23;2020-09-23
Duško Marković;Dusko Markovic;HOG;2016-11-28;2020-12-04
@SRB
Siniša Mali;Sinisa Mali;FIN;2018-06-29;
Ana Brnabić;Ana Brnabic|Brnabić;SPK;2024-05-02;
Maja Gojković;Maja Gojkovic;SPK;2014-04-23;2020-08-03
@ROU
Liviu Dragnea;Dragnea;PL;2015-10-12;2019-05-27;PTY
Liviu Dragnea;Dragnea;SPK;2016-12-21;2019-05-27
Eugen Teodorovici;Teodorovici;FIN;2018-01-29;2019-11-04
Florin Cîțu;Florin Citu;FIN;2019-11-04;2020-12-23
Mugur Isărescu;Mugur Isarescu|Isărescu;CB;1990-09-05;
@PRT
Mário Centeno;Mario Centeno|Centeno;FIN;2015-11-26;2020-06-15
Mário Centeno;Mario Centeno|Centeno;CB;2020-07-20;2025-09-01
Fernando Medina;;FIN;2022-03-30;2024-04-02
Augusto Santos Silva;;SPK;2022-03-29;2024-03-26
Rui Rio;;PL;2018-01-13;2022-07-01;OPP
André Ventura;Andre Ventura;PL;2019-04-09;;OPP
@NLD
Wopke Hoekstra;Hoekstra;FIN;2017-10-26;2022-01-10
Sigrid Kaag;Kaag;FIN;2022-01-10;2024-01-08
Klaas Knot;Knot;CB;2011-07-01;2025-06-30
Geert Wilders;Wilders;PL;2006-02-22;;OPP
Thierry Baudet;Baudet;PL;2016-09-22;;OPP
@BEL
Johan Van Overtveldt;Van Overtveldt;FIN;2014-10-11;2018-12-09
Alexander De Croo;De Croo;FIN;2018-12-09;2020-10-01
Jan Jambon;Jambon;IM;2014-10-11;2018-12-09
Bart De Wever;De Wever;PL;2004-10-18;;PTY
@AUT
Hartwig Löger;Hartwig Loeger;FIN;2017-12-18;2019-06-03
Gernot Blümel;Gernot Bluemel;FIN;2020-01-07;2021-12-06
Magnus Brunner;;FIN;2021-12-06;2024-11-30
Heinz-Christian Strache;Strache;DPM;2017-12-18;2019-05-18
Heinz-Christian Strache;Strache;PL;2005-04-23;2019-05-18;PTY
Herbert Kickl;Kickl;IM;2017-12-18;2019-05-22
Herbert Kickl;Kickl;PL;2021-06-19;;OPP
Wolfgang Sobotka;Sobotka;SPK;2017-12-20;2024-10-24
@CHE
Ueli Maurer;;FIN;2016-01-01;2022-12-31
Karin Keller-Sutter;Keller-Sutter;FIN;2023-01-01;
Thomas Jordan;;CB;2012-04-18;2024-09-30
@SWE
Magdalena Andersson;;FIN;2014-10-03;2021-11-30
Elisabeth Svantesson;Svantesson;FIN;2022-10-18;
Jimmie Åkesson;Jimmie Akesson|Åkesson|Akesson;PL;2005-05-07;;PTY
Ulf Kristersson;;PL;2017-10-01;;PTY
Stefan Ingves;Ingves;CB;2006-01-01;2022-12-31
@NOR
Siv Jensen;;FIN;2013-10-16;2020-01-24
Jan Tore Sanner;Sanner;FIN;2020-01-24;2021-10-14
Trygve Slagsvold Vedum;Vedum;FIN;2021-10-14;2025-02-04
@DNK
Kristian Jensen;;FIN;2016-11-28;2019-06-27
Nicolai Wammen;Wammen;FIN;2019-06-27;
@IRL
Paschal Donohoe;Donohoe;FIN;2017-06-14;2024-05-22
Micheál Martin;Micheal Martin;PL;2011-01-26;;PTY
@MCO
Albert II;Prince Albert II|Prince Albert of Monaco|Albert II of Monaco;HOS;2005-04-06;
@VAT
Pope Francis;;HOS;2013-03-13;2025-04-21
Pope Benedict XVI;Benedict XVI|Pope Benedict;HOS;2005-04-19;2013-02-28
Pope Leo XIV;Leo XIV|Pope Leo;HOS;2025-05-08;
Pietro Parolin;Cardinal Parolin|Parolin;MIN;2013-10-15;
@AUS
Scott Morrison;;FIN;2015-09-21;2018-08-24
Josh Frydenberg;Frydenberg;FIN;2018-08-24;2022-05-23
Jim Chalmers;Chalmers;FIN;2022-05-23;
Bill Shorten;Shorten;OL;2013-10-13;2019-05-30
Anthony Albanese;;OL;2019-05-30;2022-05-23
Peter Dutton;;OL;2022-05-30;2025-05-13
Sussan Ley;;OL;2025-05-13;
Brendan O'Connor;;MIN;2013-01-01;2024-07-29
Penny Wong;;MIN;2013-10-18;2022-05-23
Pauline Hanson;;PL;1997-04-11;;OPP
Adam Bandt;Bandt;PL;2020-02-04;2025-05-15;OPP
Barnaby Joyce;;DPM;2016-02-18;2018-02-26
Michael McCormack;McCormack;DPM;2018-02-26;2021-06-22
Richard Marles;;DPM;2022-05-23;
Philip Lowe;;CB;2016-09-18;2023-09-17
Michele Bullock;;CB;2023-09-18;
Gladys Berejiklian;Berejiklian;CM;2017-01-23;2021-10-05
Daniel Andrews;;CM;2014-12-04;2023-09-27
Annastacia Palaszczuk;Palaszczuk;CM;2015-02-14;2023-12-15
Mark McGowan;McGowan;CM;2017-03-17;2023-06-08
@NZL
Grant Robertson;;FIN;2017-10-26;2023-11-27
Nicola Willis;;FIN;2023-11-27;
Winston Peters;;DPM;2017-10-26;2020-11-06
Winston Peters;;PL;1993-07-18;;PTY
Judith Collins;;OL;2020-07-14;2021-11-25
Christopher Luxon;;OL;2021-11-30;2023-11-27
Chris Hipkins;;OL;2023-11-27;
