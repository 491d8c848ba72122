@CAN
Brian Mulroney;Mulroney;HOG;1984-09-17;1993-06-25
Kim Campbell;;HOG;1993-06-25;1993-11-04
Jean Chrétien;Jean Chretien|Chrétien;HOG;1993-11-04;2003-12-12
Paul Martin;;HOG;2003-12-12;2006-02-06
Stephen Harper;Harper;HOG;2006-02-06;2015-11-04
Justin Trudeau;Trudeau;HOG;2015-11-04;2025-03-14
Mark Carney;Carney;HOG;2025-03-14;
Joe Clark;;FM;1984-09-17;1991-04-21
Barbara McDougall;McDougall;FM;1991-04-21;1993-06-25
André Ouellet;Andre Ouellet;FM;1993-11-04;1996-01-25
Lloyd Axworthy;Axworthy;FM;1996-01-25;2000-10-17
John Manley;;FM;2000-10-17;2002-01-15
Bill Graham;;FM;2002-01-16;2004-07-20
Pierre Pettigrew;Pettigrew;FM;2004-07-20;2006-02-06
Peter MacKay;MacKay;FM;2006-02-06;2007-08-14
Maxime Bernier;;FM;2007-08-14;2008-05-26
David Emerson;;FM;2008-05-26;2008-10-30
Lawrence Cannon;;FM;2008-10-30;2011-05-18
John Baird;;FM;2011-05-18;2015-02-03
Rob Nicholson;;FM;2015-02-09;2015-11-04
Stéphane Dion;Stephane Dion;FM;2015-11-04;2017-01-10
Chrystia Freeland;Freeland;FM;2017-01-10;2019-11-20
François-Philippe Champagne;Francois-Philippe Champagne;FM;2019-11-20;2021-01-12
Marc Garneau;Garneau;FM;2021-01-12;2021-10-26
Mélanie Joly;Melanie Joly;FM;2021-10-26;2025-05-13
Anita Anand;;FM;2025-05-13;
Peter MacKay;MacKay;DM;2007-08-14;2013-07-15
Rob Nicholson;;DM;2013-07-15;2015-02-09
Jason Kenney;;DM;2015-02-09;2015-11-04
Harjit Sajjan;Sajjan;DM;2015-11-04;2021-10-26
Anita Anand;;DM;2021-10-26;2023-07-26
Bill Blair;;DM;2023-07-26;2025-05-13
David McGuinty;McGuinty;DM;2025-05-13;
@MEX
Carlos Salinas de Gortari;Carlos Salinas|Salinas de Gortari;HOS;1988-12-01;1994-11-30
Ernesto Zedillo;Zedillo;HOS;1994-12-01;2000-11-30
Vicente Fox;;HOS;2000-12-01;2006-11-30
Felipe Calderón;Felipe Calderon|Calderón;HOS;2006-12-01;2012-11-30
Enrique Peña Nieto;Enrique Pena Nieto|Peña Nieto;HOS;2012-12-01;2018-11-30
Andrés Manuel López Obrador;Andres Manuel Lopez Obrador|López Obrador|Lopez Obrador|AMLO;HOS;2018-12-01;2024-09-30
Claudia Sheinbaum;Sheinbaum;HOS;2024-10-01;
José Ángel Gurría;Jose Angel Gurria|Gurría;FM;1994-12-01;1998-01-07
Rosario Green;;FM;1998-01-07;2000-11-30
Jorge Castañeda;Jorge Castaneda;FM;2000-12-01;2003-01-10
Luis Ernesto Derbez;Derbez;FM;2003-01-16;2006-11-30
Patricia Espinosa;;FM;2006-12-01;2012-11-30
José Antonio Meade;Jose Antonio Meade;FM;2012-12-01;2015-08-27
Claudia Ruiz Massieu;;FM;2015-08-27;2017-01-04
Luis Videgaray;Videgaray;FM;2017-01-04;2018-11-30
Marcelo Ebrard;Ebrard;FM;2018-12-01;2023-06-12
Alicia Bárcena;Alicia Barcena;FM;2023-07-03;2024-09-30
Juan Ramón de la Fuente;Juan Ramon de la Fuente;FM;2024-10-01;
Guillermo Galván Galván;Guillermo Galvan;DM;2006-12-01;2012-11-30;MIL
Salvador Cienfuegos;Cienfuegos;DM;2012-12-01;2018-11-30;MIL
Luis Cresencio Sandoval;Luis Crescencio Sandoval;DM;2018-12-01;2024-09-30;MIL
Ricardo Trevilla Trejo;Ricardo Trevilla;DM;2024-10-01;;MIL
@BRA
Fernando Collor de Mello;Fernando Collor|Collor;HOS;1990-03-15;1992-12-29
Itamar Franco;;HOS;1992-12-29;1995-01-01
Fernando Henrique Cardoso;Cardoso;HOS;1995-01-01;2003-01-01
Luiz Inácio Lula da Silva;Luiz Inacio Lula da Silva|Lula da Silva|Lula;HOS;2003-01-01;2011-01-01
Dilma Rousseff;Rousseff|Dilma;HOS;2011-01-01;2016-08-31
Michel Temer;Temer;HOS;2016-08-31;2019-01-01
Jair Bolsonaro;Bolsonaro;HOS;2019-01-01;2023-01-01
Luiz Inácio Lula da Silva;Luiz Inacio Lula da Silva|Lula da Silva|Lula;HOS;2023-01-01;
Fernando Henrique Cardoso;Cardoso;FM;1992-10-05;1993-05-20
Celso Amorim;Amorim;FM;1993-07-01;1995-01-01
Luiz Felipe Lampreia;Lampreia;FM;1995-01-01;2001-01-29
Celso Lafer;Lafer;FM;2001-01-29;2003-01-01
Celso Amorim;Amorim;FM;2003-01-01;2011-01-01
Antonio Patriota;Patriota;FM;2011-01-01;2013-08-26
Luiz Alberto Figueiredo;;FM;2013-08-28;2015-01-01
Mauro Vieira;;FM;2015-01-01;2016-05-12
José Serra;Jose Serra;FM;2016-05-12;2017-02-22
Aloysio Nunes;;FM;2017-03-07;2019-01-01
Ernesto Araújo;Ernesto Araujo;FM;2019-01-01;2021-03-29
Carlos França;Carlos Franca;FM;2021-04-06;2023-01-01
Mauro Vieira;;FM;2023-01-01;
Celso Amorim;Amorim;DM;2011-08-08;2015-01-01
Fernando Azevedo e Silva;;DM;2019-01-01;2021-03-29;MIL
Walter Braga Netto;Braga Netto;DM;2021-03-29;2022-03-31;MIL
José Múcio;Jose Mucio;DM;2023-01-01;
Celso Amorim;Amorim;NSA;2023-01-01;
@ARG
Carlos Menem;Menem;HOS;1989-07-08;1999-12-10
Fernando de la Rúa;Fernando de la Rua|De la Rúa;HOS;1999-12-10;2001-12-21
Eduardo Duhalde;Duhalde;HOS;2002-01-02;2003-05-25
Néstor Kirchner;Nestor Kirchner;HOS;2003-05-25;2007-12-10
Cristina Fernández de Kirchner;Cristina Fernandez de Kirchner|Cristina Kirchner;HOS;2007-12-10;2015-12-10
Mauricio Macri;Macri;HOS;2015-12-10;2019-12-10
Alberto Fernández;Alberto Fernandez;HOS;2019-12-10;2023-12-10
Javier Milei;Milei;HOS;2023-12-10;
Guido di Tella;Di Tella;FM;1991-01-31;1999-12-10
Adalberto Rodríguez Giavarini;Rodriguez Giavarini;FM;1999-12-10;2001-12-21
Carlos Ruckauf;Ruckauf;FM;2002-01-03;2003-05-25
Rafael Bielsa;;FM;2003-05-25;2005-12-01
Jorge Taiana;Taiana;FM;2005-12-01;2010-06-18
Héctor Timerman;Hector Timerman|Timerman;FM;2010-06-18;2015-12-10
Susana Malcorra;Malcorra;FM;2015-12-10;2017-06-12
Jorge Faurie;Faurie;FM;2017-06-12;2019-12-10
Felipe Solá;Felipe Sola;FM;2019-12-10;2021-09-20
Santiago Cafiero;Cafiero;FM;2021-09-20;2023-12-10
Diana Mondino;Mondino;FM;2023-12-10;2024-10-30
Gerardo Werthein;Werthein;FM;2024-10-30;2025-10-22
Pablo Quirno;Quirno;FM;2025-10-22;
Jorge Taiana;Taiana;DM;2021-08-10;2023-12-10
Luis Petri;Petri;DM;2023-12-10;
@VEN
Carlos Andrés Pérez;Carlos Andres Perez;HOS;1989-02-02;1993-05-21
Ramón José Velásquez;Ramon Jose Velasquez;HOS;1993-06-05;1994-02-02
Rafael Caldera;Caldera;HOS;1994-02-02;1999-02-02
Hugo Chávez;Hugo Chavez|Chávez|Chavez;HOS;1999-02-02;2013-03-05
Nicolás Maduro;Nicolas Maduro|Maduro;HOS;2013-03-05;
Alí Rodríguez Araque;Ali Rodriguez Araque;FM;2004-01-01;2006-01-01
Nicolás Maduro;Nicolas Maduro|Maduro;FM;2006-08-09;2013-01-15
Elías Jaua;Elias Jaua;FM;2013-01-15;2014-09-02
Rafael Ramírez;Rafael Ramirez;FM;2014-09-02;2014-12-26
Delcy Rodríguez;Delcy Rodriguez;FM;2014-12-26;2017-06-21
Samuel Moncada;;FM;2017-06-21;2017-08-02
Jorge Arreaza;Arreaza;FM;2017-08-02;2021-08-21
Félix Plasencia;Felix Plasencia;FM;2021-08-21;2022-08-01
Carlos Faría;Carlos Faria;FM;2022-08-01;2023-05-01
Yván Gil;Yvan Gil;FM;2023-05-01;
Vladimir Padrino López;Vladimir Padrino Lopez|Padrino López|Padrino;DM;2014-10-24;;MIL
@COL
César Gaviria;Cesar Gaviria;HOS;1990-08-07;1994-08-07
Ernesto Samper;Samper;HOS;1994-08-07;1998-08-07
Andrés Pastrana;Andres Pastrana|Pastrana;HOS;1998-08-07;2002-08-07
Álvaro Uribe;Alvaro Uribe|Uribe;HOS;2002-08-07;2010-08-07
Juan Manuel Santos;;HOS;2010-08-07;2018-08-07
Iván Duque;Ivan Duque|Duque;HOS;2018-08-07;2022-08-07
Gustavo Petro;Petro;HOS;2022-08-07;
María Ángela Holguín;Maria Angela Holguin;FM;2010-08-07;2018-08-07
Carlos Holmes Trujillo;;FM;2018-08-07;2019-11-12
Claudia Blum;;FM;2019-11-12;2021-05-13
Marta Lucía Ramírez;Marta Lucia Ramirez;FM;2021-05-13;2022-08-07
Álvaro Leyva;Alvaro Leyva;FM;2022-08-07;2024-01-24
Juan Manuel Santos;;DM;2006-07-19;2009-05-18
Iván Velásquez;Ivan Velasquez;DM;2022-08-07;2025-02-21
Pedro Sánchez;Pedro Sanchez Suarez;DM;2025-02-21;
@CUB
Fidel Castro;Castro;HOS;1976-12-02;2008-02-24
Raúl Castro;Raul Castro;HOS;2008-02-24;2018-04-19
Miguel Díaz-Canel;Miguel Diaz-Canel|Díaz-Canel|Diaz-Canel;HOS;2018-04-19;
Manuel Marrero Cruz;Manuel Marrero;HOG;2019-12-21;
Roberto Robaina;;FM;1993-04-01;1999-05-28
Felipe Pérez Roque;Felipe Perez Roque;FM;1999-05-28;2009-03-02
Bruno Rodríguez Parrilla;Bruno Rodriguez|Bruno Rodríguez;FM;2009-03-02;
Raúl Castro;Raul Castro;DM;1959-10-16;2008-02-24;MIL
Julio Casas Regueiro;;DM;2008-02-24;2011-09-03;MIL
Leopoldo Cintra Frías;Leopoldo Cintra Frias;DM;2011-09-03;2021-04-15;MIL
Álvaro López Miera;Alvaro Lopez Miera;DM;2021-04-15;;MIL
@CHL
Patricio Aylwin;Aylwin;HOS;1990-03-11;1994-03-11
Eduardo Frei Ruiz-Tagle;Eduardo Frei;HOS;1994-03-11;2000-03-11
Ricardo Lagos;;HOS;2000-03-11;2006-03-11
Michelle Bachelet;Bachelet;HOS;2006-03-11;2010-03-11
Sebastián Piñera;Sebastian Pinera|Piñera;HOS;2010-03-11;2014-03-11
Michelle Bachelet;Bachelet;HOS;2014-03-11;2018-03-11
Sebastián Piñera;Sebastian Pinera|Piñera;HOS;2018-03-11;2022-03-11
Gabriel Boric;Boric;HOS;2022-03-11;
Soledad Alvear;;FM;2000-03-11;2004-09-29
Alejandro Foxley;Foxley;FM;2006-03-11;2009-03-12
Alfredo Moreno;;FM;2010-03-11;2014-03-11
Heraldo Muñoz;Heraldo Munoz;FM;2014-03-11;2018-03-11
Roberto Ampuero;Ampuero;FM;2018-03-11;2019-06-13
Teodoro Ribera;;FM;2019-06-13;2020-07-28
Andrés Allamand;Andres Allamand;FM;2020-07-28;2022-03-11
Antonia Urrejola;Urrejola;FM;2022-03-11;2023-03-10
Alberto van Klaveren;van Klaveren;FM;2023-03-10;
@PER
Alberto Fujimori;Fujimori;HOS;1990-07-28;2000-11-22
Valentín Paniagua;Valentin Paniagua;HOS;2000-11-22;2001-07-28
Alejandro Toledo;Toledo;HOS;2001-07-28;2006-07-28
Alan García;Alan Garcia;HOS;2006-07-28;2011-07-28
Ollanta Humala;Humala;HOS;2011-07-28;2016-07-28
Pedro Pablo Kuczynski;Kuczynski|PPK;HOS;2016-07-28;2018-03-23
Martín Vizcarra;Martin Vizcarra|Vizcarra;HOS;2018-03-23;2020-11-10
Manuel Merino;;HOS;2020-11-10;2020-11-15
Francisco Sagasti;Sagasti;HOS;2020-11-17;2021-07-28
Pedro Castillo;;HOS;2021-07-28;2022-12-07
Dina Boluarte;Boluarte;HOS;2022-12-07;2025-10-10
José Jerí;Jose Jeri;HOS;2025-10-10;
@BOL
Evo Morales;Morales;HOS;2006-01-22;2019-11-10
Jeanine Áñez;Jeanine Anez|Áñez;HOS;2019-11-12;2020-11-08
Luis Arce;Arce;HOS;2020-11-08;2025-11-08
Rodrigo Paz;Rodrigo Paz Pereira;HOS;2025-11-08;
@ECU
Rafael Correa;Correa;HOS;2007-01-15;2017-05-24
Lenín Moreno;Lenin Moreno;HOS;2017-05-24;2021-05-24
Guillermo Lasso;Lasso;HOS;2021-05-24;2023-11-23
Daniel Noboa;Noboa;HOS;2023-11-23;
@NIC
Daniel Ortega;Ortega;HOS;2007-01-10;
@SLV
Nayib Bukele;Bukele;HOS;2019-06-01;
