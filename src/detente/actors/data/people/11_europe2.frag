@HUN
Árpád Göncz;Arpad Goncz|Göncz;HOS;1990-05-02;2000-08-04
Ferenc Mádl;Ferenc Madl;HOS;2000-08-04;2005-08-05
László Sólyom;Laszlo Solyom;HOS;2005-08-05;2010-08-06
Pál Schmitt;Pal Schmitt;HOS;2010-08-06;2012-04-02
János Áder;Janos Ader|Áder;HOS;2012-05-10;2022-05-10
Katalin Novák;Katalin Novak;HOS;2022-05-10;2024-02-26
Tamás Sulyok;Tamas Sulyok|Sulyok;HOS;2024-03-05;
József Antall;Jozsef Antall|Antall;HOG;1990-05-23;1993-12-12
Péter Boross;Peter Boross;HOG;1993-12-21;1994-07-15
Gyula Horn;;HOG;1994-07-15;1998-07-06
Viktor Orbán;Viktor Orban|Orbán|Orban;HOG;1998-07-06;2002-05-27
Péter Medgyessy;Peter Medgyessy|Medgyessy;HOG;2002-05-27;2004-09-29
Ferenc Gyurcsány;Ferenc Gyurcsany|Gyurcsány;HOG;2004-09-29;2009-04-14
Gordon Bajnai;Bajnai;HOG;2009-04-14;2010-05-29
Viktor Orbán;Viktor Orban|Orbán|Orban;HOG;2010-05-29;
Géza Jeszenszky;Geza Jeszenszky;FM;1990-05-23;1994-07-15
László Kovács;Laszlo Kovacs;FM;1994-07-15;1998-07-08
János Martonyi;Janos Martonyi|Martonyi;FM;1998-07-08;2002-05-27
László Kovács;Laszlo Kovacs;FM;2002-05-27;2004-10-04
Ferenc Somogyi;;FM;2004-10-04;2006-06-09
Kinga Göncz;Kinga Goncz;FM;2006-06-09;2009-04-16
Péter Balázs;Peter Balazs;FM;2009-04-16;2010-05-29
János Martonyi;Janos Martonyi|Martonyi;FM;2010-05-29;2014-06-06
Tibor Navracsics;Navracsics;FM;2014-06-06;2014-09-23
Péter Szijjártó;Peter Szijjarto|Szijjártó|Szijjarto;FM;2014-09-23;
Tibor Benkő;Tibor Benko;DM;2018-05-18;2022-05-24
Kristóf Szalay-Bobrovniczky;Kristof Szalay-Bobrovniczky;DM;2022-05-24;
@AUT
Kurt Waldheim;Waldheim;HOS;1986-07-08;1992-07-08
Thomas Klestil;Klestil;HOS;1992-07-08;2004-07-06
Heinz Fischer;;HOS;2004-07-08;2016-07-08
Alexander Van der Bellen;Van der Bellen;HOS;2017-01-26;
Franz Vranitzky;Vranitzky;HOG;1986-06-16;1997-01-28
Viktor Klima;;HOG;1997-01-28;2000-02-04
Wolfgang Schüssel;Wolfgang Schussel|Schüssel;HOG;2000-02-04;2007-01-11
Alfred Gusenbauer;Gusenbauer;HOG;2007-01-11;2008-12-02
Werner Faymann;Faymann;HOG;2008-12-02;2016-05-09
Christian Kern;;HOG;2016-05-17;2017-12-18
Sebastian Kurz;Kurz;HOG;2017-12-18;2019-05-28
Brigitte Bierlein;Bierlein;HOG;2019-06-03;2020-01-07
Sebastian Kurz;Kurz;HOG;2020-01-07;2021-10-11
Alexander Schallenberg;Schallenberg;HOG;2021-10-11;2021-12-06
Karl Nehammer;Nehammer;HOG;2021-12-06;2025-01-10
Alexander Schallenberg;Schallenberg;HOG;2025-01-10;2025-03-03
Christian Stocker;Stocker;HOG;2025-03-03;
Alois Mock;;FM;1987-01-21;1995-05-04
Wolfgang Schüssel;Wolfgang Schussel|Schüssel;FM;1995-05-04;2000-02-04
Benita Ferrero-Waldner;Ferrero-Waldner;FM;2000-02-04;2004-10-20
Ursula Plassnik;Plassnik;FM;2004-10-20;2008-12-02
Michael Spindelegger;Spindelegger;FM;2008-12-02;2013-12-16
Sebastian Kurz;Kurz;FM;2013-12-16;2017-12-18
Karin Kneissl;Kneissl;FM;2017-12-18;2019-06-03
Alexander Schallenberg;Schallenberg;FM;2019-06-03;2021-10-11
Michael Linhart;Linhart;FM;2021-10-11;2021-12-06
Alexander Schallenberg;Schallenberg;FM;2021-12-06;2025-03-03
Beate Meinl-Reisinger;Meinl-Reisinger;FM;2025-03-03;
Klaudia Tanner;;DM;2020-01-07;
@CHE
Adolf Ogi;;HOS;2000-01-01;2000-12-31
Moritz Leuenberger;Leuenberger;HOS;2001-01-01;2001-12-31
Kaspar Villiger;;HOS;2002-01-01;2002-12-31
Pascal Couchepin;Couchepin;HOS;2003-01-01;2003-12-31
Joseph Deiss;;HOS;2004-01-01;2004-12-31
Samuel Schmid;;HOS;2005-01-01;2005-12-31
Moritz Leuenberger;Leuenberger;HOS;2006-01-01;2006-12-31
Micheline Calmy-Rey;Calmy-Rey;HOS;2007-01-01;2007-12-31
Pascal Couchepin;Couchepin;HOS;2008-01-01;2008-12-31
Hans-Rudolf Merz;;HOS;2009-01-01;2009-12-31
Doris Leuthard;Leuthard;HOS;2010-01-01;2010-12-31
Micheline Calmy-Rey;Calmy-Rey;HOS;2011-01-01;2011-12-31
Eveline Widmer-Schlumpf;Widmer-Schlumpf;HOS;2012-01-01;2012-12-31
Ueli Maurer;;HOS;2013-01-01;2013-12-31
Didier Burkhalter;Burkhalter;HOS;2014-01-01;2014-12-31
Simonetta Sommaruga;Sommaruga;HOS;2015-01-01;2015-12-31
Johann Schneider-Ammann;Schneider-Ammann;HOS;2016-01-01;2016-12-31
Doris Leuthard;Leuthard;HOS;2017-01-01;2017-12-31
Alain Berset;Berset;HOS;2018-01-01;2018-12-31
Ueli Maurer;;HOS;2019-01-01;2019-12-31
Simonetta Sommaruga;Sommaruga;HOS;2020-01-01;2020-12-31
Guy Parmelin;Parmelin;HOS;2021-01-01;2021-12-31
Ignazio Cassis;Cassis;HOS;2022-01-01;2022-12-31
Alain Berset;Berset;HOS;2023-01-01;2023-12-31
Viola Amherd;Amherd;HOS;2024-01-01;2024-12-31
Karin Keller-Sutter;Keller-Sutter;HOS;2025-01-01;2025-12-31
Flavio Cotti;Cotti;FM;1993-04-01;1999-12-31
Joseph Deiss;;FM;2000-01-01;2002-12-31
Micheline Calmy-Rey;Calmy-Rey;FM;2003-01-01;2011-12-31
Didier Burkhalter;Burkhalter;FM;2012-01-01;2017-10-31
Ignazio Cassis;Cassis;FM;2017-11-01;
Viola Amherd;Amherd;DM;2019-01-01;2025-03-31
Martin Pfister;Pfister;DM;2025-04-01;
@CZE
Václav Havel;Vaclav Havel|Havel;HOS;1993-02-02;2003-02-02
Václav Klaus;Vaclav Klaus;HOS;2003-03-07;2013-03-07
Miloš Zeman;Milos Zeman|Zeman;HOS;2013-03-08;2023-03-08
Petr Pavel;;HOS;2023-03-09;
Václav Klaus;Vaclav Klaus;HOG;1992-07-02;1997-12-17
Josef Tošovský;Josef Tosovsky;HOG;1998-01-02;1998-07-22
Miloš Zeman;Milos Zeman|Zeman;HOG;1998-07-22;2002-07-15
Vladimír Špidla;Vladimir Spidla|Špidla;HOG;2002-07-15;2004-08-04
Stanislav Gross;;HOG;2004-08-04;2005-04-25
Jiří Paroubek;Jiri Paroubek|Paroubek;HOG;2005-04-25;2006-09-04
Mirek Topolánek;Mirek Topolanek|Topolánek;HOG;2006-09-04;2009-05-08
Jan Fischer;;HOG;2009-05-08;2010-07-13
Petr Nečas;Petr Necas|Nečas;HOG;2010-07-13;2013-07-10
Jiří Rusnok;Jiri Rusnok;HOG;2013-07-10;2014-01-29
Bohuslav Sobotka;Sobotka;HOG;2014-01-29;2017-12-13
Andrej Babiš;Andrej Babis|Babiš|Babis;HOG;2017-12-13;2021-12-17
Petr Fiala;Fiala;HOG;2021-12-17;
Josef Zieleniec;Zieleniec;FM;1993-01-01;1997-10-23
Jan Kavan;Kavan;FM;1998-07-22;2002-07-15
Cyril Svoboda;;FM;2002-07-15;2006-09-04
Karel Schwarzenberg;Schwarzenberg;FM;2007-01-09;2009-05-08
Karel Schwarzenberg;Schwarzenberg;FM;2010-07-13;2013-07-10
Lubomír Zaorálek;Lubomir Zaoralek|Zaorálek;FM;2014-01-29;2017-12-13
Tomáš Petříček;Tomas Petricek|Petříček;FM;2018-10-16;2021-04-12
Jakub Kulhánek;Jakub Kulhanek;FM;2021-04-21;2021-12-17
Jan Lipavský;Jan Lipavsky|Lipavský;FM;2021-12-17;
Jana Černochová;Jana Cernochova;DM;2021-12-17;
@SVK
Robert Fico;Fico;HOG;2006-07-04;2010-07-08
Iveta Radičová;Iveta Radicova;HOG;2010-07-08;2012-04-04
Robert Fico;Fico;HOG;2012-04-04;2018-03-22
Peter Pellegrini;Pellegrini;HOG;2018-03-22;2020-03-21
Igor Matovič;Igor Matovic;HOG;2020-03-21;2021-04-01
Eduard Heger;Heger;HOG;2021-04-01;2023-05-15
Ľudovít Ódor;Ludovit Odor;HOG;2023-05-15;2023-10-25
Robert Fico;Fico;HOG;2023-10-25;
Mikuláš Dzurinda;Mikulas Dzurinda|Dzurinda;HOG;1998-10-30;2006-07-04
Vladimír Mečiar;Vladimir Meciar|Mečiar;HOG;1994-12-13;1998-10-30
Zuzana Čaputová;Zuzana Caputova|Čaputová;HOS;2019-06-15;2024-06-15
Peter Pellegrini;Pellegrini;HOS;2024-06-15;
Andrej Kiska;Kiska;HOS;2014-06-15;2019-06-15
Ivan Gašparovič;Ivan Gasparovic;HOS;2004-06-15;2014-06-15
Miroslav Lajčák;Miroslav Lajcak|Lajčák;FM;2012-04-04;2020-03-21
Juraj Blanár;Juraj Blanar;FM;2023-10-25;
@ROU
Ion Iliescu;Iliescu;HOS;1989-12-22;1996-11-29
Emil Constantinescu;Constantinescu;HOS;1996-11-29;2000-12-20
Ion Iliescu;Iliescu;HOS;2000-12-20;2004-12-20
Traian Băsescu;Traian Basescu|Băsescu;HOS;2004-12-20;2014-12-21
Klaus Iohannis;Iohannis;HOS;2014-12-21;2025-02-12
Ilie Bolojan;Bolojan;HOS;2025-02-12;2025-05-26
Nicușor Dan;Nicusor Dan;HOS;2025-05-26;
Petre Roman;;HOG;1989-12-26;1991-10-16
Theodor Stolojan;Stolojan;HOG;1991-10-16;1992-11-19
Nicolae Văcăroiu;Nicolae Vacaroiu;HOG;1992-11-19;1996-12-12
Victor Ciorbea;Ciorbea;HOG;1996-12-12;1998-04-17
Radu Vasile;;HOG;1998-04-17;1999-12-22
Mugur Isărescu;Mugur Isarescu;HOG;1999-12-22;2000-12-28
Adrian Năstase;Adrian Nastase|Năstase;HOG;2000-12-28;2004-12-21
Călin Popescu-Tăriceanu;Calin Popescu-Tariceanu|Tăriceanu;HOG;2004-12-29;2008-12-22
Emil Boc;;HOG;2008-12-22;2012-02-06
Mihai Răzvan Ungureanu;Mihai Razvan Ungureanu;HOG;2012-02-09;2012-05-07
Victor Ponta;Ponta;HOG;2012-05-07;2015-11-04
Dacian Cioloș;Dacian Ciolos|Cioloș;HOG;2015-11-17;2017-01-04
Sorin Grindeanu;Grindeanu;HOG;2017-01-04;2017-06-29
Mihai Tudose;Tudose;HOG;2017-06-29;2018-01-16
Viorica Dăncilă;Viorica Dancila|Dăncilă;HOG;2018-01-29;2019-11-04
Ludovic Orban;;HOG;2019-11-04;2020-12-07
Florin Cîțu;Florin Citu|Cîțu;HOG;2020-12-23;2021-11-25
Nicolae Ciucă;Nicolae Ciuca|Ciucă;HOG;2021-11-25;2023-06-15
Marcel Ciolacu;Ciolacu;HOG;2023-06-15;2025-05-06
Ilie Bolojan;Bolojan;HOG;2025-06-23;
Bogdan Aurescu;Aurescu;FM;2014-11-24;2015-11-17
Lazăr Comănescu;Lazar Comanescu;FM;2015-11-17;2017-01-04
Teodor Meleșcanu;Teodor Melescanu|Meleșcanu;FM;2017-01-04;2019-07-24
Bogdan Aurescu;Aurescu;FM;2019-11-04;2024-12-23
Emil Hurezeanu;Hurezeanu;FM;2024-12-23;2025-06-23
Oana Țoiu;Oana Toiu;FM;2025-06-23;
Mircea Geoană;Mircea Geoana;FM;2000-12-28;2004-12-28
Mihai Răzvan Ungureanu;Mihai Razvan Ungureanu;FM;2004-12-29;2007-02-12
@SRB
Slobodan Milošević;Slobodan Milosevic|Milošević|Milosevic;HOS;1989-05-08;1997-07-23
Milan Milutinović;Milan Milutinovic;HOS;1997-12-29;2002-12-29
Boris Tadić;Boris Tadic|Tadić|Tadic;HOS;2004-07-11;2012-04-05
Tomislav Nikolić;Tomislav Nikolic;HOS;2012-05-31;2017-05-31
Aleksandar Vučić;Aleksandar Vucic|Vučić|Vucic;HOS;2017-05-31;
Zoran Đinđić;Zoran Djindjic|Djindjic;HOG;2001-01-25;2003-03-12
Zoran Živković;Zoran Zivkovic;HOG;2003-03-18;2004-03-03
Vojislav Koštunica;Vojislav Kostunica|Koštunica|Kostunica;HOG;2004-03-03;2008-07-07
Mirko Cvetković;Mirko Cvetkovic;HOG;2008-07-07;2012-07-27
Ivica Dačić;Ivica Dacic|Dačić|Dacic;HOG;2012-07-27;2014-04-27
Aleksandar Vučić;Aleksandar Vucic|Vučić|Vucic;HOG;2014-04-27;2017-05-31
Ana Brnabić;Ana Brnabic|Brnabić;HOG;2017-06-29;2024-05-02
Miloš Vučević;Milos Vucevic;HOG;2024-05-02;2025-04-16
Đuro Macut;Djuro Macut;HOG;2025-04-16;
Vuk Drašković;Vuk Draskovic;FM;2004-03-16;2007-05-15
Vuk Jeremić;Vuk Jeremic|Jeremić;FM;2007-05-15;2012-07-27
Ivan Mrkić;Ivan Mrkic;FM;2012-07-27;2014-04-27
Ivica Dačić;Ivica Dacic|Dačić|Dacic;FM;2014-04-27;2020-10-28
Nikola Selaković;Nikola Selakovic;FM;2020-10-28;2022-10-26
Ivica Dačić;Ivica Dacic|Dačić|Dacic;FM;2022-10-26;2024-05-02
Marko Đurić;Marko Djuric;FM;2024-05-02;
@YUG
Slobodan Milošević;Slobodan Milosevic|Milošević|Milosevic;HOS;1997-07-23;2000-10-07
Vojislav Koštunica;Vojislav Kostunica|Koštunica|Kostunica;HOS;2000-10-07;2003-03-07
@BLR
Stanislav Shushkevich;Shushkevich;HOS;1991-09-18;1994-01-26
Alexander Lukashenko;Aleksandr Lukashenko|Lukashenko|Alyaksandr Lukashenka;HOS;1994-07-20;
Vyacheslav Kebich;Kebich;HOG;1991-08-25;1994-07-21
Mikhail Chigir;Chigir;HOG;1994-07-21;1996-11-18
Sergei Ling;;HOG;1996-11-18;2000-02-18
Vladimir Yermoshin;;HOG;2000-03-14;2001-10-01
Gennady Novitsky;;HOG;2001-10-01;2003-07-10
Sergei Sidorsky;Sidorsky;HOG;2003-07-10;2010-12-28
Mikhail Myasnikovich;Myasnikovich;HOG;2010-12-28;2014-12-27
Andrei Kobyakov;Kobyakov;HOG;2014-12-27;2018-08-18
Sergei Rumas;Rumas;HOG;2018-08-18;2020-06-03
Roman Golovchenko;Golovchenko;HOG;2020-06-04;2025-04-01
Alexander Turchin;;HOG;2025-04-01;
Sergei Martynov;;FM;2003-03-01;2012-08-20
Vladimir Makei;Uladzimir Makei|Makei;FM;2012-08-20;2022-11-26
Sergei Aleinik;Aleinik;FM;2022-12-06;2024-04-01
Maxim Ryzhenkov;Ryzhenkov;FM;2024-04-01;
Viktor Khrenin;Khrenin;DM;2020-01-20;;MIL
@GEO
Zviad Gamsakhurdia;Gamsakhurdia;HOS;1991-04-14;1992-01-06
Eduard Shevardnadze;Shevardnadze;HOS;1992-03-10;2003-11-23
Nino Burjanadze;Burjanadze;HOS;2003-11-23;2004-01-25
Mikheil Saakashvili;Mikhail Saakashvili|Saakashvili;HOS;2004-01-25;2007-11-25
Nino Burjanadze;Burjanadze;HOS;2007-11-25;2008-01-20
Mikheil Saakashvili;Mikhail Saakashvili|Saakashvili;HOS;2008-01-20;2013-11-17
Giorgi Margvelashvili;Margvelashvili;HOS;2013-11-17;2018-12-16
Salome Zourabichvili;Salome Zurabishvili|Zourabichvili;HOS;2018-12-16;2024-12-29
Mikheil Kavelashvili;Kavelashvili;HOS;2024-12-29;
Zurab Zhvania;Zhvania;HOG;2004-02-17;2005-02-03
Zurab Noghaideli;Noghaideli;HOG;2005-02-17;2007-11-16
Lado Gurgenidze;Gurgenidze;HOG;2007-11-22;2008-11-01
Grigol Mgaloblishvili;;HOG;2008-11-01;2009-02-06
Nika Gilauri;Gilauri;HOG;2009-02-06;2012-07-04
Vano Merabishvili;Merabishvili;HOG;2012-07-04;2012-10-25
Bidzina Ivanishvili;Ivanishvili;HOG;2012-10-25;2013-11-20
Irakli Garibashvili;Garibashvili;HOG;2013-11-20;2015-12-30
Giorgi Kvirikashvili;Kvirikashvili;HOG;2015-12-30;2018-06-20
Mamuka Bakhtadze;Bakhtadze;HOG;2018-06-20;2019-09-08
Giorgi Gakharia;Gakharia;HOG;2019-09-08;2021-02-18
Irakli Garibashvili;Garibashvili;HOG;2021-02-22;2024-02-08
Irakli Kobakhidze;Kobakhidze;HOG;2024-02-08;
Salome Zourabichvili;Zourabichvili;FM;2004-03-18;2005-10-19
Gela Bezhuashvili;Bezhuashvili;FM;2005-11-01;2008-01-31
Grigol Vashadze;Vashadze;FM;2008-12-05;2012-10-25
Maia Panjikidze;Panjikidze;FM;2012-10-25;2014-11-05
Mikheil Janelidze;Janelidze;FM;2015-12-30;2018-06-20
David Zalkaliani;Zalkaliani;FM;2018-06-20;2022-03-01
@ARM
Levon Ter-Petrosyan;Ter-Petrosyan;HOS;1991-10-16;1998-02-03
Robert Kocharyan;Kocharyan;HOS;1998-02-04;2008-04-09
Serzh Sargsyan;Serzh Sarkisian|Sargsyan;HOS;2008-04-09;2018-04-09
Armen Sarkissian;Armen Sargsyan;HOS;2018-04-09;2022-02-01
Vahagn Khachaturyan;Khachaturyan;HOS;2022-03-13;
Serzh Sargsyan;Serzh Sarkisian;HOG;2007-04-04;2008-04-09
Tigran Sargsyan;;HOG;2008-04-09;2014-04-13
Hovik Abrahamyan;Abrahamyan;HOG;2014-04-13;2016-09-13
Karen Karapetyan;Karapetyan;HOG;2016-09-13;2018-04-17
Serzh Sargsyan;Serzh Sarkisian;HOG;2018-04-17;2018-04-23
Nikol Pashinyan;Pashinyan;HOG;2018-05-08;
Vartan Oskanian;Oskanian;FM;1998-04-10;2008-04-24
Edward Nalbandian;Edward Nalbandyan|Nalbandian;FM;2008-04-24;2018-05-12
Zohrab Mnatsakanyan;Mnatsakanyan;FM;2018-05-12;2020-11-16
Ara Aivazian;Ara Ayvazyan;FM;2020-11-18;2021-06-01
Ararat Mirzoyan;Mirzoyan;FM;2021-08-19;
Suren Papikyan;Papikyan;DM;2021-11-15;
@AZE
Abulfaz Elchibey;Elchibey;HOS;1992-06-16;1993-06-18
Heydar Aliyev;Heidar Aliyev;HOS;1993-06-18;2003-10-31
Ilham Aliyev;Aliyev;HOS;2003-10-31;
Artur Rasizade;Rasizade;HOG;1996-11-26;2003-08-04
Ilham Aliyev;Aliyev;HOG;2003-08-04;2003-10-31
Artur Rasizade;Rasizade;HOG;2003-11-04;2018-04-21
Novruz Mammadov;;HOG;2018-04-21;2019-10-08
Ali Asadov;Asadov;HOG;2019-10-08;
Vilayat Guliyev;;FM;1999-10-01;2004-04-02
Elmar Mammadyarov;Mammadyarov;FM;2004-04-02;2020-07-16
Jeyhun Bayramov;Bayramov;FM;2020-07-16;
Zakir Hasanov;;DM;2013-10-22;;MIL
Hikmet Hajiyev;Hikmat Hajiyev;NSA;2018-01-01;
@KAZ
Nursultan Nazarbayev;Nazarbayev;HOS;1990-04-24;2019-03-20
Kassym-Jomart Tokayev;Kassym-Zhomart Tokayev|Tokayev;HOS;2019-03-20;
Akezhan Kazhegeldin;Kazhegeldin;HOG;1994-10-12;1997-10-10
Nurlan Balgimbayev;Balgimbayev;HOG;1997-10-10;1999-10-01
Kassym-Jomart Tokayev;Tokayev;HOG;1999-10-01;2002-01-28
Imangali Tasmagambetov;Tasmagambetov;HOG;2002-01-28;2003-06-13
Daniyal Akhmetov;;HOG;2003-06-13;2007-01-09
Karim Massimov;Karim Masimov|Massimov;HOG;2007-01-10;2012-09-24
Serik Akhmetov;;HOG;2012-09-24;2014-04-02
Karim Massimov;Karim Masimov|Massimov;HOG;2014-04-02;2016-09-08
Bakhytzhan Sagintayev;Sagintayev;HOG;2016-09-09;2019-02-21
Askar Mamin;Mamin;HOG;2019-02-25;2022-01-05
Alikhan Smailov;Smailov;HOG;2022-01-11;2024-02-05
Oljas Bektenov;Olzhas Bektenov|Bektenov;HOG;2024-02-06;
Kassym-Jomart Tokayev;Tokayev;FM;1994-10-12;1999-10-01
Kassym-Jomart Tokayev;Tokayev;FM;2002-01-28;2007-01-10
Marat Tazhin;;FM;2007-01-10;2009-09-04
Kanat Saudabayev;Saudabayev;FM;2009-09-04;2011-03-01
Yerzhan Kazykhanov;;FM;2011-04-05;2012-09-28
Yerlan Idrissov;Idrissov;FM;2012-09-28;2016-12-28
Kairat Abdrakhmanov;Abdrakhmanov;FM;2016-12-28;2018-12-18
Beibut Atamkulov;Atamkulov;FM;2018-12-18;2019-09-18
Mukhtar Tileuberdi;Tileuberdi;FM;2019-09-18;2023-04-01
Murat Nurtleu;Nurtleu;FM;2023-04-01;2025-02-01
Yermek Kosherbayev;Kosherbayev;FM;2025-02-01;
Karim Massimov;Karim Masimov|Massimov;IC;2016-09-08;2022-01-05
@UZB
Islam Karimov;Karimov;HOS;1990-03-24;2016-09-02
Shavkat Mirziyoyev;Mirziyoyev;HOS;2016-09-08;
Shavkat Mirziyoyev;Mirziyoyev;HOG;2003-12-12;2016-12-14
Abdulla Aripov;Aripov;HOG;2016-12-14;
Abdulaziz Kamilov;Abdulaziz Komilov|Kamilov;FM;2012-01-25;2022-07-01
Bakhtiyor Saidov;Saidov;FM;2023-03-01;
