@PRT
Mário Soares;Mario Soares;HOS;1986-03-09;1996-03-09
Jorge Sampaio;Sampaio;HOS;1996-03-09;2006-03-09
Aníbal Cavaco Silva;Anibal Cavaco Silva|Cavaco Silva;HOS;2006-03-09;2016-03-09
Marcelo Rebelo de Sousa;Rebelo de Sousa;HOS;2016-03-09;
Aníbal Cavaco Silva;Anibal Cavaco Silva|Cavaco Silva;HOG;1985-11-06;1995-10-28
António Guterres;Antonio Guterres|Guterres;HOG;1995-10-28;2002-04-06
José Manuel Barroso;Jose Manuel Barroso|Durão Barroso|Durao Barroso;HOG;2002-04-06;2004-07-17
Pedro Santana Lopes;Santana Lopes;HOG;2004-07-17;2005-03-12
José Sócrates;Jose Socrates|Sócrates;HOG;2005-03-12;2011-06-21
Pedro Passos Coelho;Passos Coelho;HOG;2011-06-21;2015-11-26
António Costa;Antonio Costa;HOG;2015-11-26;2024-04-02
Luís Montenegro;Luis Montenegro;HOG;2024-04-02;
Augusto Santos Silva;Santos Silva;FM;2015-11-26;2022-03-30
João Gomes Cravinho;Joao Gomes Cravinho|Gomes Cravinho;FM;2022-03-30;2024-04-02
Paulo Rangel;Rangel;FM;2024-04-02;
@IRL
Charles Haughey;Haughey;HOG;1987-03-10;1992-02-11
Albert Reynolds;;HOG;1992-02-11;1994-12-15
John Bruton;Bruton;HOG;1994-12-15;1997-06-26
Bertie Ahern;Ahern;HOG;1997-06-26;2008-05-07
Brian Cowen;Cowen;HOG;2008-05-07;2011-03-09
Enda Kenny;;HOG;2011-03-09;2017-06-14
Leo Varadkar;Varadkar;HOG;2017-06-14;2020-06-27
Micheál Martin;Micheal Martin;HOG;2020-06-27;2022-12-17
Leo Varadkar;Varadkar;HOG;2022-12-17;2024-04-09
Simon Harris;;HOG;2024-04-09;2025-01-23
Micheál Martin;Micheal Martin;HOG;2025-01-23;
Mary Robinson;;HOS;1990-12-03;1997-09-12
Mary McAleese;McAleese;HOS;1997-11-11;2011-11-10
Michael D. Higgins;Michael D Higgins;HOS;2011-11-11;2025-11-10
Catherine Connolly;;HOS;2025-11-11;
Simon Coveney;Coveney;FM;2017-06-14;2022-12-17
Micheál Martin;Micheal Martin;FM;2022-12-17;2025-01-23
Simon Harris;;FM;2025-01-23;
@BGR
Zhelyu Zhelev;Zhelev;HOS;1990-08-01;1997-01-22
Petar Stoyanov;;HOS;1997-01-22;2002-01-22
Georgi Parvanov;Parvanov;HOS;2002-01-22;2012-01-22
Rosen Plevneliev;Plevneliev;HOS;2012-01-22;2017-01-22
Rumen Radev;Radev;HOS;2017-01-22;
Simeon Saxe-Coburg-Gotha;Simeon Sakskoburggotski;HOG;2001-07-24;2005-08-17
Sergei Stanishev;Stanishev;HOG;2005-08-17;2009-07-27
Boyko Borisov;Borisov;HOG;2009-07-27;2013-03-13
Plamen Oresharski;Oresharski;HOG;2013-05-29;2014-08-06
Boyko Borisov;Borisov;HOG;2014-11-07;2017-01-27
Boyko Borisov;Borisov;HOG;2017-05-04;2021-05-12
Kiril Petkov;;HOG;2021-12-13;2022-08-02
Nikolai Denkov;;HOG;2023-06-06;2024-04-09
Rosen Zhelyazkov;Zhelyazkov;HOG;2025-01-16;
@HRV
Franjo Tuđman;Franjo Tudjman|Tudjman|Tuđman;HOS;1990-05-30;1999-12-10
Stjepan Mesić;Stjepan Mesic|Mesić;HOS;2000-02-18;2010-02-18
Ivo Josipović;Ivo Josipovic;HOS;2010-02-18;2015-02-19
Kolinda Grabar-Kitarović;Kolinda Grabar-Kitarovic|Grabar-Kitarović;HOS;2015-02-19;2020-02-19
Zoran Milanović;Zoran Milanovic|Milanović;HOS;2020-02-19;
Ivo Sanader;Sanader;HOG;2003-12-23;2009-07-06
Jadranka Kosor;Kosor;HOG;2009-07-06;2011-12-23
Zoran Milanović;Zoran Milanovic|Milanović;HOG;2011-12-23;2016-01-22
Tihomir Orešković;Tihomir Oreskovic;HOG;2016-01-22;2016-10-19
Andrej Plenković;Andrej Plenkovic|Plenković;HOG;2016-10-19;
Gordan Grlić Radman;Gordan Grlic Radman;FM;2019-07-19;
@BIH
Alija Izetbegović;Alija Izetbegovic|Izetbegović;HOS;1990-12-20;1996-10-05
Radovan Karadžić;Radovan Karadzic|Karadžić|Karadzic;GL;1992-01-09;1996-07-19;REB
Ratko Mladić;Ratko Mladic|Mladić|Mladic;GL;1992-05-12;1996-11-08;REB
Milorad Dodik;Dodik;GL;2006-02-28;;GOV
@SVN
Milan Kučan;Milan Kucan;HOS;1991-06-25;2002-12-22
Borut Pahor;Pahor;HOS;2012-12-22;2022-12-23
Nataša Pirc Musar;Natasa Pirc Musar;HOS;2022-12-23;
Janez Janša;Janez Jansa|Janša;HOG;2020-03-13;2022-06-01
Robert Golob;Golob;HOG;2022-06-01;
@LTU
Algirdas Brazauskas;Brazauskas;HOS;1993-02-25;1998-02-26
Valdas Adamkus;Adamkus;HOS;1998-02-26;2003-02-26
Rolandas Paksas;Paksas;HOS;2003-02-26;2004-04-06
Valdas Adamkus;Adamkus;HOS;2004-07-12;2009-07-12
Dalia Grybauskaitė;Dalia Grybauskaite|Grybauskaitė;HOS;2009-07-12;2019-07-12
Gitanas Nausėda;Gitanas Nauseda|Nausėda;HOS;2019-07-12;
Linas Linkevičius;Linas Linkevicius|Linkevičius;FM;2012-12-13;2020-12-11
Gabrielius Landsbergis;Landsbergis;FM;2020-12-11;2024-12-12
Ingrida Šimonytė;Ingrida Simonyte;HOG;2020-12-11;2024-12-12
@LVA
Vaira Vīķe-Freiberga;Vaira Vike-Freiberga;HOS;1999-07-08;2007-07-08
Raimonds Vējonis;Raimonds Vejonis;HOS;2015-07-08;2019-07-08
Egils Levits;Levits;HOS;2019-07-08;2023-07-08
Edgars Rinkēvičs;Edgars Rinkevics|Rinkēvičs;HOS;2023-07-08;
Edgars Rinkēvičs;Edgars Rinkevics|Rinkēvičs;FM;2011-10-25;2023-07-07
Krišjānis Kariņš;Krisjanis Karins|Kariņš;HOG;2019-01-23;2023-09-15
Krišjānis Kariņš;Krisjanis Karins|Kariņš;FM;2023-09-15;2024-03-31
Evika Siliņa;Evika Silina;HOG;2023-09-15;
@EST
Lennart Meri;;HOS;1992-10-06;2001-10-08
Arnold Rüütel;Arnold Ruutel;HOS;2001-10-08;2006-10-09
Toomas Hendrik Ilves;Ilves;HOS;2006-10-09;2016-10-10
Kersti Kaljulaid;Kaljulaid;HOS;2016-10-10;2021-10-11
Alar Karis;;HOS;2021-10-11;
Andrus Ansip;Ansip;HOG;2005-04-13;2014-03-26
Taavi Rõivas;Taavi Roivas;HOG;2014-03-26;2016-11-23
Jüri Ratas;Juri Ratas;HOG;2016-11-23;2021-01-26
Kaja Kallas;Kallas;HOG;2021-01-26;2024-07-23
Kristen Michal;;HOG;2024-07-23;
Urmas Reinsalu;Reinsalu;FM;2020-11-04;2022-07-18
Margus Tsahkna;Tsahkna;FM;2023-04-17;
@MDA
Vladimir Voronin;Voronin;HOS;2001-04-07;2009-09-11
Igor Dodon;Dodon;HOS;2016-12-23;2020-12-24
Maia Sandu;Sandu;HOS;2020-12-24;
Maia Sandu;Sandu;HOG;2019-06-08;2019-11-14
Natalia Gavrilița;Natalia Gavrilita;HOG;2021-08-06;2023-02-16
Dorin Recean;Recean;HOG;2023-02-16;2025-11-01
Nicu Popescu;;FM;2021-08-06;2024-01-29
Mihai Popșoi;Mihai Popsoi;FM;2024-01-29;
@ALB
Sali Berisha;Berisha;HOS;1992-04-09;1997-07-24
Sali Berisha;Berisha;HOG;2005-09-10;2013-09-15
Edi Rama;;HOG;2013-09-15;
Bajram Begaj;Begaj;HOS;2022-07-24;
Ilir Meta;;HOS;2017-07-24;2022-07-24
@XKX
Ibrahim Rugova;Rugova;HOS;2002-03-04;2006-01-21
Hashim Thaçi;Hashim Thaci|Thaçi|Thaci;HOS;2016-04-07;2020-11-05
Vjosa Osmani;Osmani;HOS;2021-04-04;
Hashim Thaçi;Hashim Thaci|Thaçi|Thaci;HOG;2008-01-09;2014-12-09
Ramush Haradinaj;Haradinaj;HOG;2017-09-09;2020-02-03
Albin Kurti;Kurti;HOG;2020-02-03;2020-06-03
Avdullah Hoti;Hoti;HOG;2020-06-03;2021-03-22
Albin Kurti;Kurti;HOG;2021-03-22;
@MKD
Zoran Zaev;Zaev;HOG;2017-05-31;2020-01-03
Zoran Zaev;Zaev;HOG;2020-08-31;2022-01-16
Hristijan Mickoski;Mickoski;HOG;2024-06-23;
Gordana Siljanovska-Davkova;Siljanovska-Davkova;HOS;2024-05-12;
Stevo Pendarovski;Pendarovski;HOS;2019-05-12;2024-05-12
@MNE
Milo Đukanović;Milo Djukanovic|Đukanović|Djukanovic;HOS;2018-05-20;2023-05-20
Jakov Milatović;Jakov Milatovic;HOS;2023-05-20;
@CYP
Glafcos Clerides;Clerides;HOS;1993-02-28;2003-02-28
Tassos Papadopoulos;;HOS;2003-02-28;2008-02-28
Demetris Christofias;Christofias;HOS;2008-02-28;2013-02-28
Nicos Anastasiades;Anastasiades;HOS;2013-02-28;2023-02-28
Nikos Christodoulides;Christodoulides;HOS;2023-02-28;
@ISL
Katrín Jakobsdóttir;Katrin Jakobsdottir;HOG;2017-11-30;2024-04-09
@LUX
Jean-Claude Juncker;Juncker;HOG;1995-01-20;2013-12-04
Xavier Bettel;Bettel;HOG;2013-12-04;2023-11-17
Luc Frieden;Frieden;HOG;2023-11-17;
Jean Asselborn;Asselborn;FM;2004-07-31;2023-11-17
Xavier Bettel;Bettel;FM;2023-11-17;
@KGZ
Askar Akayev;Akayev;HOS;1990-10-27;2005-04-04
Kurmanbek Bakiyev;Bakiyev;HOS;2005-08-14;2010-04-15
Roza Otunbayeva;Otunbayeva;HOS;2010-04-07;2011-12-01
Almazbek Atambayev;Atambayev;HOS;2011-12-01;2017-11-24
Sooronbay Jeenbekov;Jeenbekov;HOS;2017-11-24;2020-10-15
Sadyr Japarov;Sadyr Zhaparov|Japarov;HOS;2021-01-28;
@TJK
Emomali Rahmon;Emomali Rakhmonov|Rahmon;HOS;1992-11-19;
Sirojiddin Muhriddin;Muhriddin;FM;2013-11-29;
@TKM
Saparmurat Niyazov;Niyazov|Turkmenbashi;HOS;1990-10-27;2006-12-21
Gurbanguly Berdimuhamedow;Gurbanguly Berdimuhamedov;HOS;2006-12-21;2022-03-19
Serdar Berdimuhamedow;Serdar Berdimuhamedov;HOS;2022-03-19;
Rashid Meredov;Meredov;FM;2001-07-01;
