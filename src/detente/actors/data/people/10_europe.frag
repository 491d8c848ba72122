@ITA
Francesco Cossiga;Cossiga;HOS;1985-07-03;1992-04-28
Oscar Luigi Scalfaro;Scalfaro;HOS;1992-05-28;1999-05-15
Carlo Azeglio Ciampi;Ciampi;HOS;1999-05-18;2006-05-15
Giorgio Napolitano;Napolitano;HOS;2006-05-15;2015-01-14
Sergio Mattarella;Mattarella;HOS;2015-02-03;
Giulio Andreotti;Andreotti;HOG;1989-07-22;1992-06-28
Giuliano Amato;Amato;HOG;1992-06-28;1993-04-28
Carlo Azeglio Ciampi;Ciampi;HOG;1993-04-28;1994-05-10
Silvio Berlusconi;Berlusconi;HOG;1994-05-10;1995-01-17
Lamberto Dini;Dini;HOG;1995-01-17;1996-05-17
Romano Prodi;Prodi;HOG;1996-05-17;1998-10-21
Massimo D'Alema;D'Alema;HOG;1998-10-21;2000-04-25
Giuliano Amato;Amato;HOG;2000-04-25;2001-06-11
Silvio Berlusconi;Berlusconi;HOG;2001-06-11;2006-05-17
Romano Prodi;Prodi;HOG;2006-05-17;2008-05-08
Silvio Berlusconi;Berlusconi;HOG;2008-05-08;2011-11-16
Mario Monti;Monti;HOG;2011-11-16;2013-04-28
Enrico Letta;;HOG;2013-04-28;2014-02-22
Matteo Renzi;Renzi;HOG;2014-02-22;2016-12-12
Paolo Gentiloni;Gentiloni;HOG;2016-12-12;2018-06-01
Giuseppe Conte;;HOG;2018-06-01;2021-02-13
Mario Draghi;Draghi;HOG;2021-02-13;2022-10-22
Giorgia Meloni;Meloni;HOG;2022-10-22;
Gianni De Michelis;De Michelis;FM;1989-07-22;1992-06-28
Emilio Colombo;;FM;1992-08-01;1993-04-28
Beniamino Andreatta;Andreatta;FM;1993-04-28;1994-05-10
Antonio Martino;;FM;1994-05-10;1995-01-17
Susanna Agnelli;;FM;1995-01-17;1996-05-17
Lamberto Dini;Dini;FM;1996-05-17;2001-06-11
Renato Ruggiero;;FM;2001-06-11;2002-01-06
Silvio Berlusconi;Berlusconi;FM;2002-01-06;2002-11-14
Franco Frattini;Frattini;FM;2002-11-14;2004-11-18
Gianfranco Fini;Fini;FM;2004-11-18;2006-05-17
Massimo D'Alema;D'Alema;FM;2006-05-17;2008-05-08
Franco Frattini;Frattini;FM;2008-05-08;2011-11-16
Giulio Terzi di Sant'Agata;Giulio Terzi;FM;2011-11-16;2013-03-26
Emma Bonino;Bonino;FM;2013-04-28;2014-02-22
Federica Mogherini;Mogherini;FM;2014-02-22;2014-10-31
Paolo Gentiloni;Gentiloni;FM;2014-10-31;2016-12-12
Angelino Alfano;Alfano;FM;2016-12-12;2018-06-01
Enzo Moavero Milanesi;Moavero Milanesi;FM;2018-06-01;2019-09-05
Luigi Di Maio;Di Maio;FM;2019-09-05;2022-10-22
Antonio Tajani;Tajani;FM;2022-10-22;
Antonio Martino;;DM;2001-06-11;2006-05-17
Arturo Parisi;;DM;2006-05-17;2008-05-08
Ignazio La Russa;La Russa;DM;2008-05-08;2011-11-16
Giampaolo Di Paola;;DM;2011-11-16;2013-04-28;MIL
Mario Mauro;;DM;2013-04-28;2014-02-22
Roberta Pinotti;Pinotti;DM;2014-02-22;2018-06-01
Elisabetta Trenta;Trenta;DM;2018-06-01;2019-09-05
Lorenzo Guerini;Guerini;DM;2019-09-05;2022-10-22
Guido Crosetto;Crosetto;DM;2022-10-22;
Marco Minniti;Minniti;IM;2016-12-12;2018-06-01
Matteo Salvini;Salvini;IM;2018-06-01;2019-09-05
Luciana Lamorgese;Lamorgese;IM;2019-09-05;2022-10-22
Matteo Piantedosi;Piantedosi;IM;2022-10-22;
@ESP
Juan Carlos I;King Juan Carlos|Juan Carlos;HOS;1975-11-22;2014-06-19
Felipe VI;King Felipe|King Felipe VI;HOS;2014-06-19;
Felipe González;Felipe Gonzalez;HOG;1982-12-02;1996-05-05
José María Aznar;Jose Maria Aznar|Aznar;HOG;1996-05-05;2004-04-17
José Luis Rodríguez Zapatero;Jose Luis Rodriguez Zapatero|Zapatero;HOG;2004-04-17;2011-12-21
Mariano Rajoy;Rajoy;HOG;2011-12-21;2018-06-02
Pedro Sánchez;Pedro Sanchez;HOG;2018-06-02;
Francisco Fernández Ordóñez;Fernandez Ordonez;FM;1985-07-05;1992-06-22
Javier Solana;Solana;FM;1992-06-22;1995-12-18
Carlos Westendorp;Westendorp;FM;1995-12-18;1996-05-06
Abel Matutes;Matutes;FM;1996-05-06;2000-04-28
Josep Piqué;Josep Pique;FM;2000-04-28;2002-07-10
Ana Palacio;;FM;2002-07-10;2004-04-18
Miguel Ángel Moratinos;Miguel Angel Moratinos|Moratinos;FM;2004-04-18;2010-10-21
Trinidad Jiménez;Trinidad Jimenez;FM;2010-10-21;2011-12-22
José Manuel García-Margallo;Garcia-Margallo|Margallo;FM;2011-12-22;2016-11-04
Alfonso Dastis;Dastis;FM;2016-11-04;2018-06-07
Josep Borrell;Borrell;FM;2018-06-07;2019-11-30
Arancha González Laya;Arancha Gonzalez Laya|González Laya;FM;2020-01-13;2021-07-12
José Manuel Albares;Jose Manuel Albares|Albares;FM;2021-07-12;
Carme Chacón;Carme Chacon;DM;2008-04-14;2011-12-22
Pedro Morenés;Pedro Morenes;DM;2011-12-22;2016-11-04
María Dolores de Cospedal;Dolores de Cospedal|Cospedal;DM;2016-11-04;2018-06-07
Margarita Robles;Robles;DM;2018-06-07;
Fernando Grande-Marlaska;Grande-Marlaska;IM;2018-06-07;
@POL
Wojciech Jaruzelski;Jaruzelski;HOS;1989-07-19;1990-12-22;MIL
Lech Wałęsa;Lech Walesa|Walesa;HOS;1990-12-22;1995-12-22
Aleksander Kwaśniewski;Aleksander Kwasniewski|Kwasniewski;HOS;1995-12-23;2005-12-23
Lech Kaczyński;Lech Kaczynski;HOS;2005-12-23;2010-04-10
Bronisław Komorowski;Bronislaw Komorowski|Komorowski;HOS;2010-04-10;2015-08-06
Andrzej Duda;Duda;HOS;2015-08-06;2025-08-06
Karol Nawrocki;Nawrocki;HOS;2025-08-06;
Tadeusz Mazowiecki;Mazowiecki;HOG;1989-08-24;1991-01-12
Jan Krzysztof Bielecki;Bielecki;HOG;1991-01-12;1991-12-05
Jan Olszewski;Olszewski;HOG;1991-12-23;1992-06-05
Hanna Suchocka;Suchocka;HOG;1992-07-11;1993-10-26
Waldemar Pawlak;Pawlak;HOG;1993-10-26;1995-03-07
Józef Oleksy;Jozef Oleksy|Oleksy;HOG;1995-03-07;1996-02-07
Włodzimierz Cimoszewicz;Wlodzimierz Cimoszewicz|Cimoszewicz;HOG;1996-02-07;1997-10-31
Jerzy Buzek;Buzek;HOG;1997-10-31;2001-10-19
Leszek Miller;;HOG;2001-10-19;2004-05-02
Marek Belka;Belka;HOG;2004-05-02;2005-10-31
Kazimierz Marcinkiewicz;Marcinkiewicz;HOG;2005-10-31;2006-07-14
Jarosław Kaczyński;Jaroslaw Kaczynski;HOG;2006-07-14;2007-11-16
Donald Tusk;Tusk;HOG;2007-11-16;2014-09-22
Ewa Kopacz;Kopacz;HOG;2014-09-22;2015-11-16
Beata Szydło;Beata Szydlo|Szydlo;HOG;2015-11-16;2017-12-11
Mateusz Morawiecki;Morawiecki;HOG;2017-12-11;2023-12-13
Donald Tusk;Tusk;HOG;2023-12-13;
Krzysztof Skubiszewski;Skubiszewski;FM;1989-09-12;1993-10-26
Andrzej Olechowski;Olechowski;FM;1993-10-26;1995-03-07
Władysław Bartoszewski;Wladyslaw Bartoszewski|Bartoszewski;FM;1995-03-07;1995-12-22
Dariusz Rosati;Rosati;FM;1995-12-29;1997-10-31
Bronisław Geremek;Bronislaw Geremek|Geremek;FM;1997-10-31;2000-06-30
Władysław Bartoszewski;Wladyslaw Bartoszewski|Bartoszewski;FM;2000-06-30;2001-10-19
Włodzimierz Cimoszewicz;Wlodzimierz Cimoszewicz|Cimoszewicz;FM;2001-10-19;2005-01-05
Adam Daniel Rotfeld;Adam Rotfeld|Rotfeld;FM;2005-01-05;2005-10-31
Stefan Meller;;FM;2005-10-31;2006-05-09
Anna Fotyga;Fotyga;FM;2006-05-09;2007-11-16
Radosław Sikorski;Radoslaw Sikorski|Sikorski;FM;2007-11-16;2014-09-22
Grzegorz Schetyna;Schetyna;FM;2014-09-22;2015-11-16
Witold Waszczykowski;Waszczykowski;FM;2015-11-16;2018-01-09
Jacek Czaputowicz;Czaputowicz;FM;2018-01-09;2020-08-20
Zbigniew Rau;;FM;2020-08-26;2023-11-27
Szymon Szynkowski vel Sęk;Szynkowski vel Sek;FM;2023-11-27;2023-12-13
Radosław Sikorski;Radoslaw Sikorski|Sikorski;FM;2023-12-13;
Bogdan Klich;Klich;DM;2007-11-16;2011-08-02
Tomasz Siemoniak;Siemoniak;DM;2011-08-02;2015-11-16
Antoni Macierewicz;Macierewicz;DM;2015-11-16;2018-01-09
Mariusz Błaszczak;Mariusz Blaszczak|Blaszczak;DM;2018-01-09;2023-11-27
Władysław Kosiniak-Kamysz;Wladyslaw Kosiniak-Kamysz|Kosiniak-Kamysz;DM;2023-12-13;
@NLD
Beatrix;Queen Beatrix;HOS;1980-04-30;2013-04-30
Willem-Alexander;King Willem-Alexander;HOS;2013-04-30;
Ruud Lubbers;Lubbers;HOG;1982-11-04;1994-08-22
Wim Kok;;HOG;1994-08-22;2002-07-22
Jan Peter Balkenende;Balkenende;HOG;2002-07-22;2010-10-14
Mark Rutte;Rutte;HOG;2010-10-14;2024-07-02
Dick Schoof;Schoof;HOG;2024-07-02;
Hans van den Broek;van den Broek;FM;1982-11-04;1993-01-03
Pieter Kooijmans;Kooijmans;FM;1993-01-03;1994-08-22
Hans van Mierlo;van Mierlo;FM;1994-08-22;1998-08-03
Jozias van Aartsen;van Aartsen;FM;1998-08-03;2002-07-22
Jaap de Hoop Scheffer;de Hoop Scheffer;FM;2002-07-22;2003-12-03
Ben Bot;;FM;2003-12-03;2007-02-22
Maxime Verhagen;Verhagen;FM;2007-02-22;2010-10-14
Uri Rosenthal;;FM;2010-10-14;2012-11-05
Frans Timmermans;Timmermans;FM;2012-11-05;2014-10-17
Bert Koenders;Koenders;FM;2014-10-17;2017-10-26
Halbe Zijlstra;Zijlstra;FM;2017-10-26;2018-02-13
Stef Blok;;FM;2018-03-07;2021-05-25
Sigrid Kaag;Kaag;FM;2021-05-25;2021-09-17
Ben Knapen;Knapen;FM;2021-09-24;2022-01-10
Wopke Hoekstra;Hoekstra;FM;2022-01-10;2023-09-05
Hanke Bruins Slot;Bruins Slot;FM;2023-09-05;2024-07-02
Caspar Veldkamp;Veldkamp;FM;2024-07-02;2025-08-22
David van Weel;van Weel;FM;2025-08-22;
Jeanine Hennis-Plasschaert;Hennis-Plasschaert;DM;2012-11-05;2017-10-04
Ank Bijleveld;Bijleveld;DM;2017-10-26;2021-09-17
Kajsa Ollongren;Ollongren;DM;2022-01-10;2024-07-02
Ruben Brekelmans;Brekelmans;DM;2024-07-02;
@BEL
Baudouin;King Baudouin;HOS;1951-07-17;1993-07-31
Albert II;King Albert;HOS;1993-08-09;2013-07-21
Philippe;King Philippe;HOS;2013-07-21;
Wilfried Martens;Martens;HOG;1981-12-17;1992-03-07
Jean-Luc Dehaene;Dehaene;HOG;1992-03-07;1999-07-12
Guy Verhofstadt;Verhofstadt;HOG;1999-07-12;2008-03-20
Yves Leterme;Leterme;HOG;2008-03-20;2008-12-30
Herman Van Rompuy;Van Rompuy;HOG;2008-12-30;2009-11-25
Yves Leterme;Leterme;HOG;2009-11-25;2011-12-06
Elio Di Rupo;Di Rupo;HOG;2011-12-06;2014-10-11
Charles Michel;;HOG;2014-10-11;2019-10-27
Sophie Wilmès;Sophie Wilmes|Wilmès;HOG;2019-10-27;2020-10-01
Alexander De Croo;De Croo;HOG;2020-10-01;2025-02-03
Bart De Wever;De Wever;HOG;2025-02-03;
Willy Claes;Claes;FM;1992-03-07;1994-10-10
Erik Derycke;Derycke;FM;1995-03-22;1999-07-12
Louis Michel;;FM;1999-07-12;2004-07-18
Karel De Gucht;De Gucht;FM;2004-07-18;2009-07-17
Yves Leterme;Leterme;FM;2009-07-17;2009-11-25
Steven Vanackere;Vanackere;FM;2009-11-25;2011-12-06
Didier Reynders;Reynders;FM;2011-12-06;2019-11-30
Philippe Goffin;Goffin;FM;2019-11-30;2020-10-01
Sophie Wilmès;Sophie Wilmes|Wilmès;FM;2020-10-01;2022-07-15
Hadja Lahbib;Lahbib;FM;2022-07-15;2024-12-01
Maxime Prévot;Maxime Prevot;FM;2025-02-03;
Steven Vandeput;;DM;2014-10-11;2018-11-12
Ludivine Dedonder;Dedonder;DM;2020-10-01;2025-02-03
Theo Francken;Francken;DM;2025-02-03;
@SWE
Carl XVI Gustaf;King Carl Gustaf;HOS;1973-09-15;
Ingvar Carlsson;;HOG;1986-03-12;1991-10-04
Carl Bildt;Bildt;HOG;1991-10-04;1994-10-07
Ingvar Carlsson;;HOG;1994-10-07;1996-03-22
Göran Persson;Goran Persson;HOG;1996-03-22;2006-10-06
Fredrik Reinfeldt;Reinfeldt;HOG;2006-10-06;2014-10-03
Stefan Löfven;Stefan Lofven|Löfven;HOG;2014-10-03;2021-11-30
Magdalena Andersson;;HOG;2021-11-30;2022-10-18
Ulf Kristersson;Kristersson;HOG;2022-10-18;
Margaretha af Ugglas;;FM;1991-10-04;1994-10-07
Lena Hjelm-Wallén;Lena Hjelm-Wallen;FM;1994-10-07;1998-10-07
Anna Lindh;;FM;1998-10-07;2003-09-11
Laila Freivalds;Freivalds;FM;2003-10-10;2006-03-21
Jan Eliasson;Eliasson;FM;2006-04-24;2006-10-06
Carl Bildt;Bildt;FM;2006-10-06;2014-10-03
Margot Wallström;Margot Wallstrom|Wallström;FM;2014-10-03;2019-09-10
Ann Linde;;FM;2019-09-10;2022-10-18
Tobias Billström;Tobias Billstrom|Billström;FM;2022-10-18;2024-09-10
Maria Malmer Stenergard;Malmer Stenergard;FM;2024-09-10;
Peter Hultqvist;Hultqvist;DM;2014-10-03;2022-10-18
Pål Jonson;Pal Jonson;DM;2022-10-18;
@NOR
Harald V;King Harald;HOS;1991-01-17;
Gro Harlem Brundtland;Brundtland;HOG;1990-11-03;1996-10-25
Thorbjørn Jagland;Thorbjorn Jagland|Jagland;HOG;1996-10-25;1997-10-17
Kjell Magne Bondevik;Bondevik;HOG;1997-10-17;2000-03-17
Jens Stoltenberg;Stoltenberg;HOG;2000-03-17;2001-10-19
Kjell Magne Bondevik;Bondevik;HOG;2001-10-19;2005-10-17
Jens Stoltenberg;Stoltenberg;HOG;2005-10-17;2013-10-16
Erna Solberg;Solberg;HOG;2013-10-16;2021-10-14
Jonas Gahr Støre;Jonas Gahr Store;HOG;2021-10-14;
Thorvald Stoltenberg;;FM;1990-11-03;1993-04-02
Johan Jørgen Holst;Johan Jorgen Holst;FM;1993-04-02;1994-01-13
Bjørn Tore Godal;Bjorn Tore Godal;FM;1994-01-24;1997-10-17
Knut Vollebæk;Knut Vollebaek;FM;1997-10-17;2000-03-17
Thorbjørn Jagland;Thorbjorn Jagland|Jagland;FM;2000-03-17;2001-10-19
Jan Petersen;;FM;2001-10-19;2005-10-17
Jonas Gahr Støre;Jonas Gahr Store;FM;2005-10-17;2012-09-21
Espen Barth Eide;Barth Eide;FM;2012-09-21;2013-10-16
Børge Brende;Borge Brende|Brende;FM;2013-10-16;2017-10-20
Ine Eriksen Søreide;Ine Eriksen Soreide;FM;2017-10-20;2021-10-14
Anniken Huitfeldt;Huitfeldt;FM;2021-10-14;2023-10-16
Espen Barth Eide;Barth Eide;FM;2023-10-16;
Frank Bakke-Jensen;;DM;2017-10-20;2021-10-14
Odd Roger Enoksen;;DM;2021-10-14;2022-04-01
Bjørn Arild Gram;Bjorn Arild Gram;DM;2022-04-01;2024-04-01
Tore O. Sandvik;Tore Sandvik;DM;2024-04-01;
@FIN
Mauno Koivisto;Koivisto;HOS;1982-01-27;1994-03-01
Martti Ahtisaari;Ahtisaari;HOS;1994-03-01;2000-03-01
Tarja Halonen;Halonen;HOS;2000-03-01;2012-03-01
Sauli Niinistö;Sauli Niinisto|Niinistö;HOS;2012-03-01;2024-03-01
Alexander Stubb;Stubb;HOS;2024-03-01;
Harri Holkeri;Holkeri;HOG;1987-04-30;1991-04-26
Esko Aho;;HOG;1991-04-26;1995-04-13
Paavo Lipponen;Lipponen;HOG;1995-04-13;2003-04-17
Anneli Jäätteenmäki;Anneli Jaatteenmaki;HOG;2003-04-17;2003-06-24
Matti Vanhanen;Vanhanen;HOG;2003-06-24;2010-06-22
Mari Kiviniemi;Kiviniemi;HOG;2010-06-22;2011-06-22
Jyrki Katainen;Katainen;HOG;2011-06-22;2014-06-24
Alexander Stubb;Stubb;HOG;2014-06-24;2015-05-29
Juha Sipilä;Juha Sipila|Sipilä;HOG;2015-05-29;2019-06-06
Antti Rinne;;HOG;2019-06-06;2019-12-10
Sanna Marin;;HOG;2019-12-10;2023-06-20
Petteri Orpo;Orpo;HOG;2023-06-20;
Erkki Tuomioja;Tuomioja;FM;2000-02-25;2007-04-19
Ilkka Kanerva;Kanerva;FM;2007-04-19;2008-04-04
Alexander Stubb;Stubb;FM;2008-04-04;2011-06-22
Erkki Tuomioja;Tuomioja;FM;2011-06-22;2015-05-29
Timo Soini;Soini;FM;2015-05-29;2019-06-06
Pekka Haavisto;Haavisto;FM;2019-06-06;2023-06-20
Elina Valtonen;Valtonen;FM;2023-06-20;
Antti Kaikkonen;Kaikkonen;DM;2019-12-10;2023-06-20
Antti Häkkänen;Antti Hakkanen;DM;2023-06-20;
@DNK
Margrethe II;Queen Margrethe;HOS;1972-01-14;2024-01-14
Frederik X;King Frederik;HOS;2024-01-14;
Poul Schlüter;Poul Schluter;HOG;1982-09-10;1993-01-25
Poul Nyrup Rasmussen;Nyrup Rasmussen;HOG;1993-01-25;2001-11-27
Anders Fogh Rasmussen;Fogh Rasmussen;HOG;2001-11-27;2009-04-05
Lars Løkke Rasmussen;Lars Lokke Rasmussen|Løkke Rasmussen;HOG;2009-04-05;2011-10-03
Helle Thorning-Schmidt;Thorning-Schmidt;HOG;2011-10-03;2015-06-28
Lars Løkke Rasmussen;Lars Lokke Rasmussen|Løkke Rasmussen;HOG;2015-06-28;2019-06-27
Mette Frederiksen;Frederiksen;HOG;2019-06-27;
Uffe Ellemann-Jensen;Ellemann-Jensen;FM;1982-09-10;1993-01-25
Niels Helveg Petersen;;FM;1993-01-25;2000-12-21
Mogens Lykketoft;Lykketoft;FM;2000-12-21;2001-11-27
Per Stig Møller;Per Stig Moller;FM;2001-11-27;2010-02-23
Lene Espersen;;FM;2010-02-23;2011-10-03
Villy Søvndal;Villy Sovndal;FM;2011-10-03;2013-12-16
Martin Lidegaard;Lidegaard;FM;2014-02-03;2015-06-28
Kristian Jensen;;FM;2015-06-28;2016-11-28
Anders Samuelsen;;FM;2016-11-28;2019-06-27
Jeppe Kofod;Kofod;FM;2019-06-27;2022-12-15
Lars Løkke Rasmussen;Lars Lokke Rasmussen|Løkke Rasmussen;FM;2022-12-15;
Troels Lund Poulsen;;DM;2023-08-29;
@GRC
Konstantinos Karamanlis;Constantine Karamanlis;HOS;1990-05-05;1995-03-10
Konstantinos Stephanopoulos;Kostis Stephanopoulos;HOS;1995-03-10;2005-03-12
Karolos Papoulias;Papoulias;HOS;2005-03-12;2015-03-13
Prokopis Pavlopoulos;Pavlopoulos;HOS;2015-03-13;2020-03-13
Katerina Sakellaropoulou;Sakellaropoulou;HOS;2020-03-13;2025-03-13
Konstantinos Tasoulas;Tasoulas;HOS;2025-03-13;
Konstantinos Mitsotakis;Constantine Mitsotakis;HOG;1990-04-11;1993-10-13
Andreas Papandreou;;HOG;1993-10-13;1996-01-22
Costas Simitis;Kostas Simitis|Simitis;HOG;1996-01-22;2004-03-10
Kostas Karamanlis;Costas Karamanlis;HOG;2004-03-10;2009-10-06
George Papandreou;Giorgos Papandreou;HOG;2009-10-06;2011-11-11
Lucas Papademos;Loukas Papademos|Papademos;HOG;2011-11-11;2012-05-16
Panagiotis Pikrammenos;Pikrammenos;HOG;2012-05-16;2012-06-20
Antonis Samaras;Samaras;HOG;2012-06-20;2015-01-26
Alexis Tsipras;Tsipras;HOG;2015-01-26;2015-08-27
Vassiliki Thanou;Vassiliki Thanou-Christophilou;HOG;2015-08-27;2015-09-21
Alexis Tsipras;Tsipras;HOG;2015-09-21;2019-07-08
Kyriakos Mitsotakis;Mitsotakis;HOG;2019-07-08;2023-05-25
Ioannis Sarmas;Sarmas;HOG;2023-05-25;2023-06-26
Kyriakos Mitsotakis;Mitsotakis;HOG;2023-06-26;
Theodoros Pangalos;Pangalos;FM;1996-01-22;1999-02-18
George Papandreou;Giorgos Papandreou;FM;1999-02-18;2004-02-13
Petros Molyviatis;Molyviatis;FM;2004-03-10;2006-02-15
Dora Bakoyannis;Dora Bakoyanni|Bakoyannis;FM;2006-02-15;2009-10-07
George Papandreou;Giorgos Papandreou;FM;2009-10-07;2010-09-07
Dimitris Droutsas;Droutsas;FM;2010-09-07;2011-06-17
Stavros Lambrinidis;Lambrinidis;FM;2011-06-17;2011-11-11
Stavros Dimas;;FM;2011-11-11;2012-05-17
Dimitris Avramopoulos;Avramopoulos;FM;2012-06-21;2013-06-25
Evangelos Venizelos;Venizelos;FM;2013-06-25;2015-01-27
Nikos Kotzias;Kotzias;FM;2015-01-27;2018-10-17
Giorgos Katrougalos;George Katrougalos|Katrougalos;FM;2019-02-15;2019-07-09
Nikos Dendias;Dendias;FM;2019-07-09;2023-05-25
Giorgos Gerapetritis;George Gerapetritis|Gerapetritis;FM;2023-06-27;
Panos Kammenos;Kammenos;DM;2015-01-27;2019-01-13
Nikolaos Panagiotopoulos;Panagiotopoulos;DM;2019-07-09;2023-05-25
Nikos Dendias;Dendias;DM;2023-06-27;
