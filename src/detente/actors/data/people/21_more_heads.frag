@SGP
S. R. Nathan;SR Nathan;HOS;1999-09-01;2011-08-31
Tony Tan;Tony Tan Keng Yam;HOS;2011-09-01;2017-08-31
@BRN
Hassanal Bolkiah;Sultan Hassanal Bolkiah;HOS;1967-10-05;
@NPL
K. P. Sharma Oli;KP Sharma Oli|Oli;HOG;2015-10-12;2016-08-04
Pushpa Kamal Dahal;Prachanda;HOG;2016-08-04;2017-06-07
Sher Bahadur Deuba;Deuba;HOG;2017-06-07;2018-02-15
K. P. Sharma Oli;KP Sharma Oli|Oli;HOG;2018-02-15;2021-07-13
Sher Bahadur Deuba;Deuba;HOG;2021-07-13;2022-12-26
Pushpa Kamal Dahal;Prachanda;HOG;2022-12-26;2024-07-15
@MLT
Joseph Muscat;Muscat;HOG;2013-03-11;2020-01-13
Robert Abela;Abela;HOG;2020-01-13;
@DOM
Danilo Medina;;HOS;2012-08-16;2020-08-16
Luis Abinader;Abinader;HOS;2020-08-16;
@CRI
Rodrigo Chaves;Rodrigo Chaves Robles;HOS;2022-05-08;
@PRY
Mario Abdo Benítez;Mario Abdo Benitez;HOS;2018-08-15;2023-08-15
@URY
José Mujica;Jose Mujica|Pepe Mujica;HOS;2010-03-01;2015-03-01
Tabaré Vázquez;Tabare Vazquez;HOS;2015-03-01;2020-03-01
@GTM
Alejandro Giammattei;Giammattei;HOS;2020-01-14;2024-01-14
@HND
Juan Orlando Hernández;Juan Orlando Hernandez;HOS;2014-01-27;2022-01-27
@DJI
Ismaïl Omar Guelleh;Ismail Omar Guelleh|Guelleh;HOS;1999-05-08;
@MWI
Peter Mutharika;Mutharika;HOS;2014-05-31;2020-06-28
Lazarus Chakwera;Chakwera;HOS;2020-06-28;2025-10-04
Peter Mutharika;Mutharika;HOS;2025-10-04;
@BWA
Mokgweetsi Masisi;Masisi;HOS;2018-04-01;2024-11-01
Duma Boko;Boko;HOS;2024-11-01;
@SWZ
Mswati III;King Mswati;HOS;1986-04-25;
@MDG
Andry Rajoelina;Rajoelina;HOS;2019-01-19;2025-10-14
Michael Randrianirina;Randrianirina;HOS;2025-10-17;;MIL
@TGO
Faure Gnassingbé;Faure Gnassingbe;HOS;2005-05-04;
@BEN
Patrice Talon;Talon;HOS;2016-04-06;
@LBR
Ellen Johnson Sirleaf;Johnson Sirleaf;HOS;2006-01-16;2018-01-22
George Weah;Weah;HOS;2018-01-22;2024-01-22
Joseph Boakai;Boakai;HOS;2024-01-22;
@SLE
Julius Maada Bio;Maada Bio;HOS;2018-04-04;
@GMB
Yahya Jammeh;Jammeh;HOS;1994-07-22;2017-01-19
Adama Barrow;Barrow;HOS;2017-01-19;
@GNQ
Teodoro Obiang Nguema Mbasogo;Teodoro Obiang|Obiang;HOS;1979-08-03;
@COG
Denis Sassou Nguesso;Sassou Nguesso;HOS;1997-10-25;
