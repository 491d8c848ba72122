# United Kingdom, Germany, France: cabinets beyond the big four, spokespeople, central bankers,
# UN ambassadors, party and opposition leaders, devolved and regional leaders, royals (2015-2025)
@GBR
Liam Fox;;TRD;2016-07-13;2019-07-24
Liz Truss;;TRD;2019-07-24;2021-09-15
Anne-Marie Trevelyan;;TRD;2021-09-15;2022-09-06
Kemi Badenoch;Badenoch;TRD;2023-02-07;2024-07-05
Jonathan Reynolds;;TRD;2024-07-05;2025-09-05
Greg Clark;;ECO;2016-07-14;2019-07-24
Andrea Leadsom;Leadsom;ECO;2019-07-24;2020-02-13
Alok Sharma;;ECO;2020-02-13;2021-01-08
Kwasi Kwarteng;Kwarteng;ECO;2021-01-08;2022-09-06
Grant Shapps;Shapps;ENE;2022-10-25;2023-08-31
Ed Miliband;;ENE;2024-07-05;
David Davis;;MIN;2016-07-13;2018-07-09
Dominic Raab;Raab;MIN;2018-07-09;2018-11-15
Stephen Barclay;Steve Barclay;MIN;2018-11-16;2020-01-31
Michael Gove;Gove;MIN;2016-07-13;2024-07-05
Michael Gove;Gove;JUS;2015-05-09;2016-07-14
David Lidington;Lidington;JUS;2017-06-11;2018-01-08
David Gauke;Gauke;JUS;2018-01-08;2019-07-24
Robert Buckland;;JUS;2019-07-24;2021-09-15
Dominic Raab;Raab;JUS;2021-09-15;2023-04-21
Alex Chalk;;JUS;2023-04-21;2024-07-05
Shabana Mahmood;;JUS;2024-07-05;2025-09-05
Jeremy Hunt;;HEA;2012-09-04;2018-07-09
Matt Hancock;Hancock;HEA;2018-07-09;2021-06-26
Sajid Javid;Javid;HEA;2021-06-26;2022-07-05
Wes Streeting;Streeting;HEA;2024-07-05;
Mark Carney;;CB;2013-07-01;2020-03-15
Andrew Bailey;;CB;2020-03-16;
Matthew Rycroft;;UNA;2015-04-01;2018-01-01
Jonathan Allen;;UNA;2018-01-01;2018-06-01
Karen Pierce;;UNA;2018-06-01;2020-03-01
Barbara Woodward;;UNA;2020-11-01;
John Bercow;Bercow;SPK;2009-06-22;2019-11-04
Lindsay Hoyle;Sir Lindsay Hoyle|Hoyle;SPK;2019-11-04;
Jeremy Corbyn;Corbyn;OL;2015-09-12;2020-04-04
Keir Starmer;;OL;2020-04-04;2024-07-05
Rishi Sunak;;OL;2024-07-05;2024-11-02
Kemi Badenoch;Badenoch;OL;2024-11-02;
Ed Miliband;;OL;2010-09-25;2015-05-08
Harriet Harman;;OL;2015-05-08;2015-09-12
Tim Farron;Farron;PL;2015-07-16;2017-07-20;OPP
Vince Cable;;PL;2017-07-20;2019-07-22;OPP
Jo Swinson;Swinson;PL;2019-07-22;2019-12-13;OPP
Ed Davey;Sir Ed Davey;PL;2020-08-27;;OPP
Nigel Farage;Farage;PL;2019-03-22;;OPP
Nicola Sturgeon;Sturgeon;CM;2014-11-20;2023-03-28
Humza Yousaf;;CM;2023-03-29;2024-05-07
John Swinney;Swinney;CM;2024-05-07;
Carwyn Jones;;CM;2009-12-10;2018-12-13
Mark Drakeford;Drakeford;CM;2018-12-13;2024-03-20
Eluned Morgan;;CM;2024-08-06;
Arlene Foster;;CM;2016-01-11;2017-01-16
Arlene Foster;;PL;2015-12-17;2021-05-28;OPP
Michelle O'Neill;;CM;2024-02-03;
Michelle O'Neill;;PL;2017-01-23;;OPP
Jeffrey Donaldson;;PL;2021-06-30;2024-03-29;OPP
Gerry Adams;;PL;1983-11-13;2018-02-10;OPP
Mary Lou McDonald;;PL;2018-02-10;;OPP
Sadiq Khan;;MAY;2016-05-09;
Boris Johnson;;MAY;2008-05-04;2016-05-09
Alastair Campbell;;SP;1997-05-01;2003-08-29
Alistair Burt;;MIN;2017-06-13;2019-03-25
Alan Duncan;Sir Alan Duncan;MIN;2016-07-17;2019-07-22
Tobias Ellwood;Ellwood;MIN;2014-07-15;2019-07-25
Peter Hain;;LEGM;1991-01-01;
King Charles III;Charles III|King Charles|Prince Charles|Prince of Wales;ROY;1969-07-01;2022-09-08
Prince William;William, Prince of Wales|Prince of Wales;ROY;2022-09-08;
Prince Harry;Duke of Sussex;ROY;1984-09-15;
@DEU
Wolfgang Schäuble;Wolfgang Schaeuble|Schäuble|Schaeuble;SPK;2017-10-24;2021-10-26
Peter Altmaier;Altmaier;FIN;2017-10-24;2018-03-14
Sigmar Gabriel;;ECO;2013-12-17;2017-01-27
Brigitte Zypries;Zypries;ECO;2017-01-27;2018-03-14
Peter Altmaier;Altmaier;ECO;2018-03-14;2021-12-08
Robert Habeck;Habeck;ECO;2021-12-08;2025-05-06
Katherina Reiche;;ECO;2025-05-06;
Peter Altmaier;Altmaier;COS;2013-12-17;2018-03-14
Helge Braun;;COS;2018-03-14;2021-12-08
Wolfgang Schmidt;;COS;2021-12-08;2025-05-06
Thorsten Frei;;COS;2025-05-06;
Heiko Maas;Maas;JUS;2013-12-17;2018-03-14
Katarina Barley;Barley;JUS;2018-03-14;2019-06-27
Christine Lambrecht;Lambrecht;JUS;2019-06-27;2021-12-08
Marco Buschmann;Buschmann;JUS;2021-12-08;2024-11-07
Hermann Gröhe;Hermann Groehe;HEA;2013-12-17;2018-03-14
Jens Spahn;Spahn;HEA;2018-03-14;2021-12-08
Karl Lauterbach;Lauterbach;HEA;2021-12-08;2025-05-06
Gerd Müller;Gerd Mueller;MIN;2013-12-17;2021-12-08
Svenja Schulze;;MIN;2018-03-14;2024-12-31
Julia Klöckner;Julia Kloeckner|Klöckner;AGR;2018-03-14;2021-12-08
Julia Klöckner;Julia Kloeckner|Klöckner;SPK;2025-03-25;
Cem Özdemir;Cem Oezdemir|Özdemir;AGR;2021-12-08;2025-05-06
Hubertus Heil;;LAB;2018-03-14;2025-05-06
Andreas Scheuer;Scheuer;TRN;2018-03-14;2021-12-08
Volker Wissing;Wissing;TRN;2021-12-08;2025-05-06
Steffen Seibert;Seibert;SP;2010-08-11;2021-12-08
Steffen Hebestreit;Hebestreit;SP;2021-12-08;2025-05-06
Stefan Kornelius;;SP;2025-05-06;
Jens Weidmann;Weidmann;CB;2011-05-01;2021-12-31
Joachim Nagel;;CB;2022-01-01;
Christoph Heusgen;Heusgen;UNA;2017-07-01;2021-06-30
Antje Leendertse;;UNA;2021-08-01;
Norbert Lammert;Lammert;SPK;2005-10-18;2017-10-24
Bärbel Bas;Baerbel Bas;SPK;2021-10-26;2025-03-25
Martin Schulz;;PL;2017-03-19;2018-02-13;PTY
Andrea Nahles;Nahles;PL;2018-04-22;2019-06-03;PTY
Annegret Kramp-Karrenbauer;AKK|Kramp-Karrenbauer;PL;2018-12-07;2021-01-22;PTY
Armin Laschet;Laschet;PL;2021-01-22;2022-01-22;PTY
Armin Laschet;Laschet;CM;2017-06-27;2021-10-26
Hendrik Wüst;Hendrik Wuest;CM;2021-10-27;
Friedrich Merz;;PL;2022-01-31;;PTY
Markus Söder;Markus Soeder|Söder|Soeder;CM;2018-03-16;
Horst Seehofer;Seehofer;CM;2008-10-27;2018-03-13
Winfried Kretschmann;Kretschmann;CM;2011-05-12;2025-05-12
Alexander Gauland;Gauland;PL;2017-09-24;2021-01-01;OPP
Alice Weidel;Weidel;PL;2017-09-24;;OPP
Tino Chrupalla;Chrupalla;PL;2019-11-30;;OPP
Jörg Meuthen;Joerg Meuthen;PL;2015-07-04;2022-01-28;OPP
Sahra Wagenknecht;Wagenknecht;PL;2015-10-13;;OPP
Cem Özdemir;Cem Oezdemir|Özdemir;PL;2008-11-15;2018-01-27;OPP
Michael Müller;;MAY;2014-12-11;2021-12-21
Kai Wegner;;MAY;2023-04-27;
@FRA
Antoine Armand;;FIN;2024-09-21;2024-12-23
Éric Lombard;Eric Lombard;FIN;2024-12-23;2025-10-05
Gérald Darmanin;Gerald Darmanin|Darmanin;MIN;2017-05-17;2020-07-06
Gérald Darmanin;Gerald Darmanin|Darmanin;JUS;2024-12-23;
Éric Dupond-Moretti;Eric Dupond-Moretti|Dupond-Moretti;JUS;2020-07-06;2024-09-21
Nicole Belloubet;Belloubet;JUS;2017-06-21;2020-07-06
Christophe Castaner;Castaner;SP;2017-05-17;2017-11-24
Benjamin Griveaux;Griveaux;SP;2017-11-24;2019-03-27
Sibeth Ndiaye;;SP;2019-03-31;2020-07-06
Gabriel Attal;;SP;2020-07-06;2022-05-20
Olivier Véran;Olivier Veran|Véran;SP;2022-07-04;2024-01-09
Olivier Véran;Olivier Veran|Véran;HEA;2020-02-16;2022-05-20
Agnès Buzyn;Agnes Buzyn|Buzyn;HEA;2017-05-17;2020-02-16
Agnès Pannier-Runacher;Agnes Pannier-Runacher;ENE;2022-05-20;2024-01-11
Nicolas Hulot;Hulot;ENE;2017-05-17;2018-09-04
François de Rugy;Francois de Rugy;ENE;2018-09-04;2019-07-16
Élisabeth Borne;Elisabeth Borne;ENE;2019-07-16;2020-07-06
Barbara Pompili;Pompili;ENE;2020-07-06;2022-05-20
Jean-Michel Blanquer;Blanquer;EDU;2017-05-17;2022-05-20
François Villeroy de Galhau;Francois Villeroy de Galhau|Villeroy de Galhau;CB;2015-11-01;
François Delattre;Francois Delattre|Delattre;UNA;2014-08-01;2019-07-01
Nicolas de Rivière;Nicolas de Riviere;UNA;2019-07-01;2023-09-01
Jérôme Bonnafont;Jerome Bonnafont;UNA;2025-01-01;
Marine Le Pen;;PL;2011-01-16;2021-11-05;OPP
Jordan Bardella;Bardella;PL;2021-11-05;;OPP
Jean-Luc Mélenchon;Jean-Luc Melenchon|Mélenchon|Melenchon;PL;2016-02-10;;OPP
Laurent Wauquiez;Wauquiez;PL;2017-12-10;2019-06-02;OPP
Éric Ciotti;Eric Ciotti;PL;2022-12-11;2024-06-12;OPP
Olivier Faure;;PL;2018-04-07;;OPP
Richard Ferrand;Ferrand;SPK;2018-09-12;2022-06-21
Yaël Braun-Pivet;Yael Braun-Pivet|Braun-Pivet;SPK;2022-06-28;
Gérard Larcher;Gerard Larcher|Larcher;SPK;2014-10-01;
Anne Hidalgo;Hidalgo;MAY;2014-04-05;
Alexis Kohler;Kohler;COS;2017-05-14;
Agnès von der Mühll;Agnes von der Muhll;SP;2016-01-01;2021-08-01
Anne-Claire Legendre;;SP;2021-09-01;2023-08-01
Christophe Lemoine;;SP;2024-01-01;
Thierry Burkhard;;ARMY;2021-07-22;2025-08-31
François Lecointre;Francois Lecointre;ARMY;2017-07-20;2021-07-22
