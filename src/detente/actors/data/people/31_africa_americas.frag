# Nigeria, South Africa, Kenya, Ethiopia, Ghana and others; Canada, Mexico, Brazil, Argentina,
# Colombia, Venezuela, Chile: portfolios, vice presidents, speakers, party and opposition leaders,
# governors and premiers, central bankers, UN ambassadors (2015-2025)
@NGA
Yemi Osinbajo;Osinbajo;VP;2015-05-29;2023-05-29
Kashim Shettima;Shettima;VP;2023-05-29;
Kemi Adeosun;Adeosun;FIN;2015-11-11;2018-09-14
Zainab Ahmed;Zainab Shamsuna Ahmed;FIN;2018-09-14;2023-05-29
Wale Edun;;FIN;2023-08-21;
Godwin Emefiele;Emefiele;CB;2014-06-03;2023-06-09
Olayemi Cardoso;Cardoso;CB;2023-09-22;
Bukola Saraki;Saraki;SPK;2015-06-09;2019-06-11
Ahmad Lawan;Lawan;SPK;2019-06-11;2023-06-13
Godswill Akpabio;Akpabio;SPK;2023-06-13;
Ike Ekweremadu;Ekweremadu;LEGM;2003-06-01;2023-06-01
Yakubu Dogara;Dogara;SPK;2015-06-09;2019-06-11
Femi Gbajabiamila;Gbajabiamila;SPK;2019-06-11;2023-06-13
Femi Gbajabiamila;Gbajabiamila;COS;2023-06-13;
Abba Kyari;;COS;2015-08-27;2020-04-17
Ibrahim Gambari;Gambari;COS;2020-05-13;2023-05-29
Lai Mohammed;;MIN;2015-11-11;2023-05-29
Femi Adesina;Adesina;SP;2015-05-31;2023-05-29
Garba Shehu;;SP;2015-05-31;2023-05-29
Adams Oshiomhole;Oshiomhole;PL;2018-06-23;2020-06-25;PTY
Abdullahi Ganduje;Ganduje;PL;2023-08-03;2025-06-27;PTY
Abdullahi Ganduje;Ganduje;GVR;2015-05-29;2023-05-29
Atiku Abubakar;Atiku;PL;2018-10-07;;OPP
Peter Obi;;PL;2022-05-27;;OPP
Uche Secondus;Secondus;PL;2017-12-09;2021-08-23;OPP
Akinwunmi Ambode;Ambode;GVR;2015-05-29;2019-05-29
Babajide Sanwo-Olu;Sanwo-Olu;GVR;2019-05-29;
Nasir El-Rufai;Nasir el-Rufai|El-Rufai;GVR;2015-05-29;2023-05-29
Nyesom Wike;Wike;GVR;2015-05-29;2023-05-29
Nyesom Wike;Wike;MIN;2023-08-21;
Rochas Okorocha;Owelle Rochas Okorocha|Okorocha;GVR;2011-05-29;2019-05-29
Abiola Ajimobi;Ajimobi;GVR;2011-05-29;2019-05-29
Kayode Fayemi;Fayemi;GVR;2018-10-16;2022-10-16
Babagana Zulum;Zulum;GVR;2019-05-29;
Ibrahim Magu;Magu;POL;2015-11-09;2020-07-10
Ibrahim Idris;;POL;2016-04-21;2019-01-15
Mohammed Adamu;;POL;2019-01-15;2021-04-06
Usman Alkali Baba;;POL;2021-04-06;2023-06-19
Tukur Yusuf Buratai;Tukur Buratai|Buratai;ARMY;2015-07-13;2021-01-26
Abubakar Malami;Malami;AG;2015-11-11;2023-05-29
Tunde Bakare;;PL;2011-01-01;;OPP
@ZAF
David Mabuza;Mabuza;VP;2018-02-27;2023-03-06
Paul Mashatile;Mashatile;VP;2023-03-07;
Nhlanhla Nene;Nene;FIN;2014-05-26;2015-12-09
Pravin Gordhan;Gordhan;FIN;2015-12-14;2017-03-31
Malusi Gigaba;Gigaba;FIN;2017-03-31;2018-02-26
Nhlanhla Nene;Nene;FIN;2018-02-27;2018-10-09
Tito Mboweni;Mboweni;FIN;2018-10-09;2021-08-05
Enoch Godongwana;Godongwana;FIN;2021-08-05;
Lesetja Kganyago;Kganyago;CB;2014-11-09;
Baleka Mbete;Mbete;SPK;2014-05-21;2019-05-22
Thandi Modise;;SPK;2019-05-22;2021-08-05
Nosiviwe Mapisa-Nqakula;Mapisa-Nqakula;SPK;2021-08-19;2024-04-03
Mmusi Maimane;Maimane;OL;2015-05-10;2019-10-23
John Steenhuisen;Steenhuisen;OL;2019-11-17;2024-06-14
Julius Malema;Malema;PL;2013-07-26;;OPP
Jacob Zuma;;PL;2023-12-16;;OPP
Gwede Mantashe;Mantashe;PL;2007-12-18;;PTY
Gwede Mantashe;Mantashe;ENE;2018-02-27;
Ace Magashule;Magashule;PL;2017-12-18;2022-12-19;PTY
Fikile Mbalula;Mbalula;PL;2022-12-19;;PTY
Bheki Cele;Cele;POL;2018-02-27;2024-06-30
Ronald Lamola;Lamola;JUS;2019-05-30;2024-06-30
Khusela Diko;;SP;2019-01-01;2020-08-01
Vincent Magwenya;Magwenya;SP;2022-04-01;
Jerry Matjila;Matjila;UNA;2016-01-01;2020-01-01
@KEN
William Ruto;;VP;2013-04-09;2022-09-13
Rigathi Gachagua;Gachagua;VP;2022-09-13;2024-10-18
Kithure Kindiki;Kindiki;VP;2024-11-01;
Raila Odinga;Odinga;PL;2005-01-01;2025-10-15;OPP
Kalonzo Musyoka;Kalonzo;PL;2008-01-01;;OPP
Henry Rotich;Rotich;FIN;2013-05-15;2019-07-24
Ukur Yatani;Yatani;FIN;2019-07-24;2022-09-27
Njuguna Ndung'u;;FIN;2022-10-27;
Patrick Njoroge;Njoroge;CB;2015-06-19;2023-06-18
Kamau Thuge;;CB;2023-06-19;
Fred Matiang'i;Fred Matiangi|Matiang'i|Matiangi;IM;2017-07-27;2022-09-13
Kithure Kindiki;Kindiki;IM;2022-10-27;2024-11-01
Hassan Joho;Joho;GVR;2013-03-28;2022-08-25
Mike Sonko;Sonko;GVR;2017-08-21;2020-12-17
Gideon Moi;;PL;2017-01-01;;OPP
Justin Muturi;Muturi;SPK;2013-03-28;2022-09-08
Moses Wetangula;Wetangula;SPK;2022-09-08;
David Maraga;Maraga;CJ;2016-10-19;2021-01-12
Martha Koome;Koome;CJ;2021-05-19;
@ETH
Demeke Mekonnen;Demeke;DPM;2012-09-21;2024-02-14
Abiy Ahmed;;PL;2018-03-27;;PTY
Jawar Mohammed;Jawar;PL;2019-01-01;;OPP
Redwan Hussien;Redwan Hussein;IC;2023-01-01;
Billene Seyoum;;SP;2018-11-01;
@GHA
Mahamudu Bawumia;Bawumia;VP;2017-01-07;2025-01-07
Ken Ofori-Atta;Ofori-Atta;FIN;2017-01-27;2024-02-14
Ernest Addison;;CB;2017-04-01;2025-01-07
@CAN
Bill Morneau;Morneau;FIN;2015-11-04;2020-08-18
Chrystia Freeland;Freeland;FIN;2020-08-18;2024-12-16
Chrystia Freeland;Freeland;DPM;2019-11-20;2024-12-16
Dominic LeBlanc;LeBlanc;FIN;2024-12-16;2025-03-14
François-Philippe Champagne;Francois-Philippe Champagne;FIN;2025-03-14;
Scott Brison;Brison;MIN;2015-11-04;2019-01-14
Stephen Poloz;Poloz;CB;2013-06-03;2020-06-02
Tiff Macklem;Macklem;CB;2020-06-03;
Andrew Scheer;Scheer;OL;2017-05-27;2020-08-24
Erin O'Toole;O'Toole;OL;2020-08-24;2022-02-02
Pierre Poilievre;Poilievre;OL;2022-09-10;
Rona Ambrose;;OL;2015-11-05;2017-05-27
Jagmeet Singh;;PL;2017-10-01;2025-03-30;OPP
Yves-François Blanchet;Yves-Francois Blanchet;PL;2019-01-17;;OPP
Doug Ford;;CM;2018-06-29;
Kathleen Wynne;Wynne;CM;2013-02-11;2018-06-29
Philippe Couillard;Couillard;CM;2014-04-23;2018-10-18
François Legault;Francois Legault|Legault;CM;2018-10-18;
Rachel Notley;Notley;CM;2015-05-24;2019-04-30
Jason Kenney;;CM;2019-04-30;2022-10-11
Danielle Smith;;CM;2022-10-11;
John Horgan;Horgan;CM;2017-07-18;2022-11-18
David Eby;Eby;CM;2022-11-18;
Marc-André Blanchard;Marc-Andre Blanchard;UNA;2016-04-01;2020-08-01
Bob Rae;;UNA;2020-08-01;
Ralph Goodale;Goodale;IM;2015-11-04;2019-11-20
Bill Blair;;IM;2019-11-20;2021-10-26
Marco Mendicino;Mendicino;IM;2021-10-26;2023-07-26
@MEX
Luis Videgaray;Videgaray;FIN;2012-12-01;2016-09-07
José Antonio Meade;Jose Antonio Meade|Meade;FIN;2016-09-07;2017-11-27
Carlos Urzúa;Carlos Urzua;FIN;2018-12-01;2019-07-09
Arturo Herrera;;FIN;2019-07-09;2021-08-05
Rogelio Ramírez de la O;Rogelio Ramirez de la O;FIN;2021-08-05;2024-09-30
Ildefonso Guajardo;Guajardo;TRD;2012-12-01;2018-11-30
Graciela Márquez;Graciela Marquez;TRD;2018-12-01;2020-11-30
Tatiana Clouthier;Clouthier;TRD;2021-01-04;2022-10-06
Marcelo Ebrard;;TRD;2024-10-01;
Olga Sánchez Cordero;Olga Sanchez Cordero;IM;2018-12-01;2021-08-26
Adán Augusto López;Adan Augusto Lopez;IM;2021-08-26;2023-06-16
Rosa Icela Rodríguez;Rosa Icela Rodriguez;IM;2024-10-01;
Alfonso Durazo;Durazo;MIN;2018-12-01;2020-10-30
Omar García Harfuch;Omar Garcia Harfuch|García Harfuch;MIN;2024-10-01;
Agustín Carstens;Agustin Carstens;CB;2010-01-01;2017-11-30
Alejandro Díaz de León;Alejandro Diaz de Leon;CB;2017-12-01;2021-12-31
Victoria Rodríguez Ceja;Victoria Rodriguez Ceja;CB;2022-01-01;
Juan Ramón de la Fuente;Juan Ramon de la Fuente;UNA;2018-12-01;2023-05-01
Ricardo Anaya;Anaya;PL;2015-08-20;2017-12-08;OPP
Miguel Ángel Mancera;Miguel Angel Mancera|Mancera;MAY;2012-12-05;2018-03-29
Claudia Sheinbaum;;MAY;2018-12-05;2023-06-16
Jesús Ramírez Cuevas;Jesus Ramirez Cuevas;SP;2018-12-01;2024-09-30
@BRA
Henrique Meirelles;Meirelles;FIN;2016-05-12;2018-04-06
Paulo Guedes;Guedes;FIN;2019-01-01;2022-12-31
Fernando Haddad;Haddad;FIN;2023-01-01;
Ilan Goldfajn;Goldfajn;CB;2016-06-09;2019-02-28
Roberto Campos Neto;Campos Neto;CB;2019-02-28;2024-12-31
Gabriel Galípolo;Gabriel Galipolo;CB;2025-01-01;
Hamilton Mourão;Hamilton Mourao|Mourão|Mourao;VP;2019-01-01;2022-12-31
Geraldo Alckmin;Alckmin;VP;2023-01-01;
Sergio Moro;Sérgio Moro;JUS;2019-01-01;2020-04-24
Flávio Dino;Flavio Dino;JUS;2023-01-01;2024-01-31
Rodrigo Maia;;SPK;2016-07-14;2021-02-01
Arthur Lira;;SPK;2021-02-01;2025-02-01
Hugo Motta;;SPK;2025-02-01;
Eduardo Cunha;;SPK;2015-02-01;2016-07-07
Rodrigo Pacheco;Pacheco;SPK;2021-02-01;2025-02-01
Gleisi Hoffmann;;PL;2017-06-03;2025-03-10;PTY
Mauro Vieira;;UNA;2016-01-01;2019-01-01
João Doria;Joao Doria;GVR;2019-01-01;2022-03-31
Tarcísio de Freitas;Tarcisio de Freitas;GVR;2023-01-01;
@ARG
Gabriela Michetti;Michetti;VP;2015-12-10;2019-12-10
Cristina Fernández de Kirchner;Cristina Fernandez de Kirchner|Cristina Kirchner|Kirchner;VP;2019-12-10;2023-12-10
Victoria Villarruel;Villarruel;VP;2023-12-10;
Nicolás Dujovne;Nicolas Dujovne|Dujovne;FIN;2017-01-01;2019-08-17
Martín Guzmán;Martin Guzman;FIN;2019-12-10;2022-07-02
Sergio Massa;Massa;FIN;2022-08-03;2023-12-10
Luis Caputo;Caputo;FIN;2023-12-10;
Federico Sturzenegger;Sturzenegger;CB;2015-12-10;2018-06-14
Federico Sturzenegger;Sturzenegger;MIN;2024-07-05;
Patricia Bullrich;Bullrich;IM;2015-12-10;2019-12-10
Patricia Bullrich;Bullrich;IM;2023-12-10;
Marcos Peña;Marcos Pena;COS;2015-12-10;2019-12-10
Horacio Rodríguez Larreta;Horacio Rodriguez Larreta|Larreta;MAY;2015-12-10;2023-12-10
Axel Kicillof;Kicillof;GVR;2019-12-10;
María Eugenia Vidal;Maria Eugenia Vidal;GVR;2015-12-10;2019-12-10
@COL
Marta Lucía Ramírez;Marta Lucia Ramirez;VP;2018-08-07;2022-08-07
Francia Márquez;Francia Marquez;VP;2022-08-07;
Óscar Naranjo;Oscar Naranjo;VP;2017-03-29;2018-08-07
Alberto Carrasquilla;Carrasquilla;FIN;2018-08-07;2021-05-03
José Antonio Ocampo;Jose Antonio Ocampo;FIN;2022-08-07;2023-04-26
Mauricio Cárdenas;Mauricio Cardenas;FIN;2012-09-03;2018-08-07
Sergio Fajardo;Fajardo;PL;2016-01-01;;OPP
Álvaro Uribe;Alvaro Uribe|Uribe;PL;2010-08-07;;PTY
Rodrigo Londoño;Timochenko|Rodrigo Londono;PL;2011-11-01;;PTY
Claudia López;Claudia Lopez;MAY;2020-01-01;2023-12-31
@VEN
Delcy Rodríguez;Delcy Rodriguez;VP;2018-06-14;
Tareck El Aissami;Tareck el Aissami|El Aissami;VP;2017-01-04;2018-06-14
Diosdado Cabello;Cabello;PL;2011-01-01;;PTY
Diosdado Cabello;Cabello;IM;2024-08-27;
Henrique Capriles;Capriles;PL;2012-01-01;;OPP
Leopoldo López;Leopoldo Lopez;PL;2009-01-01;;OPP
Samuel Moncada;;UNA;2018-01-01;
Tarek William Saab;;AG;2017-08-05;
@CHL
Felipe Larraín;Felipe Larrain;FIN;2018-03-11;2019-10-28
Mario Marcel;Marcel;FIN;2022-03-11;
Andrés Chadwick;Andres Chadwick|Chadwick;IM;2018-03-11;2019-10-28
Izkia Siches;Siches;IM;2022-03-11;2022-09-06
Carolina Tohá;Carolina Toha;IM;2022-09-06;2025-03-01
@NIC
Rosario Murillo;Murillo;VP;2017-01-10;
Denis Moncada;Denis Moncada Colindres;FM;2017-01-10;
@URY
Rodolfo Nin Novoa;Nin Novoa;FM;2015-03-01;2020-03-01
Lucía Topolansky;Lucia Topolansky;VP;2017-09-13;2020-03-01
@PER
Martín Vizcarra;Martin Vizcarra;VP;2016-07-28;2018-03-23
Mercedes Aráoz;Mercedes Araoz;VP;2018-03-23;2020-01-07
Keiko Fujimori;;PL;2010-03-09;;OPP
