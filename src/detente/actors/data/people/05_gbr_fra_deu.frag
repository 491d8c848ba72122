@GBR
Elizabeth II;Queen Elizabeth|Queen Elizabeth II;HOS;1952-02-06;2022-09-08
Charles III;King Charles|King Charles III|Prince Charles;HOS;2022-09-08;
Margaret Thatcher;Thatcher;HOG;1979-05-04;1990-11-28
John Major;;HOG;1990-11-28;1997-05-02
Tony Blair;Blair;HOG;1997-05-02;2007-06-27
Gordon Brown;;HOG;2007-06-27;2010-05-11
David Cameron;Cameron;HOG;2010-05-11;2016-07-13
Theresa May;;HOG;2016-07-13;2019-07-24
Boris Johnson;;HOG;2019-07-24;2022-09-06
Liz Truss;Elizabeth Truss|Truss;HOG;2022-09-06;2022-10-25
Rishi Sunak;Sunak;HOG;2022-10-25;2024-07-05
Keir Starmer;Starmer;HOG;2024-07-05;
Douglas Hurd;Hurd;FM;1989-10-26;1995-07-05
Malcolm Rifkind;Rifkind;FM;1995-07-05;1997-05-02
Robin Cook;;FM;1997-05-02;2001-06-08
Jack Straw;;FM;2001-06-08;2006-05-05
Margaret Beckett;Beckett;FM;2006-05-05;2007-06-27
David Miliband;Miliband;FM;2007-06-28;2010-05-11
William Hague;;FM;2010-05-12;2014-07-14
Philip Hammond;Hammond;FM;2014-07-14;2016-07-13
Boris Johnson;;FM;2016-07-13;2018-07-09
Jeremy Hunt;;FM;2018-07-09;2019-07-24
Dominic Raab;Raab;FM;2019-07-24;2021-09-15
Liz Truss;Elizabeth Truss|Truss;FM;2021-09-15;2022-09-06
James Cleverly;Cleverly;FM;2022-09-06;2023-11-13
David Cameron;Lord Cameron|Cameron;FM;2023-11-13;2024-07-05
David Lammy;Lammy;FM;2024-07-05;2025-09-05
Yvette Cooper;;FM;2025-09-05;
Tom King;;DM;1989-07-24;1992-04-10
Malcolm Rifkind;Rifkind;DM;1992-04-10;1995-07-05
Michael Portillo;Portillo;DM;1995-07-05;1997-05-02
George Robertson;Lord Robertson;DM;1997-05-03;1999-10-11
Geoff Hoon;Hoon;DM;1999-10-11;2005-05-06
John Reid;;DM;2005-05-06;2006-05-05
Des Browne;;DM;2006-05-05;2008-10-03
John Hutton;;DM;2008-10-03;2009-06-05
Bob Ainsworth;;DM;2009-06-05;2010-05-11
Liam Fox;;DM;2010-05-12;2011-10-14
Philip Hammond;Hammond;DM;2011-10-14;2014-07-15
Michael Fallon;Fallon;DM;2014-07-15;2017-11-01
Gavin Williamson;;DM;2017-11-02;2019-05-01
Penny Mordaunt;Mordaunt;DM;2019-05-01;2019-07-24
Ben Wallace;;DM;2019-07-24;2023-08-31
Grant Shapps;Shapps;DM;2023-08-31;2024-07-05
John Healey;;DM;2024-07-05;
Michael Howard;;IM;1993-05-27;1997-05-02
Jack Straw;;IM;1997-05-02;2001-06-08
David Blunkett;Blunkett;IM;2001-06-08;2004-12-15
Charles Clarke;;IM;2004-12-15;2006-05-05
John Reid;;IM;2006-05-05;2007-06-28
Jacqui Smith;;IM;2007-06-28;2009-06-05
Alan Johnson;;IM;2009-06-05;2010-05-11
Theresa May;;IM;2010-05-12;2016-07-13
Amber Rudd;;IM;2016-07-13;2018-04-29
Sajid Javid;Javid;IM;2018-04-30;2019-07-24
Priti Patel;;IM;2019-07-24;2022-09-06
Suella Braverman;Braverman;IM;2022-09-06;2022-10-19
Grant Shapps;Shapps;IM;2022-10-19;2022-10-25
Suella Braverman;Braverman;IM;2022-10-25;2023-11-13
James Cleverly;Cleverly;IM;2023-11-13;2024-07-05
Yvette Cooper;;IM;2024-07-05;2025-09-05
Shabana Mahmood;;IM;2025-09-05;
Norman Lamont;Lamont;FIN;1990-11-28;1993-05-27
Kenneth Clarke;Ken Clarke;FIN;1993-05-27;1997-05-02
Gordon Brown;;FIN;1997-05-02;2007-06-27
Alistair Darling;;FIN;2007-06-28;2010-05-11
George Osborne;Osborne;FIN;2010-05-11;2016-07-13
Philip Hammond;Hammond;FIN;2016-07-13;2019-07-24
Sajid Javid;Javid;FIN;2019-07-24;2020-02-13
Rishi Sunak;Sunak;FIN;2020-02-13;2022-07-05
Nadhim Zahawi;Zahawi;FIN;2022-07-05;2022-09-06
Kwasi Kwarteng;Kwarteng;FIN;2022-09-06;2022-10-14
Jeremy Hunt;;FIN;2022-10-14;2024-07-05
Rachel Reeves;;FIN;2024-07-05;
Colin McColl;;IC;1989-01-01;1994-01-01
David Spedding;;IC;1994-01-01;1999-01-01
Richard Dearlove;Dearlove;IC;1999-08-01;2004-07-31
John Scarlett;;IC;2004-08-01;2009-10-31
John Sawers;;IC;2009-11-01;2014-10-31
Alex Younger;;IC;2014-11-01;2020-09-30
Richard Moore;;IC;2020-10-01;2025-09-30
Blaise Metreweli;Metreweli;IC;2025-10-01;
Stella Rimington;;IC;1992-02-01;1996-04-30
Stephen Lander;;IC;1996-05-01;2002-10-31
Eliza Manningham-Buller;;IC;2002-10-01;2007-04-20
Jonathan Evans;;IC;2007-04-21;2013-04-20
Andrew Parker;;IC;2013-04-21;2020-03-30
Ken McCallum;;IC;2020-03-30;
Jonathan Powell;;NSA;2024-11-01;
@FRA
François Mitterrand;Mitterrand;HOS;1981-05-21;1995-05-17
Jacques Chirac;Chirac;HOS;1995-05-17;2007-05-16
Nicolas Sarkozy;Sarkozy;HOS;2007-05-16;2012-05-15
François Hollande;Hollande;HOS;2012-05-15;2017-05-14
Emmanuel Macron;Macron;HOS;2017-05-14;
Michel Rocard;Rocard;HOG;1988-05-10;1991-05-15
Édith Cresson;Cresson;HOG;1991-05-15;1992-04-02
Pierre Bérégovoy;Beregovoy;HOG;1992-04-02;1993-03-29
Édouard Balladur;Balladur;HOG;1993-03-29;1995-05-17
Alain Juppé;Juppe;HOG;1995-05-17;1997-06-02
Lionel Jospin;Jospin;HOG;1997-06-02;2002-05-06
Jean-Pierre Raffarin;Raffarin;HOG;2002-05-06;2005-05-31
Dominique de Villepin;de Villepin|Villepin;HOG;2005-05-31;2007-05-17
François Fillon;Fillon;HOG;2007-05-17;2012-05-15
Jean-Marc Ayrault;Ayrault;HOG;2012-05-15;2014-03-31
Manuel Valls;Valls;HOG;2014-03-31;2016-12-06
Bernard Cazeneuve;Cazeneuve;HOG;2016-12-06;2017-05-15
Édouard Philippe;Edouard Philippe;HOG;2017-05-15;2020-07-03
Jean Castex;Castex;HOG;2020-07-03;2022-05-16
Élisabeth Borne;Elisabeth Borne|Borne;HOG;2022-05-16;2024-01-09
Gabriel Attal;Attal;HOG;2024-01-09;2024-09-05
Michel Barnier;Barnier;HOG;2024-09-05;2024-12-13
François Bayrou;Bayrou;HOG;2024-12-13;2025-09-09
Sébastien Lecornu;Lecornu;HOG;2025-09-09;
Roland Dumas;Dumas;FM;1988-05-12;1993-03-29
Alain Juppé;Juppe;FM;1993-03-30;1995-05-18
Hervé de Charette;de Charette;FM;1995-05-18;1997-06-02
Hubert Védrine;Vedrine;FM;1997-06-04;2002-05-05
Dominique de Villepin;de Villepin|Villepin;FM;2002-05-07;2004-03-31
Michel Barnier;Barnier;FM;2004-03-31;2005-06-02
Philippe Douste-Blazy;Douste-Blazy;FM;2005-06-02;2007-05-18
Bernard Kouchner;Kouchner;FM;2007-05-18;2010-11-14
Michèle Alliot-Marie;Alliot-Marie;FM;2010-11-14;2011-02-27
Alain Juppé;Juppe;FM;2011-02-27;2012-05-15
Laurent Fabius;Fabius;FM;2012-05-16;2016-02-11
Jean-Marc Ayrault;Ayrault;FM;2016-02-11;2017-05-17
Jean-Yves Le Drian;Le Drian;FM;2017-05-17;2022-05-20
Catherine Colonna;Colonna;FM;2022-05-20;2024-01-11
Stéphane Séjourné;Sejourne;FM;2024-01-11;2024-09-21
Jean-Noël Barrot;Barrot;FM;2024-09-21;
Jean-Pierre Chevènement;Chevenement;DM;1988-05-12;1991-01-29
Pierre Joxe;Joxe;DM;1991-01-29;1993-03-29
François Léotard;Leotard;DM;1993-03-30;1995-05-11
Charles Millon;Millon;DM;1995-05-18;1997-06-02
Alain Richard;;DM;1997-06-04;2002-05-07
Michèle Alliot-Marie;Alliot-Marie;DM;2002-05-07;2007-05-18
Hervé Morin;Herve Morin;DM;2007-05-18;2010-11-14
Alain Juppé;Juppe;DM;2010-11-14;2011-02-27
Gérard Longuet;Longuet;DM;2011-02-27;2012-05-16
Jean-Yves Le Drian;Le Drian;DM;2012-05-16;2017-05-17
Sylvie Goulard;Goulard;DM;2017-05-17;2017-06-21
Florence Parly;Parly;DM;2017-06-21;2022-05-20
Sébastien Lecornu;Lecornu;DM;2022-05-20;2025-10-05
Catherine Vautrin;Vautrin;DM;2025-10-12;
Nicolas Sarkozy;Sarkozy;IM;2002-05-07;2004-03-31
Dominique de Villepin;de Villepin;IM;2004-03-31;2005-05-31
Nicolas Sarkozy;Sarkozy;IM;2005-06-02;2007-03-26
Michèle Alliot-Marie;Alliot-Marie;IM;2007-05-18;2009-06-23
Brice Hortefeux;Hortefeux;IM;2009-06-23;2011-02-27
Claude Guéant;Claude Gueant;IM;2011-02-27;2012-05-16
Manuel Valls;Valls;IM;2012-05-16;2014-03-31
Bernard Cazeneuve;Cazeneuve;IM;2014-04-02;2016-12-06
Gérard Collomb;Gerard Collomb;IM;2017-05-17;2018-10-03
Christophe Castaner;Castaner;IM;2018-10-16;2020-07-06
Gérald Darmanin;Gerald Darmanin|Darmanin;IM;2020-07-06;2024-09-21
Bruno Retailleau;Retailleau;IM;2024-09-21;2025-10-12
Laurent Nuñez;Laurent Nunez;IM;2025-10-12;
Christine Lagarde;Lagarde;FIN;2007-06-19;2011-06-29
Pierre Moscovici;Moscovici;FIN;2012-05-16;2014-04-02
Michel Sapin;Sapin;FIN;2014-04-02;2017-05-17
Bruno Le Maire;Le Maire;FIN;2017-05-17;2024-09-21
Bernard Bajolet;Bajolet;IC;2013-04-01;2017-05-01
Bernard Émié;Bernard Emie;IC;2017-06-01;2024-01-01
Nicolas Lerner;;IC;2024-01-01;
@DEU
Richard von Weizsäcker;von Weizsacker|Weizsacker;HOS;1984-07-01;1994-06-30
Roman Herzog;;HOS;1994-07-01;1999-06-30
Johannes Rau;;HOS;1999-07-01;2004-06-30
Horst Köhler;Horst Kohler|Köhler;HOS;2004-07-01;2010-05-31
Christian Wulff;Wulff;HOS;2010-06-30;2012-02-17
Joachim Gauck;Gauck;HOS;2012-03-18;2017-03-18
Frank-Walter Steinmeier;Steinmeier;HOS;2017-03-19;
Helmut Kohl;Kohl;HOG;1982-10-01;1998-10-27
Gerhard Schröder;Gerhard Schroeder|Schröder|Schroeder;HOG;1998-10-27;2005-11-22
Angela Merkel;Merkel;HOG;2005-11-22;2021-12-08
Olaf Scholz;Scholz;HOG;2021-12-08;2025-05-06
Friedrich Merz;Merz;HOG;2025-05-06;
Hans-Dietrich Genscher;Genscher;FM;1974-05-17;1992-05-17
Klaus Kinkel;Kinkel;FM;1992-05-18;1998-10-26
Joschka Fischer;Joseph Fischer;FM;1998-10-27;2005-11-22
Frank-Walter Steinmeier;Steinmeier;FM;2005-11-22;2009-10-28
Guido Westerwelle;Westerwelle;FM;2009-10-28;2013-12-17
Frank-Walter Steinmeier;Steinmeier;FM;2013-12-17;2017-01-27
Sigmar Gabriel;;FM;2017-01-27;2018-03-14
Heiko Maas;Maas;FM;2018-03-14;2021-12-08
Annalena Baerbock;Baerbock;FM;2021-12-08;2025-05-06
Johann Wadephul;Wadephul;FM;2025-05-06;
Gerhard Stoltenberg;;DM;1989-04-21;1992-03-31
Volker Rühe;Volker Ruhe|Ruehe;DM;1992-04-01;1998-10-26
Rudolf Scharping;Scharping;DM;1998-10-27;2002-07-19
Peter Struck;Struck;DM;2002-07-19;2005-11-22
Franz Josef Jung;;DM;2005-11-22;2009-10-28
Karl-Theodor zu Guttenberg;zu Guttenberg|Guttenberg;DM;2009-10-28;2011-03-03
Thomas de Maizière;de Maiziere;DM;2011-03-03;2013-12-17
Ursula von der Leyen;von der Leyen;DM;2013-12-17;2019-07-17
Annegret Kramp-Karrenbauer;Kramp-Karrenbauer|AKK;DM;2019-07-17;2021-12-08
Christine Lambrecht;Lambrecht;DM;2021-12-08;2023-01-19
Boris Pistorius;Pistorius;DM;2023-01-19;
August Hanning;Hanning;IC;1998-12-01;2005-11-30
Ernst Uhrlau;Uhrlau;IC;2005-12-01;2011-12-31
Gerhard Schindler;;IC;2012-01-01;2016-06-30
Bruno Kahl;;IC;2016-07-01;2025-06-30
Otto Schily;Schily;IM;1998-10-27;2005-11-22
Wolfgang Schäuble;Wolfgang Schaeuble|Schäuble|Schaeuble;IM;2005-11-22;2009-10-28
Thomas de Maizière;de Maiziere;IM;2009-10-28;2011-03-03
Hans-Peter Friedrich;;IM;2011-03-03;2013-12-17
Thomas de Maizière;de Maiziere;IM;2013-12-17;2018-03-14
Horst Seehofer;Seehofer;IM;2018-03-14;2021-12-08
Nancy Faeser;Faeser;IM;2021-12-08;2025-05-06
Alexander Dobrindt;Dobrindt;IM;2025-05-06;
Theo Waigel;Waigel;FIN;1989-04-21;1998-10-26
Oskar Lafontaine;Lafontaine;FIN;1998-10-27;1999-03-18
Hans Eichel;Eichel;FIN;1999-04-12;2005-11-22
Peer Steinbrück;Peer Steinbrueck|Steinbrück;FIN;2005-11-22;2009-10-28
Wolfgang Schäuble;Wolfgang Schaeuble|Schäuble|Schaeuble;FIN;2009-10-28;2017-10-24
Olaf Scholz;Scholz;FIN;2018-03-14;2021-12-08
Christian Lindner;Lindner;FIN;2021-12-08;2024-11-07
Jörg Kukies;Joerg Kukies|Kukies;FIN;2024-11-07;2025-05-06
Lars Klingbeil;Klingbeil;FIN;2025-05-06;
@FRA
Jean-Claude Cousseran;;IC;2000-06-01;2002-07-24
Pierre Brochand;;IC;2002-07-24;2008-10-10
Érard Corbin de Mangoux;Erard Corbin de Mangoux;IC;2008-10-10;2013-04-08
@DEU
Konrad Porzner;;IC;1990-10-01;1996-04-30
Hansjörg Geiger;Hansjorg Geiger;IC;1996-05-01;1998-11-30
Martin Jäger;Martin Jaeger;IC;2025-09-01;
